import Testing
@testable import TutorCore

/// `|value − expected| ≤ tolerance × |expected|`.
func close(_ value: Double, _ expected: Double, _ tolerance: Double = 1e-10) -> Bool {
    abs(value - expected) <= tolerance * abs(expected)
}

// Expected values in this file come from scipy 1.x (scipy.stats), by the call named in each
// comment, run on the same data; the p-values there are double-precision too, hence 1e-10.
let sampleA = [5.1, 4.9, 5.6, 5.8, 6.0, 5.5, 5.3, 6.1]
let sampleB = [4.8, 5.2, 4.7, 5.0, 4.6, 5.1, 4.9]
let sampleC = [6.2, 5.9, 6.5, 6.1, 6.4, 6.0, 6.6, 6.3]

@Suite("t tests against scipy")
struct TTestTests {
    @Test("one-sample: scipy.stats.ttest_1samp(a, 5.0) and its one-sided alternatives")
    func oneSample() throws {
        let r = try TTest.oneSample(sampleA, hypothesizedMean: 5)
        #expect(close(r.t, 3.585112104022845))
        #expect(r.degreesOfFreedom == 7)
        #expect(close(r.pValues.twoSided, 0.008915100969802355))
        #expect(close(r.pValues.less, 0.9955424495150988))
        #expect(close(r.pValues.greater, 0.004457550484901178))
    }

    @Test("pooled: scipy.stats.ttest_ind(a, b, equal_var=True)")
    func pooled() throws {
        let r = try TTest.twoSample(sampleA, sampleB, equalVariances: true)
        #expect(close(r.t, 3.5802736009524048))
        #expect(r.degreesOfFreedom == 13)
        #expect(close(r.pValues.twoSided, 0.003356155297335881))
        #expect(r.pooledVariance != nil)
    }

    @Test("Welch: scipy.stats.ttest_ind(a, b, equal_var=False), two-sided and 'greater'")
    func welch() throws {
        let r = try TTest.twoSample(sampleA, sampleB, equalVariances: false)
        #expect(close(r.t, 3.73424697355911))
        #expect(close(r.degreesOfFreedom, 10.6727204804079))
        #expect(close(r.pValues.twoSided, 0.003472640856612386))
        #expect(close(r.pValues.greater, 0.001736320428306193))
    }

    @Test("paired: scipy.stats.ttest_rel(a, c)")
    func paired() throws {
        let r = try TTest.paired(sampleA, sampleC)
        #expect(close(r.t, -4.890278775123431))
        #expect(r.degreesOfFreedom == 7)
        #expect(close(r.pValues.twoSided, 0.0017726801696762936))
    }

    @Test("95% confidence interval uses the t quantile scipy.stats.t.ppf(0.975, 7)")
    func confidenceInterval() throws {
        let r = try TTest.oneSample(sampleA, hypothesizedMean: 5)
        let ci = r.confidenceInterval(level: 0.95)
        // scipy.stats.t.ppf(0.975, 7) = 2.364624251592784
        let halfWidth = 2.364624251592784 * r.standardError
        #expect(close(ci.lowerBound, r.estimate - halfWidth, 1e-12))
        #expect(close(ci.upperBound, r.estimate + halfWidth, 1e-12))
    }

    @Test("errors: too few observations, zero variance, unequal paired lengths, non-finite data")
    func errors() {
        #expect(throws: StatisticsError.tooFewObservations(sample: "the sample", needed: 2, got: 1)) {
            try TTest.oneSample([1])
        }
        #expect(throws: StatisticsError.zeroVariance(sample: "the sample")) {
            try TTest.oneSample([2, 2, 2])
        }
        #expect(throws: StatisticsError.zeroVariance(sample: "both samples")) {
            try TTest.twoSample([1, 1], [3, 3], equalVariances: false)
        }
        #expect(throws: StatisticsError.self) { try TTest.paired([1, 2, 3], [1, 2]) }
        #expect(throws: StatisticsError.self) { try TTest.oneSample([1, .nan, 3]) }
    }

    @Test("a huge t keeps a representable p-value instead of rounding to zero")
    func extremeStatistic() throws {
        // Means 1e6 apart with unit spread: t ≈ 1.7e6 on 4 df, p ≈ 2 × 1.6e-25 — far from 0.
        let r = try TTest.twoSample([0, 1, 2], [1e6, 1e6 + 1, 1e6 + 2], equalVariances: true)
        #expect(r.pValues.twoSided > 0)
        #expect(r.pValues.twoSided < 1e-20)
        let direct = 2 * (try StudentTDistribution(degreesOfFreedom: 4)).sf(abs(r.t))
        #expect(close(r.pValues.twoSided, direct, 1e-14))
    }
}

@Suite("z tests against scipy")
struct ZTestTests {
    @Test("known σ: z = (mean − 100)/(5/√10), p from scipy.stats.norm.sf")
    func oneSample() throws {
        let x: [Double] = [102, 98, 105, 110, 99, 101, 104, 97, 103, 108]
        let r = try ZTest.oneSample(x, hypothesizedMean: 100, populationStandardDeviation: 5)
        #expect(close(r.z, 1.7076299364909269))
        #expect(close(r.pValues.twoSided, 0.0877050299820234))
        #expect(close(r.pValues.greater, 0.0438525149910117))
    }

    @Test("one proportion 117/200 against 0.5, p = 2 scipy.stats.norm.sf(|z|)")
    func oneProportion() throws {
        let r = try ZTest.oneProportion(successes: 117, trials: 200, hypothesizedProportion: 0.5)
        #expect(close(r.z, 2.4041630560342604))
        #expect(close(r.pValues.twoSided, 0.016209541409225488))
    }

    @Test("two proportions 45/120 vs 30/110, pooled, p = 2 scipy.stats.norm.sf(|z|)")
    func twoProportions() throws {
        let r = try ZTest.twoProportions(successes1: 45, trials1: 120, successes2: 30, trials2: 110)
        #expect(close(r.z, 1.6527769221078203))
        #expect(close(r.pValues.twoSided, 0.0983762725319519))
        #expect(close(try #require(r.pooledProportion), 75.0 / 230.0, 1e-15))
    }

    @Test("errors: bad σ, bad p₀, impossible counts, all-success pooled sample")
    func errors() {
        #expect(throws: StatisticsError.self) {
            try ZTest.oneSample([1, 2], populationStandardDeviation: 0)
        }
        #expect(throws: StatisticsError.self) {
            try ZTest.oneProportion(successes: 3, trials: 10, hypothesizedProportion: 1)
        }
        #expect(throws: StatisticsError.self) {
            try ZTest.oneProportion(successes: 11, trials: 10, hypothesizedProportion: 0.5)
        }
        #expect(throws: StatisticsError.negativeCount("the sample has -1 successes")) {
            try ZTest.oneProportion(successes: -1, trials: 10, hypothesizedProportion: 0.5)
        }
        #expect(throws: StatisticsError.self) {
            try ZTest.twoProportions(successes1: 5, trials1: 5, successes2: 7, trials2: 7)
        }
    }
}

@Suite("ANOVA, χ² and matrices against scipy")
struct OtherTestTests {
    @Test("one-way ANOVA: scipy.stats.f_oneway(a, b, c)")
    func anova() throws {
        let r = try OneWayANOVA(groups: [sampleA, sampleB, sampleC])
        #expect(close(r.f, 34.9177325823368))
        #expect(close(r.pValue, 2.9910367394131815e-07))
        #expect(r.degreesOfFreedomBetween == 2)
        #expect(r.degreesOfFreedomWithin == 20)
        #expect(close(r.sumOfSquaresTotal,
                      SampleSummary(sampleA + sampleB + sampleC).sumOfSquares, 1e-13))
    }

    @Test("ANOVA errors: one group, empty group, constant groups, bad decimal text")
    func anovaErrors() {
        #expect(throws: StatisticsError.self) { try OneWayANOVA(groups: [[1, 2, 3]]) }
        #expect(throws: StatisticsError.self) { try OneWayANOVA(groups: [[1, 2], []]) }
        #expect(throws: StatisticsError.zeroVariance(sample: "every group")) {
            try OneWayANOVA(groups: [[1, 1], [2, 2]])
        }
        #expect(throws: StatisticsError.invalidDecimal("1.2.3")) {
            try OneWayANOVA(decimalGroups: [["1", "2"], ["1.2.3", "4"]])
        }
    }

    @Test("goodness of fit with expected counts: scipy.stats.chisquare([18,22,30,30], [25]*4)")
    func goodnessOfFitCounts() throws {
        let r = try ChiSquareTest.goodnessOfFit(observed: [18, 22, 30, 30], expected: .counts([25, 25, 25, 25]))
        #expect(close(r.statistic, 4.32, 1e-14))
        #expect(r.degreesOfFreedom == 3)
        #expect(close(r.pValue, 0.22891886433610517))
        #expect(r.warnings.isEmpty)
    }

    @Test("goodness of fit with probabilities: scipy.stats.chisquare([44,36,20], [50,30,20])")
    func goodnessOfFitProbabilities() throws {
        let r = try ChiSquareTest.goodnessOfFit(observed: [44, 36, 20], expected: .probabilities([0.5, 0.3, 0.2]))
        #expect(close(r.statistic, 1.92, 1e-13))
        #expect(close(r.pValue, 0.3828928859751121))
    }

    @Test("independence, 2×2 with Yates: scipy.stats.chi2_contingency([[12,5],[7,15]])")
    func independenceYates() throws {
        let r = try ChiSquareTest.independence(table: [[12, 5], [7, 15]], yatesCorrection: true)
        #expect(r.yatesCorrection)
        #expect(close(r.statistic, 4.322120391218687))
        #expect(close(r.pValue, 0.03762001663483994))
        #expect(close(r.cells[0].expected, 8.282051282051283, 1e-14))
        // scipy's expected_freq: [[8.282051282051283, 8.717948717948717], [10.717948717948717, 11.282051282051283]]
        let expectedTable = r.expectedTable
        #expect(expectedTable.count == 2 && expectedTable.allSatisfy { $0.count == 2 })
        #expect(close(expectedTable[1][1], 11.282051282051283, 1e-14))
        #expect(close(expectedTable[0][1], 8.717948717948717, 1e-14))
        let plain = try ChiSquareTest.independence(table: [[12, 5], [7, 15]], yatesCorrection: false)
        // scipy.stats.chi2_contingency(..., correction=False)
        #expect(close(plain.statistic, 5.769596115958342))
        #expect(close(plain.pValue, 0.01630578158465016))
    }

    @Test("Yates clamps |O − E| − ½ at zero: chi2_contingency([[10,10],[10,10.2]]) gives 0, p = 1")
    func yatesClamp() throws {
        let r = try ChiSquareTest.independence(table: [[10, 10], [10, 10.2]], yatesCorrection: true)
        #expect(r.statistic == 0)
        #expect(r.pValue == 1)
    }

    @Test("independence 3×3: scipy.stats.chi2_contingency, no correction beyond 2×2")
    func independenceLarger() throws {
        let r = try ChiSquareTest.independence(
            table: [[20, 15, 25], [30, 35, 10], [10, 20, 15]], yatesCorrection: true)
        #expect(!r.yatesCorrection)
        #expect(r.degreesOfFreedom == 4)
        #expect(close(r.statistic, 17.46666666666666, 1e-13))
        #expect(close(r.pValue, 0.0015682782573911587))
    }

    @Test("small expected counts produce warnings")
    func smallExpectedWarning() throws {
        // Row totals 4, 18 and column totals 5, 17 of N = 22: expected 0.91, 3.09, 4.09, 13.9.
        let r = try ChiSquareTest.independence(table: [[3, 1], [2, 16]])
        #expect(r.warnings.count == 3)
        #expect(r.warnings[0].contains("row 1, column 1"))
        #expect(!r.warnings.contains { $0.contains("row 2, column 2") })
    }

    @Test("χ² errors: negative counts, ragged table, totals that disagree, zero row")
    func chiSquareErrors() {
        #expect(throws: StatisticsError.negativeCount("observed count 2 is -1.0")) {
            try ChiSquareTest.goodnessOfFit(observed: [3, -1], expected: .counts([1, 1]))
        }
        #expect(throws: StatisticsError.shapeMismatch("row 2 has 1 cells but row 1 has 2")) {
            try ChiSquareTest.independence(table: [[1, 2], [3]])
        }
        #expect(throws: StatisticsError.self) {
            try ChiSquareTest.goodnessOfFit(observed: [10, 10], expected: .counts([5, 5]))
        }
        #expect(throws: StatisticsError.self) {
            try ChiSquareTest.goodnessOfFit(observed: [10, 10], expected: .probabilities([0.5, 0.6]))
        }
        #expect(throws: StatisticsError.self) {
            try ChiSquareTest.independence(table: [[0, 0], [3, 4]])
        }
    }

    @Test("matrix product and shape errors")
    func matrices() throws {
        let a = try Matrix(rows: [[1, 2, 3], [4, 5, 6]])
        let b = try Matrix(rows: [[7, 8], [9, 10], [11, 12]])
        let c = try Matrix.multiply(a, b)
        #expect(c.rowArrays == [[58, 64], [139, 154]])
        #expect(throws: StatisticsError.shapeMismatch(
            "cannot multiply a 2×3 matrix by a 2×3 matrix: the first has 3 columns but the second has 2 rows")) {
            try Matrix.multiply(a, a)
        }
        #expect(throws: StatisticsError.self) { try Matrix(rows: [[1, 2], [3]]) }
        #expect(throws: StatisticsError.self) { try Matrix(rows: []) }
    }
}

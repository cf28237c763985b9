/// Student's t tests on means: one sample, two samples (pooled or Welch), and paired.
public enum TTest {
    /// One-sample t test of H₀: mean = `hypothesizedMean`.
    ///
    /// - Throws: `tooFewObservations` below two values, `zeroVariance` for a constant sample,
    ///   `nonFiniteValue` for NaN or infinite data.
    public static func oneSample(_ sample: [Double], hypothesizedMean: Double = 0) throws -> TTestResult {
        let s = try summary(sample, name: "the sample", minimum: 2)
        let se = (s.variance / Double(s.count)).squareRoot()
        guard se > 0 else { throw StatisticsError.zeroVariance(sample: "the sample") }
        return TTestResult(kind: .oneSample, samples: [s], hypothesizedValue: hypothesizedMean,
                           estimate: s.mean, standardError: se,
                           degreesOfFreedom: Double(s.count - 1), pooledVariance: nil)
    }

    /// Two-sample t test of H₀: mean(x) − mean(y) = `hypothesizedDifference`.
    ///
    /// With `equalVariances` the variances are pooled and ν = n₁ + n₂ − 2; otherwise Welch's
    /// standard error √(s₁²/n₁ + s₂²/n₂) is used with the Welch–Satterthwaite ν.
    public static func twoSample(_ x: [Double], _ y: [Double], equalVariances: Bool,
                                 hypothesizedDifference: Double = 0) throws -> TTestResult {
        let sx = try summary(x, name: "the first sample", minimum: 2)
        let sy = try summary(y, name: "the second sample", minimum: 2)
        let n1 = Double(sx.count)
        let n2 = Double(sy.count)
        let estimate = sx.mean - sy.mean
        if equalVariances {
            let pooled = (sx.sumOfSquares + sy.sumOfSquares) / (n1 + n2 - 2)
            let se = (pooled * (1 / n1 + 1 / n2)).squareRoot()
            guard se > 0 else { throw StatisticsError.zeroVariance(sample: "both samples") }
            return TTestResult(kind: .pooled, samples: [sx, sy], hypothesizedValue: hypothesizedDifference,
                               estimate: estimate, standardError: se,
                               degreesOfFreedom: n1 + n2 - 2, pooledVariance: pooled)
        }
        let v1 = sx.variance / n1
        let v2 = sy.variance / n2
        let se = (v1 + v2).squareRoot()
        guard se > 0 else { throw StatisticsError.zeroVariance(sample: "both samples") }
        let df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
        return TTestResult(kind: .welch, samples: [sx, sy], hypothesizedValue: hypothesizedDifference,
                           estimate: estimate, standardError: se, degreesOfFreedom: df,
                           pooledVariance: nil)
    }

    /// Paired t test of H₀: mean(x − y) = `hypothesizedDifference`, on the pairwise differences.
    ///
    /// - Throws: `shapeMismatch` when the samples differ in length, plus the one-sample errors.
    public static func paired(_ x: [Double], _ y: [Double],
                              hypothesizedDifference: Double = 0) throws -> TTestResult {
        guard x.count == y.count else {
            throw StatisticsError.shapeMismatch(
                "a paired test needs samples of equal length, got \(x.count) and \(y.count)")
        }
        let differences = zip(x, y).map { $0 - $1 }
        let s = try summary(differences, name: "the differences", minimum: 2)
        let se = (s.variance / Double(s.count)).squareRoot()
        guard se > 0 else { throw StatisticsError.zeroVariance(sample: "the differences") }
        return TTestResult(kind: .paired, samples: [s], hypothesizedValue: hypothesizedDifference,
                           estimate: s.mean, standardError: se,
                           degreesOfFreedom: Double(s.count - 1), pooledVariance: nil)
    }

    /// Validates and summarises one sample.
    static func summary(_ values: [Double], name: String, minimum: Int) throws -> SampleSummary {
        guard values.count >= minimum else {
            throw StatisticsError.tooFewObservations(sample: name, needed: minimum, got: values.count)
        }
        if let bad = values.first(where: { !$0.isFinite }) {
            throw StatisticsError.nonFiniteValue("\(name) contains \(bad)")
        }
        return SampleSummary(values)
    }
}

/// The outcome of a t test with the intermediate values needed to show the working.
public struct TTestResult: Hashable, Sendable {
    /// Which t test produced the result.
    public enum Kind: String, Hashable, Sendable {
        case oneSample = "one-sample t test"
        case pooled = "two-sample t test (pooled variance)"
        case welch = "Welch two-sample t test"
        case paired = "paired t test"
    }

    public var kind: Kind
    /// The samples as summarised: one (or the differences, for a paired test) or two.
    public var samples: [SampleSummary]
    /// The mean or difference of means under the null hypothesis.
    public var hypothesizedValue: Double
    /// The observed mean or difference of means.
    public var estimate: Double
    /// The standard error of `estimate`.
    public var standardError: Double
    /// ν; fractional for Welch's test.
    public var degreesOfFreedom: Double
    /// s²ₚ = (SS₁ + SS₂)/(n₁ + n₂ − 2), for the pooled test only.
    public var pooledVariance: Double?
    /// t = (estimate − hypothesized value) / standard error.
    public var t: Double
    public var pValues: PValues

    init(kind: Kind, samples: [SampleSummary], hypothesizedValue: Double, estimate: Double,
         standardError: Double, degreesOfFreedom: Double, pooledVariance: Double?) {
        self.kind = kind
        self.samples = samples
        self.hypothesizedValue = hypothesizedValue
        self.estimate = estimate
        self.standardError = standardError
        self.degreesOfFreedom = degreesOfFreedom
        self.pooledVariance = pooledVariance
        t = (estimate - hypothesizedValue) / standardError
        pValues = PValues(statistic: t, symmetric: StudentTDistribution(validated: degreesOfFreedom))
    }

    /// The two-sided confidence interval for the mean (difference) at `level`, e.g. 0.95.
    public func confidenceInterval(level: Double) -> ClosedRange<Double> {
        let critical = StudentTDistribution(validated: degreesOfFreedom)
            .inverseSurvival((1 - level) / 2)
        return (estimate - critical * standardError)...(estimate + critical * standardError)
    }
}

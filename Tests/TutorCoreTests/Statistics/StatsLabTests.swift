import Testing
@testable import TutorCore

@Suite("Statistics lab: parsing and worked solutions")
struct StatsLabTests {
    @Test("numbers separated by commas, spaces, tabs and newlines, with comments")
    func parseList() throws {
        let text = "# heights\n1.5, 2\t3  # three\n\n-4e1,5\n"
        let list = try NumberListParser.parseList(text, path: "h.txt")
        #expect(list.values == [1.5, 2, 3, -40, 5])
        #expect(list.texts == ["1.5", "2", "3", "-4e1", "5"])
        #expect(list.lines == [2, 2, 2, 4, 4])
    }

    @Test("a bad token is reported as path:line: message")
    func parseError() {
        let text = "1, 2\n3, x4\n"
        #expect(throws: LabInputError(path: "data.txt", line: 2, message: "'x4' is not a number")) {
            try NumberListParser.parseList(text, path: "data.txt")
        }
        let error = LabInputError(path: "data.txt", line: 2, message: "'x4' is not a number")
        #expect(error.description == "data.txt:2: 'x4' is not a number")
        #expect(throws: LabInputError(path: "<input>", line: 1, message: "no numbers found")) {
            try NumberListParser.parseList("# nothing\n", path: "<input>")
        }
        #expect(throws: LabInputError.self) { try NumberListParser.parseList("1, inf", path: "p") }
    }

    @Test("groups split on blank lines, not on comment lines")
    func parseGroups() throws {
        let text = "1 2 3\n# still group one\n4\n\n\n5 6\n7\n"
        let groups = try NumberListParser.parseGroups(text, path: "g")
        #expect(groups.map(\.values) == [[1, 2, 3, 4], [5, 6, 7]])
    }

    @Test("tables must be rectangular")
    func parseTable() throws {
        #expect(try NumberListParser.parseTable("1 2\n3 4\n", path: "t") == [[1, 2], [3, 4]])
        #expect(throws: LabInputError(path: "t", line: 3, message: "row has 3 numbers but the first row has 2")) {
            try NumberListParser.parseTable("1 2\n3 4\n5 6 7\n", path: "t")
        }
    }

    @Test("number formatting to significant digits", arguments: [
        (3.585112104022845, 6, "3.58511"),
        (0.008915100969802355, 4, "0.008915"),
        (2.9910367394131815e-07, 4, "2.991e-07"),
        (-1234567.0, 6, "-1.23457e+06"),
        (100.0, 6, "100"),
        (0.5, 6, "0.5"),
        (9.99999949, 6, "10"),
        (1e-300, 3, "1e-300"),
        (0.0, 6, "0"),
        (1.7976931348623157e308, 3, "1.8e+308"),
        (5e-324, 2, "4.9e-324"),
        (-0.000123456, 3, "-0.000123"),
        (123456.7, 6, "123457"),
    ])
    func formatting(value: Double, digits: Int, text: String) {
        #expect(NumberFormatting.format(value, significantDigits: digits) == text)
    }

    @Test("worked one-sample t test shows formula, numbers and result")
    func workedOneSample() throws {
        let worked = try StatsLab.oneSampleT(text: "5.1 4.9 5.6 5.8 6.0 5.5 5.3 6.1", path: "a",
                                             hypothesizedMean: 5)
        #expect(worked.title == "one-sample t test")
        #expect(worked.lines.contains("t = (x̄ − μ₀) / SE = (5.5375 − 5) / 0.149926 = 3.58511"))
        #expect(worked.lines.contains("df = n − 1 = 7"))
        #expect(worked.lines.contains { $0.hasPrefix("p (two-sided) = 2 · P(T(7) ≥ |3.58511|) = 0.008915") })
    }

    @Test("worked Welch test writes out the Welch–Satterthwaite degrees of freedom")
    func workedWelch() throws {
        let text = "5.1 4.9 5.6 5.8 6.0 5.5 5.3 6.1\n\n4.8 5.2 4.7 5.0 4.6 5.1 4.9\n"
        let worked = try StatsLab.twoSampleT(text: text, path: "w", equalVariances: false)
        #expect(worked.title == "Welch two-sample t test")
        #expect(worked.lines.contains { $0.hasSuffix("= 10.6727") })
    }

    @Test("worked proportion tests")
    func workedProportions() throws {
        let one = try StatsLab.oneProportionZ(successes: 117, trials: 200, hypothesizedProportion: 0.5)
        #expect(one.lines.contains("z = (p̂ − p₀) / SE = (0.585 − 0.5) / 0.0353553 = 2.40416"))
        let two = try StatsLab.twoProportionZ(successes1: 45, trials1: 120, successes2: 30, trials2: 110)
        #expect(two.lines.contains { $0.hasPrefix("p (two-sided) = 2 · P(Z ≥ |1.65278|) = 0.09838") })
        #expect(throws: StatisticsError.self) {
            try StatsLab.oneProportionZ(successes: 1, trials: 0, hypothesizedProportion: 0.5)
        }
    }

    @Test("a statistical error points at the data's line")
    func statisticalErrorLocated() {
        #expect(throws: LabInputError(path: "c.txt", line: 2,
                                      message: "the sample has zero variance: every value is the same, so the test is undefined")) {
            try StatsLab.oneSampleT(text: "# constant\n2 2 2\n", path: "c.txt", hypothesizedMean: 0)
        }
        #expect(throws: LabInputError.self) {
            try StatsLab.twoSampleT(text: "1 2 3\n", path: "one-group", equalVariances: true)
        }
    }

    @Test("worked ANOVA, χ² and matrix product")
    func workedOthers() throws {
        let anova = try StatsLab.anova(text: "1000000000000.4 1000000000000.3 1000000000000.5\n\n"
            + "1000000000000.2 1000000000000.1 1000000000000.3\n", path: "big")
        #expect(anova.lines.contains("SS between = Σ nᵢ (x̄ᵢ − x̄)² = 0.06"))
        let chi = try StatsLab.chiSquareIndependence(text: "12 5\n7 15\n", path: "t", yatesCorrection: true)
        #expect(chi.title == "χ² test of independence with Yates's correction")
        #expect(chi.lines.contains("df = (r − 1)(c − 1) = (2 − 1)(2 − 1) = 1"))
        let gof = try StatsLab.chiSquareGoodnessOfFit(text: "3 10\n\n0.5 0.5\n", path: "g",
                                                      expectedAreProbabilities: true)
        #expect(gof.lines.contains { $0.hasPrefix("warning: category 1: expected count 6.5") } == false)
        #expect(gof.lines.contains("χ² = Σ (O − E)² / E = 3.76923"))
        let product = try StatsLab.matrixProduct(text: "1 2\n3 4\n\n5\n6\n", path: "m")
        #expect(product.lines.contains("c[1,1] = 1·5 + 2·6 = 17"))
        #expect(product.lines.contains("[ 39 ]"))
        #expect(throws: LabInputError(path: "m", line: 1, message:
            "shape mismatch: cannot multiply a 2×2 matrix by a 1×2 matrix: the first has 2 columns but the second has 1 rows")) {
            try StatsLab.matrixProduct(text: "1 2\n3 4\n\n5 6\n", path: "m")
        }
    }
}

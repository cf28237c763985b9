import Foundation
import Subprocess
import SystemPackage
import Testing

/// `mltutor stats …` as a user runs it: the built binary, real files, stdin through a shell pipe.
@Suite struct StatsCommandTests {
    typealias Outcome = BinaryOutcome

    /// Runs the binary; with `input`, stdin is a pipe made by a shell, as `printf … | mltutor …` would be.
    func mltutor(_ arguments: [String], input: String? = nil) async throws -> Outcome {
        try await runMLTutor(arguments, input: input)
    }

    /// A temporary folder for data files, removed when the value goes away.
    final class Scratch: Sendable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-stats-\(UUID().uuidString)")

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ name: String, _ text: String) throws -> String {
            let file = url.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            return file.path
        }
    }

    func number(_ object: [String: Any], _ key: String) throws -> Double {
        try #require((object[key] as? NSNumber)?.doubleValue, "no number '\(key)' in \(object)")
    }

    // MARK: Distributions

    @Test func hugeTStatisticKeepsAPositiveUpperTail() async throws {
        let outcome = try await mltutor(["stats", "dist", "t", "--x", "1e200", "--df", "1", "--json"])
        #expect(outcome.status == .exited(0))
        let json = try outcome.json()
        let sf = try number(json, "sf")
        // For ν = 1, P(T > x) = atan(1/x)/π ≈ 1/(πx) for huge x.
        #expect(sf > 0)
        #expect(abs(sf - 1 / (Double.pi * 1e200)) <= 1e-15 * sf)
        #expect(try number(json, "cdf") == 1)
        #expect(outcome.output.split(separator: "\n").count == 1)
    }

    @Test func jsonNumbersRoundTripExactly() async throws {
        let outcome = try await mltutor(["stats", "dist", "normal", "--x", "-37.5", "--json"])
        let json = try outcome.json()
        // The raw text must read back to the very same double: shortest round-trip, not 6 digits.
        let cdfText = try #require(outcome.output.firstMatch(of: /"cdf":([^,}]+)/)?.1)
        let cdf = try #require(Double(String(cdfText)))
        #expect(cdf == (try number(json, "cdf")))
        #expect(cdf > 0 && cdf < 1e-300)
        #expect(String(cdfText).contains("e-"))
        #expect(try number(json, "sf") == 1)
    }

    @Test func quantileAndItsWorking() async throws {
        let json = try await mltutor(["stats", "quantile", "t", "--p", "0.975", "--df", "10", "--json"]).json()
        // scipy.stats.t.ppf(0.975, 10) = 2.228138851986274
        #expect(abs(try number(json, "quantile") - 2.228138851986274) <= 1e-13 * 2.23)
        let f = try await mltutor(["stats", "quantile", "f", "--p", "0.95", "--df1", "3", "--df2", "20"])
        #expect(f.status == .exited(0))
        #expect(f.output.contains("x = 3.09839"))
    }

    @Test func nonFiniteResultsAreAnErrorNotInvalidJSON() async throws {
        let outcome = try await mltutor(["stats", "quantile", "normal", "--p", "0", "--json"])
        #expect(outcome.status == .exited(1))
        #expect(outcome.output.isEmpty)
        #expect(outcome.error.contains("quantile is -inf, which JSON cannot represent"))
    }

    @Test func missingDegreesOfFreedomIsAUsageError() async throws {
        let outcome = try await mltutor(["stats", "dist", "t", "--x", "1"])
        #expect(outcome.status == .exited(64))
        #expect(outcome.error.contains("t needs --df"))
    }

    // MARK: Tests on data files

    @Test func welchFromFilesMatchesTheEngineFormula() async throws {
        let scratch = try Scratch()
        let a = try scratch.write("a.txt", "# build A, ms\n512, 498 530\n505\n521 499\n")
        let b = try scratch.write("b.txt", "540 561\n577,549\n590\n")
        let outcome = try await mltutor(["stats", "ttest", "two-sample", a, b, "--welch", "--json"])
        #expect(outcome.status == .exited(0))
        let json = try outcome.json()
        let x = [512.0, 498, 530, 505, 521, 499], y = [540.0, 561, 577, 549, 590]
        func meanVar(_ v: [Double]) -> (Double, Double) {
            let m = v.reduce(0, +) / Double(v.count)
            return (m, v.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(v.count - 1))
        }
        let (m1, v1) = meanVar(x), (m2, v2) = meanVar(y)
        let q1 = v1 / 6, q2 = v2 / 5
        let t = (m1 - m2) / (q1 + q2).squareRoot()
        let df = (q1 + q2) * (q1 + q2) / (q1 * q1 / 5 + q2 * q2 / 4)
        #expect(abs(try number(json, "t") - t) <= 1e-12 * abs(t))
        #expect(abs(try number(json, "df") - df) <= 1e-12 * df)
        #expect(abs(try number(json, "mean_diff") - (m1 - m2)) <= 1e-12 * abs(m1 - m2))
        let p = try number(json, "p")
        #expect(p > 0 && p < 0.01)
        let steps = try await mltutor(["stats", "ttest", "two-sample", a, b, "--welch", "--steps"])
        #expect(steps.output.hasPrefix("Welch two-sample t test\n"))
        #expect(steps.output.contains("df = (s₁²/n₁ + s₂²/n₂)²"))
    }

    @Test func oneSampleFromStandardInputAndPairedFromFiles() async throws {
        let one = try await mltutor(["stats", "ttest", "one-sample", "-", "--mu", "5"], input: "4 6\n5 7 8\n")
        #expect(one.status == .exited(0))
        #expect(one.output.contains("one-sample t test: t = 1.41421, df = 4"))
        let scratch = try Scratch()
        let before = try scratch.write("before.txt", "10 12 9 11\n")
        let after = try scratch.write("after.txt", "12 13 11 14\n")
        let paired = try await mltutor(["stats", "ttest", "paired", after, before, "--json"]).json()
        #expect(try number(paired, "mean_diff") == 2)
        #expect(try number(paired, "df") == 3)
        let z = try await mltutor(["stats", "ztest", "one-sample", "-", "--mu", "10", "--sigma", "2", "--json"],
                                  input: "11 12 13 10").json()
        #expect(abs(try number(z, "z") - 1.5) < 1e-15)
    }

    @Test func badNumberIsPathLineMessage() async throws {
        let scratch = try Scratch()
        let file = try scratch.write("bad.txt", "1 2 3\n# fine\n4 five 6\n")
        let outcome = try await mltutor(["stats", "ttest", "one-sample", file, "--mu", "0"])
        #expect(outcome.status == .exited(1))
        #expect(outcome.error == "\(file):3: 'five' is not a number\n")
        let piped = try await mltutor(["stats", "anova", "-"], input: "a 1\nb 2 3\n")
        #expect(piped.status == .exited(1))
        #expect(piped.error == "-:2: expected 'group value' (two fields), found 3 fields\n")
        let constant = try await mltutor(["stats", "ttest", "one-sample", "-", "--mu", "0"], input: "\n\n3 3 3\n")
        #expect(constant.error.hasPrefix("-:3: the sample has zero variance"))
    }

    @Test func twoSampleErrorsPointAtTheFileWithTheProblem() async throws {
        let scratch = try Scratch()
        let a = try scratch.write("a.txt", "5 6 7 8\n")
        let constant = try scratch.write("constant.txt", "4 4 4\n")
        let single = try scratch.write("single.txt", "\n9\n")
        // One constant sample still leaves a pooled variance, so the test runs.
        let pooled = try await mltutor(["stats", "ttest", "two-sample", a, constant, "--json"])
        #expect(pooled.status == .exited(0))
        #expect(try number(try pooled.json(), "df") == 5)
        let short = try await mltutor(["stats", "ttest", "two-sample", a, single])
        #expect(short.status == .exited(1))
        #expect(short.error == "\(single):2: the second sample needs at least 2 observations, got 1\n")
        let both = try await mltutor(["stats", "ttest", "two-sample", "-", "-"], input: "1 2")
        #expect(both.error.contains("standard input can be read only once"))
    }

    @Test func missingFileIsCannotRead() async throws {
        let outcome = try await mltutor(["stats", "anova", "/nonexistent/mltutor-data.txt"])
        #expect(outcome.status == .exited(1))
        #expect(outcome.error.hasPrefix("/nonexistent/mltutor-data.txt: cannot read"))
        #expect(outcome.output.isEmpty)
    }

    // MARK: ANOVA

    @Test func anovaKeepsGroupOrderAndLabels() async throws {
        let input = "# yields\nsouth 4.1\nnorth 3.8\nsouth 4.4, \nnorth 3.6\neast 5.0\neast 5.4\n"
        let json = try await mltutor(["stats", "anova", "-", "--json"], input: input).json()
        #expect(json["groups"] as? [String] == ["south", "north", "east"])
        #expect(json["df_between"] as? Int == 2)
        #expect(json["df_within"] as? Int == 3)
        let steps = try await mltutor(["stats", "anova", "-", "--steps"], input: input)
        #expect(steps.output.contains("group north: n = 2, mean = 3.7"))
    }

    static let nistSets = ["SiRstv", "SmLs01", "SmLs02", "SmLs03", "AtmWtAg", "SmLs04", "SmLs05", "SmLs06",
                           "SmLs07", "SmLs08", "SmLs09"]

    /// The acceptance: each NIST StRD set, rewritten as `group value` lines, gives the
    /// certified F to at least 13 significant digits (LRE ≥ 13).
    @Test(arguments: nistSets)
    func nistANOVAReproducesTheCertifiedF(name: String) async throws {
        let url = TmuxSession.repositoryRoot.appendingPathComponent("Tests/Fixtures/nist-anova/\(name).dat")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let between = try #require(lines.first { $0.hasPrefix("Between ") }).split(separator: " ")
        let certifiedF = try #require(between.last.flatMap { Double($0) })
        let range = try #require(lines.first { $0.contains("Data ") && $0.contains("(lines") })
        let bounds = range.split { !$0.isNumber }.compactMap { Int($0) }
        let first = try #require(bounds.first), last = try #require(bounds.last)
        var converted = "# \(name), converted from the NIST StRD file to 'group value' lines\n"
        for line in lines[(first - 1)...(last - 1)] {
            let fields = line.split(separator: " ")
            try #require(fields.count == 2)
            converted += "g\(fields[0]) \(fields[1])\n"
        }
        let scratch = try Scratch()
        let file = try scratch.write("\(name).txt", converted)
        let outcome = try await mltutor(["stats", "anova", file, "--json"])
        #expect(outcome.status == .exited(0), "\(outcome.error)")
        let f = try number(try outcome.json(), "f")
        let lre = -log10(abs(f - certifiedF) / abs(certifiedF))
        #expect(f == certifiedF || lre >= 13, "\(name): F = \(f), certified \(certifiedF), LRE \(lre)")
    }

    // MARK: χ² and matrices

    @Test func chiSquareGoodnessOfFitAndIndependence() async throws {
        let gof = try await mltutor(["stats", "chisq", "gof", "--observed", "10,20,30", "--probs", "0.2,0.3,0.5", "--json"]).json()
        // (10−12)²/12 + (20−18)²/18 + (30−30)²/30
        #expect(abs(try number(gof, "chi2") - (4.0 / 12 + 4.0 / 18)) < 1e-14)
        #expect(gof["expected"] as? [Double] == [12, 18, 30])
        let uniform = try await mltutor(["stats", "chisq", "gof", "--observed", "10 20 30", "--json"]).json()
        #expect(try number(uniform, "chi2") == 10)
        let table = try await mltutor(["stats", "chisq", "independence", "-", "--yates", "--json"], input: "10 20\n30 40\n").json()
        #expect(abs(try number(table, "chi2") - 0.44642857142857145) < 1e-14)
        #expect(table["expected"] as? [[Double]] == [[12, 18], [28, 42]])
        let bad = try await mltutor(["stats", "chisq", "gof", "--observed", "10,20", "--expected", "10,x"])
        #expect(bad.status == .exited(1))
        #expect(bad.error == "--expected:1: 'x' is not a number\n")
        let small = try await mltutor(["stats", "chisq", "independence", "-"], input: "1 2\n3 4\n")
        #expect(small.status == .exited(0))
        #expect(small.error.contains("warning:"))
    }

    @Test func matrixProductAndShapeError() async throws {
        let scratch = try Scratch()
        let a = try scratch.write("a.txt", "1 2 3\n4 5 6\n")
        let b = try scratch.write("b.txt", "7 8\n9 10\n11 12\n")
        let json = try await mltutor(["stats", "matmul", a, b, "--json"]).json()
        #expect(json["product"] as? [[Double]] == [[58, 64], [139, 154]])
        let bad = try await mltutor(["stats", "matmul", a, a])
        #expect(bad.status == .exited(1))
        #expect(bad.error.contains("cannot multiply a 2×3 matrix by a 2×3 matrix"))
        #expect(bad.error.hasPrefix("\(a):1: "))
    }
}

import Foundation
import Testing
@testable import TutorCore

/// One NIST StRD one-way ANOVA data set with its certified values.
struct NISTDataSet: CustomStringConvertible {
    var name: String
    var groups: [[String]]
    var dfBetween: Int
    var dfWithin: Int
    var ssBetween: Double
    var ssWithin: Double
    var f: Double
    var rSquared: Double
    var residualSD: Double

    var description: String { name }

    /// Reads `Tests/Fixtures/nist-anova/<name>.dat`: certified values from the header table,
    /// observations from the line range the header announces ("Data (lines 61 to 249)").
    static func load(_ name: String) throws -> NISTDataSet {
        let url = FixturePaths.fixture("nist-anova/\(name).dat")
        let lines = try String(contentsOf: url, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func tokens(_ line: String) -> [String] { line.split(separator: " ").map(String.init) }
        func lastNumber(containing marker: String) throws -> Double {
            let line = try #require(lines.first { $0.contains(marker) }, "\(name): no line with \(marker)")
            return try #require(tokens(line).last.flatMap(Double.init), "\(name): \(line)")
        }
        let between = try #require(lines.first { $0.hasPrefix("Between ") }.map(tokens))
        let within = try #require(lines.first { $0.hasPrefix("Within ") }.map(tokens))
        let range = try #require(lines.first { $0.contains("Data ") && $0.contains("(lines") })
        let numbers = range.split { !$0.isNumber }.compactMap { Int($0) }
        let first = try #require(numbers.first), last = try #require(numbers.last)
        var groups: [Int: [String]] = [:]
        for line in lines[(first - 1)...(last - 1)] {
            let t = tokens(line)
            try #require(t.count == 2, "\(name): unexpected data line '\(line)'")
            groups[try #require(Int(t[0])), default: []].append(t[1])
        }
        return NISTDataSet(
            name: name,
            groups: groups.keys.sorted().compactMap { groups[$0] },
            dfBetween: try #require(Int(between[2])),
            dfWithin: try #require(Int(within[2])),
            ssBetween: try #require(Double(between[3])),
            ssWithin: try #require(Double(within[3])),
            f: try #require(Double(between[5])),
            rSquared: try lastNumber(containing: "Certified R-Squared"),
            residualSD: try lastNumber(containing: "Standard Deviation")
        )
    }
}

/// NIST's log relative error, −log10(|x − c| / |c|), capped at the 15 digits NIST certifies.
func logRelativeError(_ x: Double, certified c: Double) -> Double {
    let relative = abs(x - c) / abs(c)
    if relative == 0 { return 15 }
    return min(15, -log10(relative))
}

@Suite("One-way ANOVA against NIST StRD certified values")
struct NISTANOVATests {
    static let dataSets = ["SiRstv", "SmLs01", "SmLs02", "SmLs03", "AtmWtAg", "SmLs04", "SmLs05",
                           "SmLs06", "SmLs07", "SmLs08", "SmLs09"]

    @Test("LRE ≥ 13 on F, SS between/within, R² and residual SD", arguments: dataSets)
    func certifiedValues(name: String) throws {
        let set = try NISTDataSet.load(name)
        let result = try OneWayANOVA(decimalGroups: set.groups)
        #expect(result.degreesOfFreedomBetween == set.dfBetween)
        #expect(result.degreesOfFreedomWithin == set.dfWithin)
        let checks: [(String, Double, Double)] = [
            ("F", result.f, set.f),
            ("SS between", result.sumOfSquaresBetween, set.ssBetween),
            ("SS within", result.sumOfSquaresWithin, set.ssWithin),
            ("R²", result.rSquared, set.rSquared),
            ("residual SD", result.residualStandardDeviation, set.residualSD),
        ]
        for (label, value, certified) in checks {
            let lre = logRelativeError(value, certified: certified)
            #expect(lre >= 13, "\(name) \(label): \(value) vs certified \(certified), LRE \(lre)")
        }
    }

    @Test("plain doubles lose digits on SmLs09 that the decimal entry keeps")
    func decimalCentringMatters() throws {
        let set = try NISTDataSet.load("SmLs09")
        let fromText = try OneWayANOVA(decimalGroups: set.groups)
        let doubles = try set.groups.map { try $0.map { try #require(Double($0)) } }
        let fromDoubles = try OneWayANOVA(groups: doubles)
        // 1000000000000.4 is not representable: its double is off by ~1e-5 relative to the
        // 0.1 spread, so the binary path cannot reach the decimal path's accuracy.
        #expect(logRelativeError(fromText.f, certified: set.f) >= 13)
        #expect(logRelativeError(fromDoubles.f, certified: set.f) < logRelativeError(fromText.f, certified: set.f))
    }
}

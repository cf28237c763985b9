import Foundation
import Testing
@testable import TutorCore

/// One row of `Tests/Fixtures/statistics/reference.json` (see scripts/make_reference_values.py).
struct ReferenceCase: Decodable, CustomStringConvertible {
    var dist: String
    var params: [String]
    var fn: String
    var x: String
    var expected: String

    var description: String { "\(dist)\(params) \(fn)(\(x)) expected \(expected)" }
}

struct ReferenceTable: Decodable {
    var cases: [ReferenceCase]

    static func load(_ url: URL = FixturePaths.fixture("statistics/reference.json")) throws -> ReferenceTable {
        let data = try Data(contentsOf: url)
        return try JSONDecoder().decode(ReferenceTable.self, from: data)
    }
}

/// The engine's value for one reference case.
func engineValue(_ c: ReferenceCase) throws -> Double {
    let params = try c.params.map { try #require(Double($0)) }
    let x = try #require(Double(c.x))
    let distribution: any ContinuousDistribution
    switch c.dist {
    case "normal": distribution = NormalDistribution.standard
    case "t": distribution = try StudentTDistribution(degreesOfFreedom: params[0])
    case "chi2": distribution = try ChiSquaredDistribution(degreesOfFreedom: params[0])
    case "f":
        distribution = try FDistribution(numeratorDegreesOfFreedom: params[0],
                                     denominatorDegreesOfFreedom: params[1])
    default:
        Issue.record("unknown distribution \(c.dist)")
        return .nan
    }
    switch c.fn {
    case "cdf": return distribution.cdf(x)
    case "sf": return distribution.sf(x)
    case "pdf": return distribution.pdf(x)
    case "quantile": return distribution.quantile(x)
    case "isf": return distribution.inverseSurvival(x)
    default:
        Issue.record("unknown function \(c.fn)")
        return .nan
    }
}

/// Relative error of `value` against `expected`, with the rule for results outside the normal range.
///
/// A true value below the smallest normal double (2.2e-308) cannot carry 12 significant digits:
/// subnormals lose precision as they shrink. For those the comparison is absolute, at 1e-12 of
/// the smallest normal; the point of those cases is that the engine neither overflows nor
/// returns a grossly wrong magnitude. Infinite expectations must be matched exactly.
func referenceError(_ value: Double, expected: Double) -> Double {
    if expected.isInfinite || expected == 0 {
        return value == expected ? 0 : .infinity
    }
    if abs(expected) < Double.leastNormalMagnitude {
        return abs(value - expected) / (Double.leastNormalMagnitude * 1e-12) * 1e-12
    }
    return abs(value - expected) / abs(expected)
}

@Suite("Distributions against the mpmath reference table")
struct DistributionReferenceTests {
    @Test("every case within 1e-12 relative error")
    func referenceTable() throws {
        let table = try ReferenceTable.load()
        #expect(table.cases.count > 2000)
        try check(table)
    }

    /// Path of an extra table in the same format (for example a randomised one written with the
    /// functions of scripts/make_reference_values.py), checked only when the variable is set.
    static let extraTablePath = ProcessInfo.processInfo.environment["MLTUTOR_EXTRA_REFERENCE"]

    @Test("an extra reference table, when MLTUTOR_EXTRA_REFERENCE names one",
          .enabled(if: extraTablePath != nil))
    func extraTable() throws {
        let path = try #require(Self.extraTablePath)
        try check(try ReferenceTable.load(URL(fileURLWithPath: path)))
    }

    private func check(_ table: ReferenceTable) throws {
        var worst = (error: 0.0, description: "")
        for c in table.cases {
            let expected = try #require(Double(c.expected), "unparsable expected value in \(c)")
            let value = try engineValue(c)
            let error = referenceError(value, expected: expected)
            #expect(error <= 1e-12, "\(c): got \(value), relative error \(error)")
            if error > worst.error { worst = (error, "\(c): got \(value)") }
        }
        // Recorded so that a run shows how much margin is left under the tolerance.
        #expect(worst.error <= 1e-12, "worst case: \(worst.description)")
    }
}

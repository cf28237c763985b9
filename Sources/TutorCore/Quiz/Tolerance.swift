#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How far a typed number may be from the expected one and still count as right.
///
/// Every numeric and matrix question carries exactly one tolerance, because a learner who
/// rounds sensibly must never be marked wrong by floating-point noise or an unstated rounding rule.
public enum Tolerance: Hashable, Sendable, CustomStringConvertible {
    /// Right when `|typed − expected| ≤ amount`.
    case absolute(Double)
    /// Right when `|typed − expected| ≤ fraction × |expected|` (0.01 means within 1 %).
    case relative(Double)
    /// Right when `typed` is within half a unit of the n-th significant figure of `expected`,
    /// i.e. the learner rounded to at least n significant figures (either way at an exact ...5).
    case significantFigures(Int)

    /// Whether `typed` is close enough to `expected` under this rule.
    public func accepts(_ typed: Double, expected: Double) -> Bool {
        guard typed.isFinite, expected.isFinite else { return false }
        let difference = abs(typed - expected)
        // Decimal inputs such as 2.51 are not exact in binary; without this slack a learner who
        // typed a value exactly on the edge (2.51 for 2.50 ± 0.01) would be refused.
        let slack = 1e-12 * max(abs(typed), abs(expected))
        switch self {
        case .absolute(let amount):
            return difference <= amount + slack
        case .relative(let fraction):
            return difference <= fraction * abs(expected) + slack
        case .significantFigures(let figures):
            guard expected != 0 else { return typed == 0 }
            let exponent = Int((log10(abs(expected))).rounded(.down))
            let halfUnit = 0.5 * pow(10, Double(exponent - figures + 1))
            return difference <= halfUnit + slack
        }
    }

    /// A short human form for feedback screens, such as "± 0.01", "within 1%" or "3 significant figures".
    public var description: String {
        switch self {
        case .absolute(let amount): return "± \(Self.format(amount))"
        case .relative(let fraction): return "within \(Self.format(fraction * 100))%"
        case .significantFigures(let figures): return figures == 1 ? "1 significant figure" : "\(figures) significant figures"
        }
    }

    /// Prints a number without a trailing ".0" so "± 1" does not read as "± 1.0".
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}

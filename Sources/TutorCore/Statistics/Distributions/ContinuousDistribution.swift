/// A continuous probability distribution on the real line, with both tails computed directly.
///
/// `sf` is the survival function P(X > x); implementations compute it from its own formula,
/// never as `1 − cdf(x)`, so that upper-tail probabilities keep their relative precision down
/// to the underflow threshold. `inverseSurvival(q)` likewise solves `sf(x) = q` directly for
/// tiny q, where `quantile(1 − q)` would have lost q in the rounding of 1 − q.
public protocol ContinuousDistribution: Sendable {
    /// The probability density at `x`.
    func pdf(_ x: Double) -> Double
    /// P(X ≤ x).
    func cdf(_ x: Double) -> Double
    /// P(X > x), the upper tail, computed without subtracting from one.
    func sf(_ x: Double) -> Double
    /// The x with `cdf(x) = p`, for p in [0, 1].
    func quantile(_ p: Double) -> Double
    /// The x with `sf(x) = q`, for q in [0, 1].
    func inverseSurvival(_ q: Double) -> Double
}

extension ContinuousDistribution {
    /// Checks that a parameter is a positive finite number.
    static func check(_ value: Double, _ name: String) throws {
        guard value > 0 && value.isFinite else {
            throw StatisticsError.invalidParameter("\(name) must be a positive number, got \(value)")
        }
    }
}

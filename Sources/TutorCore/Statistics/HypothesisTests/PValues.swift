/// The p-values of a test statistic under each alternative hypothesis.
///
/// Each is computed from a tail of the null distribution directly, so a very significant
/// result reports, say, 3e-45 rather than 0.
public struct PValues: Hashable, Sendable {
    /// P(|T| ≥ |t|): the alternative "different from".
    public var twoSided: Double
    /// P(T ≤ t): the alternative "less than".
    public var less: Double
    /// P(T ≥ t): the alternative "greater than".
    public var greater: Double

    /// The p-values of `statistic` under a distribution symmetric about zero (normal, t).
    init<D: ContinuousDistribution>(statistic: Double, symmetric distribution: D) {
        less = distribution.cdf(statistic)
        greater = distribution.sf(statistic)
        twoSided = min(1, 2 * distribution.sf(abs(statistic)))
    }
}

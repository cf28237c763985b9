/// z tests: a mean with known σ, one proportion, and two proportions (pooled).
public enum ZTest {
    /// One-sample z test of H₀: mean = `hypothesizedMean` when the population σ is known.
    public static func oneSample(_ sample: [Double], hypothesizedMean: Double = 0,
                                 populationStandardDeviation sigma: Double) throws -> ZTestResult {
        guard sigma > 0 && sigma.isFinite else {
            throw StatisticsError.invalidParameter("σ must be a positive number, got \(sigma)")
        }
        let s = try TTest.summary(sample, name: "the sample", minimum: 1)
        let se = sigma / Double(s.count).squareRoot()
        return ZTestResult(kind: .oneSampleMean, estimate: s.mean, hypothesizedValue: hypothesizedMean,
                           standardError: se, count: s.count, pooledProportion: nil)
    }

    /// One-proportion z test of H₀: p = `hypothesizedProportion`, with the null standard error.
    public static func oneProportion(successes: Int, trials: Int,
                                     hypothesizedProportion p0: Double) throws -> ZTestResult {
        try checkCounts(successes: successes, trials: trials, label: "the sample")
        guard p0 > 0 && p0 < 1 else {
            throw StatisticsError.invalidParameter("the hypothesised proportion must lie in (0, 1), got \(p0)")
        }
        let n = Double(trials)
        let se = (p0 * (1 - p0) / n).squareRoot()
        return ZTestResult(kind: .oneProportion, estimate: Double(successes) / n, hypothesizedValue: p0,
                           standardError: se, count: trials, pooledProportion: nil)
    }

    /// Two-proportion z test of H₀: p₁ = p₂, using the pooled proportion in the standard error.
    public static func twoProportions(successes1: Int, trials1: Int,
                                      successes2: Int, trials2: Int) throws -> ZTestResult {
        try checkCounts(successes: successes1, trials: trials1, label: "the first sample")
        try checkCounts(successes: successes2, trials: trials2, label: "the second sample")
        let n1 = Double(trials1)
        let n2 = Double(trials2)
        let pooled = Double(successes1 + successes2) / (n1 + n2)
        let se = (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
        guard se > 0 else {
            throw StatisticsError.zeroVariance(sample: "the pooled sample (all successes or all failures)")
        }
        let difference = Double(successes1) / n1 - Double(successes2) / n2
        return ZTestResult(kind: .twoProportions, estimate: difference, hypothesizedValue: 0,
                           standardError: se, count: trials1 + trials2, pooledProportion: pooled)
    }

    private static func checkCounts(successes: Int, trials: Int, label: String) throws {
        guard trials > 0 else {
            throw StatisticsError.tooFewObservations(sample: label, needed: 1, got: max(0, trials))
        }
        guard successes >= 0 else {
            throw StatisticsError.negativeCount("\(label) has \(successes) successes")
        }
        guard successes <= trials else {
            throw StatisticsError.invalidParameter(
                "\(label) has \(successes) successes in only \(trials) trials")
        }
    }
}

/// The outcome of a z test with the values needed to show the working.
public struct ZTestResult: Hashable, Sendable {
    /// Which z test produced the result.
    public enum Kind: String, Hashable, Sendable {
        case oneSampleMean = "one-sample z test (known σ)"
        case oneProportion = "one-proportion z test"
        case twoProportions = "two-proportion z test (pooled)"
    }

    public var kind: Kind
    /// The sample mean, proportion p̂, or difference p̂₁ − p̂₂.
    public var estimate: Double
    /// The value under H₀ (0 for the difference of two proportions).
    public var hypothesizedValue: Double
    /// The standard error under H₀.
    public var standardError: Double
    /// n, or n₁ + n₂ for two proportions.
    public var count: Int
    /// The pooled proportion (x₁ + x₂)/(n₁ + n₂), for the two-proportion test.
    public var pooledProportion: Double?
    /// z = (estimate − hypothesized value) / standard error.
    public var z: Double
    public var pValues: PValues

    init(kind: Kind, estimate: Double, hypothesizedValue: Double, standardError: Double, count: Int,
         pooledProportion: Double?) {
        self.kind = kind
        self.estimate = estimate
        self.hypothesizedValue = hypothesizedValue
        self.standardError = standardError
        self.count = count
        self.pooledProportion = pooledProportion
        z = (estimate - hypothesizedValue) / standardError
        pValues = PValues(statistic: z, symmetric: NormalDistribution.standard)
    }
}

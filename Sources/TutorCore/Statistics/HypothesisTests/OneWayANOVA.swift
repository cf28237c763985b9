/// One-way analysis of variance: do k group means differ more than the spread within groups allows?
///
/// The table is computed from deviations only: each group is summarised by the centred two-pass
/// algorithm, and between-group squares use group means minus the grand mean. The decimal-text
/// entry point first subtracts one observation from every value exactly, in decimal, so that
/// data with many constant leading digits reach binary floating point as small exact-ish numbers.
public struct OneWayANOVA: Hashable, Sendable {
    /// Number of observations in each group.
    public var groupSizes: [Int]
    /// Mean of each group.
    public var groupMeans: [Double]
    /// Mean of all observations.
    public var grandMean: Double
    /// k − 1.
    public var degreesOfFreedomBetween: Int
    /// N − k.
    public var degreesOfFreedomWithin: Int
    /// N − 1.
    public var degreesOfFreedomTotal: Int { degreesOfFreedomBetween + degreesOfFreedomWithin }
    /// Σ nᵢ (x̄ᵢ − x̄)².
    public var sumOfSquaresBetween: Double
    /// Σᵢ Σⱼ (xᵢⱼ − x̄ᵢ)².
    public var sumOfSquaresWithin: Double
    /// SS between + SS within = Σ (xᵢⱼ − x̄)².
    public var sumOfSquaresTotal: Double { sumOfSquaresBetween + sumOfSquaresWithin }
    /// SS between / (k − 1).
    public var meanSquareBetween: Double
    /// SS within / (N − k).
    public var meanSquareWithin: Double
    /// MS between / MS within.
    public var f: Double
    /// P(F ≥ f) under the null hypothesis of equal means.
    public var pValue: Double
    /// SS between / SS total, the share of variation explained by the groups.
    public var rSquared: Double { sumOfSquaresBetween / sumOfSquaresTotal }
    /// √(MS within), the pooled within-group standard deviation.
    public var residualStandardDeviation: Double { meanSquareWithin.squareRoot() }

    /// Runs the analysis on groups of numbers.
    ///
    /// - Throws: `StatisticsError.tooFewObservations` for fewer than two groups, an empty group or
    ///   no within-group degrees of freedom; `.zeroVariance` when every group is constant;
    ///   `.nonFiniteValue` for NaN or infinite data.
    public init(groups: [[Double]]) throws {
        guard groups.count >= 2 else {
            throw StatisticsError.tooFewObservations(sample: "one-way ANOVA (groups)", needed: 2,
                                                     got: groups.count)
        }
        for (index, group) in groups.enumerated() {
            guard !group.isEmpty else {
                throw StatisticsError.tooFewObservations(sample: "group \(index + 1)", needed: 1, got: 0)
            }
            if let bad = group.first(where: { !$0.isFinite }) {
                throw StatisticsError.nonFiniteValue("group \(index + 1) contains \(bad)")
            }
        }
        let summaries = groups.map(SampleSummary.init)
        let total = summaries.reduce(0) { $0 + $1.count }
        let k = groups.count
        guard total > k else {
            throw StatisticsError.tooFewObservations(sample: "one-way ANOVA (observations)",
                                                     needed: k + 1, got: total)
        }
        // Grand mean from the data, centred on the first observation like the group means.
        let shift = groups[0][0]
        var grand = CompensatedSum()
        for group in groups { for x in group { grand.add(x - shift) } }
        let centredGrand = grand.value / Double(total)
        var between = CompensatedSum()
        var within = CompensatedSum()
        for s in summaries {
            let d = (s.mean - shift) - centredGrand
            between.add(Double(s.count) * d * d)
            within.add(s.sumOfSquares)
        }
        groupSizes = summaries.map(\.count)
        groupMeans = summaries.map(\.mean)
        grandMean = shift + centredGrand
        degreesOfFreedomBetween = k - 1
        degreesOfFreedomWithin = total - k
        sumOfSquaresBetween = between.value
        sumOfSquaresWithin = within.value
        guard sumOfSquaresWithin > 0 else {
            throw StatisticsError.zeroVariance(sample: "every group")
        }
        meanSquareBetween = sumOfSquaresBetween / Double(degreesOfFreedomBetween)
        meanSquareWithin = sumOfSquaresWithin / Double(degreesOfFreedomWithin)
        f = meanSquareBetween / meanSquareWithin
        pValue = FDistribution(validated: Double(degreesOfFreedomBetween),
                               Double(degreesOfFreedomWithin)).sf(f)
    }

    /// Runs the analysis on numbers written as decimal text, centring them exactly first.
    ///
    /// Every value has the first observation subtracted in exact decimal arithmetic before it is
    /// rounded to a double; the group means and grand mean reported are shifted back. Values
    /// such as 1000000000000.4 keep all their digits this way.
    ///
    /// - Throws: `StatisticsError.invalidDecimal` for text that is not a number, plus the errors of
    ///   `init(groups:)`.
    public init(decimalGroups: [[String]]) throws {
        let parsed = try decimalGroups.map { group in
            try group.map { text -> ExactDecimal in
                guard let value = ExactDecimal(text) else { throw StatisticsError.invalidDecimal(text) }
                return value
            }
        }
        let origin = parsed.first?.first ?? .zero
        let centred = parsed.map { group in group.map { ($0 - origin).doubleValue } }
        try self.init(groups: centred)
        let offset = origin.doubleValue
        groupMeans = groupMeans.map { $0 + offset }
        grandMean += offset
    }
}

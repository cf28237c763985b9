/// Count, mean and sum of squared deviations of a sample, by a centred two-pass algorithm.
///
/// The data are first shifted by their first observation, so that a constant offset (NIST's
/// 10¹² in SmLs07–09) does not sit in every term; the mean of the shifted values and then the
/// squared deviations from it are both summed with Neumaier compensation. The textbook
/// one-pass formula Σx² − n·x̄² would cancel catastrophically on such data.
public struct SampleSummary: Hashable, Sendable {
    /// The number of observations.
    public var count: Int
    /// The arithmetic mean.
    public var mean: Double
    /// Σ (xᵢ − x̄)², the sum of squared deviations from the mean.
    public var sumOfSquares: Double

    /// Summarises the values; an empty sample has count 0 and NaN mean.
    public init(_ values: [Double]) {
        count = values.count
        guard let shift = values.first else {
            mean = .nan
            sumOfSquares = .nan
            return
        }
        let n = Double(values.count)
        let centredMean = CompensatedSum(values.lazy.map { $0 - shift }).value / n
        var squares = CompensatedSum()
        var deviations = CompensatedSum()
        for x in values {
            let d = (x - shift) - centredMean
            squares.add(d * d)
            deviations.add(d)
        }
        // The corrected two-pass formula: subtracting (Σd)²/n removes the first-order effect of
        // any rounding left in the computed mean.
        let residual = deviations.value
        mean = shift + centredMean
        sumOfSquares = max(0, squares.value - residual * residual / n)
    }

    /// The unbiased sample variance s² = SS/(n − 1); NaN for fewer than two observations.
    public var variance: Double {
        count > 1 ? sumOfSquares / Double(count - 1) : .nan
    }

    /// The sample standard deviation s.
    public var standardDeviation: Double { variance.squareRoot() }
}

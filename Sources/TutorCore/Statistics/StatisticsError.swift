/// Why a statistical test could not be computed from the data it was given.
public enum StatisticsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A sample (named for the message) has fewer observations than the test needs.
    case tooFewObservations(sample: String, needed: Int, got: Int)
    /// A sample has no spread, so a standardised statistic would divide by zero.
    case zeroVariance(sample: String)
    /// Two inputs that must agree in shape do not (matrix sizes, paired lengths, table rows).
    case shapeMismatch(String)
    /// A count in a table or sample is negative.
    case negativeCount(String)
    /// A number that must be finite is NaN or infinite.
    case nonFiniteValue(String)
    /// A parameter is out of its range (a probability outside (0, 1), σ ≤ 0, …).
    case invalidParameter(String)
    /// A value given as decimal text could not be read as a number.
    case invalidDecimal(String)

    public var description: String {
        switch self {
        case let .tooFewObservations(sample, needed, got):
            return "\(sample) needs at least \(needed) observation\(needed == 1 ? "" : "s"), got \(got)"
        case let .zeroVariance(sample):
            return "\(sample) has zero variance: every value is the same, so the test is undefined"
        case let .shapeMismatch(message):
            return "shape mismatch: \(message)"
        case let .negativeCount(message):
            return "negative count: \(message)"
        case let .nonFiniteValue(message):
            return "not a finite number: \(message)"
        case let .invalidParameter(message):
            return "invalid parameter: \(message)"
        case let .invalidDecimal(text):
            return "not a decimal number: '\(text)'"
        }
    }
}

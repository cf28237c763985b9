/// The 21 weights w0…w20 of the FSRS-6 memory model, checked once so the formulas can index freely.
///
/// The defaults are the published FSRS-6 defaults (py-fsrs 6.3.2, `DEFAULT_PARAMETERS`). A 19-weight
/// FSRS-5 vector is accepted too and widened to 21: FSRS-5 is FSRS-6 with w19 = 0 (same-day reviews
/// do not depend on the current stability) and w20 = 0.5 (the fixed power-law decay of FSRS-5), which
/// reproduces the FSRS-5 reference vectors exactly (see `Tests/Fixtures/fsrs/README.md`).
public struct FSRSParameters: Hashable, Sendable {
    /// Always 21 finite numbers; w20 (the decay) is positive.
    public let weights: [Double]

    /// Checks and stores a weight vector of 21 (FSRS-6) or 19 (FSRS-5) numbers.
    public init(weights: [Double]) throws(FSRSParameterError) {
        var widened = weights
        switch weights.count {
        case 21: break
        case 19: widened += [0, 0.5]
        default: throw .wrongCount(weights.count)
        }
        if let bad = widened.firstIndex(where: { !$0.isFinite }) {
            throw .notFinite(index: bad)
        }
        // The decay is an exponent of the forgetting curve and sits in a denominator of the interval.
        guard widened[20] > 0 else { throw .nonPositiveDecay(widened[20]) }
        // Difficulty D is raised to −w12 and S+1 to w13; initial stabilities must be positive too.
        if let bad = widened[0...3].firstIndex(where: { $0 <= 0 }) {
            throw .nonPositiveInitialStability(index: bad)
        }
        self.weights = widened
    }

    /// Builds a vector known to be valid at compile time (the defaults below).
    private init(trusted weights: [Double]) {
        self.weights = weights
    }

    /// FSRS-6 defaults.
    public static let fsrs6Default = FSRSParameters(trusted: [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ])

    /// FSRS-5 defaults (py-fsrs 4.1.2), widened with w19 = 0 and w20 = 0.5.
    public static let fsrs5Default = FSRSParameters(trusted: [
        0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
        1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621, 0, 0.5,
    ])

    /// Weight `i` (0…20).
    @inlinable
    public subscript(_ index: Int) -> Double { weights[index] }

    /// The forgetting curve's exponent w20 (the curve is `(1 + F·t/S)^(−decay)`).
    public var decay: Double { weights[20] }
}

/// Why a weight vector cannot be used.
public enum FSRSParameterError: Error, Hashable, Sendable, CustomStringConvertible {
    case wrongCount(Int)
    case notFinite(index: Int)
    case nonPositiveDecay(Double)
    case nonPositiveInitialStability(index: Int)

    public var description: String {
        switch self {
        case .wrongCount(let count):
            "FSRS parameters: expected 21 weights (FSRS-6) or 19 (FSRS-5), found \(count)"
        case .notFinite(let index):
            "FSRS parameters: weight w\(index) is not a finite number"
        case .nonPositiveDecay(let value):
            "FSRS parameters: the decay w20 must be positive, found \(value)"
        case .nonPositiveInitialStability(let index):
            "FSRS parameters: the initial stability w\(index) must be positive"
        }
    }
}

extension FSRSParameters: Codable {
    /// Stored as the plain array of weights, as py-fsrs and Anki write them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let weights = try container.decode([Double].self)
        do {
            try self.init(weights: weights)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(weights)
    }
}

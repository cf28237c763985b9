/// A quiz result as `correct` out of `total`.
public struct QuizScore: Hashable, Sendable, Codable, CustomStringConvertible {
    public var correct: Int
    public var total: Int

    public init(correct: Int, total: Int) {
        self.correct = correct
        self.total = total
    }

    /// The share answered correctly, 0 for an empty quiz.
    public var fraction: Double {
        total > 0 ? Double(correct) / Double(total) : 0
    }

    /// Whether this score beats `other`: a higher share wins; on a tie, more questions wins.
    ///
    /// Compared by cross-multiplication so that 2/3 and 4/6 tie exactly.
    public func isBetter(than other: QuizScore) -> Bool {
        let lhs = correct * max(other.total, 0)
        let rhs = other.correct * max(total, 0)
        if lhs != rhs { return lhs > rhs }
        return total > other.total
    }

    public var description: String { "\(correct)/\(total)" }
}

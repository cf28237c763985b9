/// A wrong answer learners often give to a generated question, with the hint that addresses it.
public struct TypicalMistake: Hashable, Sendable {
    /// The value the mistake produces.
    public enum Value: Hashable, Sendable {
        case number(Double)
        case matrix([[Double]])
    }

    public var value: Value
    /// What went wrong and how to put it right, e.g. "That is the pooled df n₁ + n₂ − 2 = 22; …".
    public var hint: String

    public init(value: Value, hint: String) {
        self.value = value
        self.hint = hint
    }
}

/// A question made by a generator: the `Question` to show and grade, its worked solution, and
/// the typical wrong answers it recognises.
///
/// The same generator, parameters, id and seed always give the same value, so an attempt's
/// seed reproduces the exact numbers a learner saw.
public struct GeneratedQuestion: Hashable, Sendable {
    /// The question as the quiz engine uses it; `question.generator` names its generator.
    public var question: Question
    /// The attempt seed it was generated from (the question id selects its own stream).
    public var seed: UInt64
    /// The solution step by step: formula, numbers filled in, result.
    public var worked: WorkedComputation
    /// Recognised wrong answers; never one that the question's tolerance would accept as right.
    public var mistakes: [TypicalMistake]

    public init(question: Question, seed: UInt64, worked: WorkedComputation, mistakes: [TypicalMistake]) {
        self.question = question
        self.seed = seed
        self.worked = worked
        self.mistakes = mistakes
    }

    /// The targeted hint for a typed number, or nil when it is right or not a known mistake.
    public func hint(for typed: Double) -> String? {
        guard case let .numeric(answer, tolerance, _) = question.kind,
              !tolerance.accepts(typed, expected: answer) else { return nil }
        for mistake in mistakes {
            if case let .number(value) = mistake.value, tolerance.accepts(typed, expected: value) {
                return mistake.hint
            }
        }
        return nil
    }

    /// The targeted hint for a typed matrix, or nil when it is right or not a known mistake.
    public func hint(for typed: [[Double]]) -> String? {
        guard case let .matrix(_, tolerance) = question.kind, !question.grade(.matrix(typed)) else { return nil }
        for mistake in mistakes {
            if case let .matrix(value) = mistake.value, Self.matches(typed, value, tolerance) {
                return mistake.hint
            }
        }
        return nil
    }

    /// The targeted hint for any response; only numbers and matrices have recognised mistakes.
    public func hint(for response: Response) -> String? {
        switch response {
        case .number(let typed): return hint(for: typed)
        case .matrix(let typed): return hint(for: typed)
        case .choice, .choices, .truth: return nil
        }
    }

    /// Whether two matrices have the same shape and agree cell by cell under `tolerance`.
    static func matches(_ typed: [[Double]], _ expected: [[Double]], _ tolerance: Tolerance) -> Bool {
        guard typed.count == expected.count else { return false }
        for (row, expectedRow) in zip(typed, expected) {
            guard row.count == expectedRow.count else { return false }
            for (cell, value) in zip(row, expectedRow) where !tolerance.accepts(cell, expected: value) {
                return false
            }
        }
        return true
    }
}

/// How a quiz is taken: feedback timing, limits and shuffling, chosen when it starts.
public struct QuizSettings: Hashable, Sendable {
    /// Practice shows right/wrong and the explanation after each answer; exam only at the end.
    public enum Mode: String, Hashable, Sendable, CaseIterable, Codable {
        case practice
        case exam
    }

    public var mode: Mode
    /// Overrides the quiz's own limit (for practice and demos); nil keeps the quiz's.
    public var timeLimitOverride: Int?
    public var shuffleQuestions: Bool
    public var shuffleChoices: Bool

    public init(mode: Mode = .practice, timeLimitOverride: Int? = nil, shuffleQuestions: Bool = false,
                shuffleChoices: Bool = true) {
        self.mode = mode
        self.timeLimitOverride = timeLimitOverride
        self.shuffleQuestions = shuffleQuestions
        self.shuffleChoices = shuffleChoices
    }
}

/// One answered (or unanswered) question inside a quiz attempt.
public struct AnswerRecord: Hashable, Sendable, Codable {
    /// The question's stable id from the quiz file.
    public var questionID: String
    public var answer: RecordedAnswer
    public var correct: Bool
    /// Time spent on the question.
    public var seconds: Double
    /// When the answer was given (seconds since 1970 UTC); nil if never answered.
    public var answeredAt: Double?

    public init(questionID: String, answer: RecordedAnswer, correct: Bool, seconds: Double, answeredAt: Double? = nil) {
        self.questionID = questionID
        self.answer = answer
        self.correct = correct
        self.seconds = seconds
        self.answeredAt = answeredAt
    }

    private enum CodingKeys: String, CodingKey {
        case questionID = "question", answer, correct, seconds, answeredAt
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        questionID = try c.decode(String.self, forKey: .questionID)
        answer = try c.decodeIfPresent(RecordedAnswer.self, forKey: .answer) ?? .unanswered
        correct = try c.decodeIfPresent(Bool.self, forKey: .correct) ?? false
        seconds = try c.decodeIfPresent(Double.self, forKey: .seconds) ?? 0
        answeredAt = try c.decodeIfPresent(Double.self, forKey: .answeredAt)
    }
}

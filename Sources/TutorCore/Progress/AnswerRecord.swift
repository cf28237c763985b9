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
    /// Whether the learner asked for the question's hint before answering.
    public var usedHint: Bool

    public init(questionID: String, answer: RecordedAnswer, correct: Bool, seconds: Double, answeredAt: Double? = nil,
                usedHint: Bool = false) {
        self.questionID = questionID
        self.answer = answer
        self.correct = correct
        self.seconds = seconds
        self.answeredAt = answeredAt
        self.usedHint = usedHint
    }

    private enum CodingKeys: String, CodingKey {
        case questionID = "question", answer, correct, seconds, answeredAt, usedHint
    }

    /// `usedHint` is written only when true, so records without a hint read as before.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(questionID, forKey: .questionID)
        try c.encode(answer, forKey: .answer)
        try c.encode(correct, forKey: .correct)
        try c.encode(seconds, forKey: .seconds)
        try c.encodeIfPresent(answeredAt, forKey: .answeredAt)
        if usedHint { try c.encode(true, forKey: .usedHint) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        questionID = try c.decode(String.self, forKey: .questionID)
        answer = try c.decodeIfPresent(RecordedAnswer.self, forKey: .answer) ?? .unanswered
        correct = try c.decodeIfPresent(Bool.self, forKey: .correct) ?? false
        seconds = try c.decodeIfPresent(Double.self, forKey: .seconds) ?? 0
        answeredAt = try c.decodeIfPresent(Double.self, forKey: .answeredAt)
        usedHint = try c.decodeIfPresent(Bool.self, forKey: .usedHint) ?? false
    }
}

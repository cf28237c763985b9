/// A quiz the learner has started but not finished, saved so it can resume after a restart.
///
/// Time is stored as *remaining* seconds, not as a deadline: time that passes while the program is
/// closed must not count against the learner. The caller subtracts elapsed time on every save.
public struct RunningQuiz: Hashable, Sendable, Codable {
    public var quizID: String
    public var seed: UInt64
    /// When the quiz was started, in seconds since 1970 UTC.
    public var started: Double
    /// Question ids in the order they are asked (shuffled by `seed`).
    public var questionOrder: [String]
    /// Answers given so far, by question id.
    public var answers: [String: AnswerRecord]
    /// Index into `questionOrder` of the question on screen.
    public var currentIndex: Int
    /// Seconds left on the quiz clock; nil for an untimed quiz.
    public var secondsRemaining: Double?
    /// "practice" or "exam" (absent in files written before modes existed: practice).
    public var mode: String?
    /// The quiz's title when the attempt was saved, so the menu can name it before the quizzes are parsed.
    public var title: String?
    /// Questions whose hint was shown but which are not answered yet, so a resume keeps that on record.
    public var hintsShown: [String]

    public init(
        quizID: String, seed: UInt64, started: Double, questionOrder: [String],
        answers: [String: AnswerRecord] = [:], currentIndex: Int = 0, secondsRemaining: Double? = nil,
        mode: String? = nil, title: String? = nil, hintsShown: [String] = []
    ) {
        self.mode = mode
        self.title = title
        self.hintsShown = hintsShown
        self.quizID = quizID
        self.seed = seed
        self.started = started
        self.questionOrder = questionOrder
        self.answers = answers
        self.currentIndex = currentIndex
        self.secondsRemaining = secondsRemaining
    }

    private enum CodingKeys: String, CodingKey {
        case quizID = "quiz", seed, started, questionOrder, answers, currentIndex, secondsRemaining, mode
        case title, hintsShown
    }

    /// Optional members are left out when empty, so an attempt without them reads as before.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(quizID, forKey: .quizID)
        try c.encode(seed, forKey: .seed)
        try c.encode(started, forKey: .started)
        try c.encode(questionOrder, forKey: .questionOrder)
        try c.encode(answers, forKey: .answers)
        try c.encode(currentIndex, forKey: .currentIndex)
        try c.encodeIfPresent(secondsRemaining, forKey: .secondsRemaining)
        try c.encodeIfPresent(mode, forKey: .mode)
        try c.encodeIfPresent(title, forKey: .title)
        if !hintsShown.isEmpty { try c.encode(hintsShown, forKey: .hintsShown) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        quizID = try c.decode(String.self, forKey: .quizID)
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed) ?? 0
        started = try c.decodeIfPresent(Double.self, forKey: .started) ?? 0
        questionOrder = try c.decodeIfPresent([String].self, forKey: .questionOrder) ?? []
        answers = try c.decodeIfPresent([String: AnswerRecord].self, forKey: .answers) ?? [:]
        currentIndex = try c.decodeIfPresent(Int.self, forKey: .currentIndex) ?? 0
        secondsRemaining = try c.decodeIfPresent(Double.self, forKey: .secondsRemaining)
        mode = try c.decodeIfPresent(String.self, forKey: .mode)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        hintsShown = try c.decodeIfPresent([String].self, forKey: .hintsShown) ?? []
    }

    /// Whether the clock has run out.
    public var isOutOfTime: Bool {
        if let secondsRemaining { return secondsRemaining <= 0 }
        return false
    }
}

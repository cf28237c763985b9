/// One finished run through a quiz.
public struct QuizAttempt: Hashable, Sendable, Codable {
    /// The quiz's stable id from the content.
    public var quizID: String
    /// Start and end, in seconds since 1970 UTC.
    public var started: Double
    public var ended: Double
    /// The seed that chose question order and generated numbers, so the attempt can be replayed.
    public var seed: UInt64
    /// One record per question, in the order the questions were asked.
    public var answers: [AnswerRecord]
    public var score: QuizScore

    public init(quizID: String, started: Double, ended: Double, seed: UInt64, answers: [AnswerRecord], score: QuizScore) {
        self.quizID = quizID
        self.started = started
        self.ended = ended
        self.seed = seed
        self.answers = answers
        self.score = score
    }

    /// An attempt whose score is counted from its answers.
    public init(quizID: String, started: Double, ended: Double, seed: UInt64, answers: [AnswerRecord]) {
        self.init(quizID: quizID, started: started, ended: ended, seed: seed, answers: answers,
                  score: QuizScore(correct: answers.filter(\.correct).count, total: answers.count))
    }

    private enum CodingKeys: String, CodingKey {
        case quizID = "quiz", started, ended, seed, answers, score
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        quizID = try c.decode(String.self, forKey: .quizID)
        started = try c.decode(Double.self, forKey: .started)
        ended = try c.decodeIfPresent(Double.self, forKey: .ended) ?? started
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed) ?? 0
        answers = try c.decodeIfPresent([AnswerRecord].self, forKey: .answers) ?? []
        score = try c.decodeIfPresent(QuizScore.self, forKey: .score)
            ?? QuizScore(correct: answers.filter(\.correct).count, total: answers.count)
    }
}

/// Everything recorded about one quiz: its attempts and the best score among them.
public struct QuizProgress: Hashable, Sendable, Codable {
    public var attempts: [QuizAttempt]
    /// Kept separately from the attempts because a migrated draft knows a best score but no attempts.
    public var bestScore: QuizScore?

    public init(attempts: [QuizAttempt] = [], bestScore: QuizScore? = nil) {
        self.attempts = attempts
        self.bestScore = bestScore
    }

    private enum CodingKeys: String, CodingKey {
        case attempts, bestScore
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        attempts = try c.decodeIfPresent([QuizAttempt].self, forKey: .attempts) ?? []
        bestScore = try c.decodeIfPresent(QuizScore.self, forKey: .bestScore)
    }
}

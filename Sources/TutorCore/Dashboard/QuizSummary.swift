/// One quiz's record for the dashboard: best and last score and the history of scores.
public struct QuizSummary: Hashable, Sendable {
    public var quizID: String
    public var title: String
    /// The best score ever recorded (also known for a migrated draft that kept no attempts).
    public var best: QuizScore?
    /// The score of the attempt that ended last.
    public var last: QuizScore?
    /// The share correct of every attempt, oldest first, for a sparkline.
    public var history: [Double]

    public init(quizID: String, title: String, best: QuizScore?, last: QuizScore?, history: [Double]) {
        self.quizID = quizID
        self.title = title
        self.best = best
        self.last = last
        self.history = history
    }

    /// Whether the learner has ever finished this quiz.
    public var taken: Bool { best != nil || last != nil }
}

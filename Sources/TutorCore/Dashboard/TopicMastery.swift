/// How well a learner answers questions on one topic, judged on their most recent answers.
public struct TopicMastery: Hashable, Sendable {
    public var topic: String
    /// Right answers among the `answered` most recent ones.
    public var correct: Int
    /// How many answers were counted: at most `DashboardModel.masteryWindow`.
    public var answered: Int

    public init(topic: String, correct: Int, answered: Int) {
        self.topic = topic
        self.correct = correct
        self.answered = answered
    }

    /// The share answered correctly, 0 when nothing was answered.
    public var fraction: Double {
        answered > 0 ? Double(correct) / Double(answered) : 0
    }
}

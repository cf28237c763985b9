/// What FSRS knows about the learner's memory of one item.
///
/// - `stability`: the number of days after which recall probability falls to 90 % (≥ 0.001).
/// - `difficulty`: how hard the item is for this learner, from 1 (easy) to 10 (hard).
public struct MemoryState: Hashable, Sendable, Codable {
    public var stability: Double
    public var difficulty: Double

    public init(stability: Double, difficulty: Double) {
        self.stability = stability
        self.difficulty = difficulty
    }
}

/// Where an item is in its life: first learning steps, regular reviews, or steps after a lapse.
///
/// With no learning steps (the tutor's default) an item goes straight to `review` and stays there:
/// a wrong answer shortens the interval instead of moving it to `relearning`.
public enum CardState: String, Hashable, Sendable, Codable, CaseIterable {
    case learning
    case review
    case relearning
}

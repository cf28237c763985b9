/// How well the learner recalled an item in a review, on FSRS's four-point scale.
public enum ReviewRating: Int, Hashable, Sendable, Codable, CaseIterable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4
}

/// One review of one item, kept so a spaced-repetition scheduler (FSRS) can be fitted or replayed later.
public struct ReviewLogEntry: Hashable, Sendable, Codable {
    /// The reviewed item's stable id (a question or card id).
    public var itemID: String
    /// When the review happened, in seconds since 1970 UTC.
    public var at: Double
    public var rating: ReviewRating
    /// Days since the previous review of the same item (0 for the first review), as FSRS expects.
    public var elapsedDays: Double

    public init(itemID: String, at: Double, rating: ReviewRating, elapsedDays: Double) {
        self.itemID = itemID
        self.at = at
        self.rating = rating
        self.elapsedDays = elapsedDays
    }

    private enum CodingKeys: String, CodingKey {
        case itemID = "item", at, rating, elapsedDays
    }
}

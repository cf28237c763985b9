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
    /// The study day of the review (see `StudyClock`), so a replay of the log does not depend on the
    /// time zone the learner is in when it runs; nil in entries written before it was recorded.
    public var studyDay: CivilDay?

    public init(itemID: String, at: Double, rating: ReviewRating, elapsedDays: Double, studyDay: CivilDay? = nil) {
        self.itemID = itemID
        self.at = at
        self.rating = rating
        self.elapsedDays = elapsedDays
        self.studyDay = studyDay
    }

    private enum CodingKeys: String, CodingKey {
        case itemID = "item", at, rating, elapsedDays, studyDay = "day"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        itemID = try c.decode(String.self, forKey: .itemID)
        at = try c.decode(Double.self, forKey: .at)
        rating = try c.decode(ReviewRating.self, forKey: .rating)
        elapsedDays = try c.decode(Double.self, forKey: .elapsedDays)
        if let text = try c.decodeIfPresent(String.self, forKey: .studyDay) {
            guard let day = CivilDay(text) else {
                throw DecodingError.dataCorruptedError(forKey: .studyDay, in: c,
                                                       debugDescription: "'\(text)' is not a YYYY-MM-DD day")
            }
            studyDay = day
        } else {
            studyDay = nil
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(itemID, forKey: .itemID)
        try c.encode(at, forKey: .at)
        try c.encode(rating, forKey: .rating)
        try c.encode(elapsedDays, forKey: .elapsedDays)
        try c.encodeIfPresent(studyDay?.description, forKey: .studyDay)
    }
}

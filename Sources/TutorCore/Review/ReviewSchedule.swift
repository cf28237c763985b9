/// Every review item's scheduler state plus the settings that produced it: the progress file's
/// `review` member.
///
/// The review log (`Progress.reviewLog`) is the history and this is its summary: replaying the log
/// with `replay(_:settings:)` rebuilds the same cards, which is how a change of parameters or
/// desired retention is applied to past reviews.
public struct ReviewSchedule: Hashable, Sendable {
    public var settings: ReviewSettings
    /// By item id (`question:<id>` or `template:<name>`). An item exists once it has been answered.
    public var cards: [String: ReviewCard]

    public init(settings: ReviewSettings = ReviewSettings(), cards: [String: ReviewCard] = [:]) {
        self.settings = settings
        self.cards = cards
    }

    /// Applies one scheduled review; the caller keeps the returned log entry (as
    /// `Progress.recordReview` does), or the schedule can no longer be rebuilt from the log.
    ///
    /// - Parameters:
    ///   - time: when the answer was given (seconds since 1970 UTC).
    ///   - utcOffsetSeconds: the learner's zone offset at that time, to find the study day.
    @discardableResult
    public mutating func record(
        _ rating: ReviewRating, for itemID: String, at time: Double, utcOffsetSeconds: Int
    ) -> RecordedReview {
        let day = settings.clock(utcOffsetSeconds: utcOffsetSeconds).day(at: time)
        return record(rating, for: itemID, at: time, day: day)
    }

    /// Applies one review on a known study day (what replay uses: the day recorded in the log).
    @discardableResult
    mutating func record(_ rating: ReviewRating, for itemID: String, at time: Double, day: CivilDay) -> RecordedReview {
        let previous = cards[itemID]
        let elapsed = previous.map { max(0, day.ordinal - $0.lastReviewDay.ordinal) } ?? 0
        let card = ReviewScheduler(settings: settings).review(previous, rating: rating, at: time, day: day)
        cards[itemID] = card
        let entry = ReviewLogEntry(itemID: itemID, at: time, rating: rating, elapsedDays: Double(elapsed), studyDay: day)
        return RecordedReview(card: card, logEntry: entry)
    }

    /// The schedule that `log` produces under `settings`, replayed in log order.
    ///
    /// Entries written before study days were logged have no `studyDay`; their day is computed
    /// with `fallbackUTCOffsetSeconds` (the best guess is the learner's current offset).
    public static func replay(
        _ log: [ReviewLogEntry], settings: ReviewSettings, fallbackUTCOffsetSeconds: Int = 0
    ) -> ReviewSchedule {
        var schedule = ReviewSchedule(settings: settings)
        let clock = settings.clock(utcOffsetSeconds: fallbackUTCOffsetSeconds)
        for entry in log {
            schedule.record(entry.rating, for: entry.itemID, at: entry.at, day: entry.studyDay ?? clock.day(at: entry.at))
        }
        return schedule
    }

    /// "Next review in 6 days — because you answered correctly in 40 s (budget 60 s)".
    ///
    /// - Parameter card: the item's card right after the review graded by `grade`.
    public static func explanation(for card: ReviewCard, grade: ReviewGrade) -> String {
        "Next review " + wait(card) + " — " + grade.reason
    }

    private static func wait(_ card: ReviewCard) -> String {
        switch card.due {
        case .day(let day):
            let days = day.ordinal - card.lastReviewDay.ordinal
            return days == 1 ? "tomorrow" : "in \(days) days"
        case .instant(let instant):
            let minutes = max(1, Int(((instant - card.lastReview) / 60).rounded()))
            return minutes < 60 ? "in \(minutes) min" : "in \(minutes / 60) h" + (minutes % 60 == 0 ? "" : " \(minutes % 60) min")
        }
    }
}

/// What one scheduled review produced: the item's new card and the entry for the review log.
public struct RecordedReview: Hashable, Sendable {
    public var card: ReviewCard
    public var logEntry: ReviewLogEntry

    public init(card: ReviewCard, logEntry: ReviewLogEntry) {
        self.card = card
        self.logEntry = logEntry
    }
}

extension ReviewSchedule: Codable {
    private enum CodingKeys: String, CodingKey { case settings, cards }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        settings = try c.decodeIfPresent(ReviewSettings.self, forKey: .settings) ?? ReviewSettings()
        cards = try c.decodeIfPresent([String: ReviewCard].self, forKey: .cards) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(settings, forKey: .settings)
        try c.encode(cards, forKey: .cards)
    }
}

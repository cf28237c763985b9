/// Items picked for a session, and whether answering them counts as a scheduled review.
public struct ReviewSelection: Hashable, Sendable {
    public var itemIDs: [String]
    /// False for "practice more": the answers must not be logged or change the schedule, since
    /// reviewing before the due day would teach the model the wrong intervals.
    public var countsAsScheduledReview: Bool

    public init(itemIDs: [String], countsAsScheduledReview: Bool) {
        self.itemIDs = itemIDs
        self.countsAsScheduledReview = countsAsScheduledReview
    }
}

extension ReviewSchedule {
    /// The longest review session, so a backlog after a break is worked off over several days.
    public static let sessionLimit = 20

    /// Items due at `now`, the longest overdue first, at most `limit`; ties go by item id.
    public func dueQueue(now: Double, utcOffsetSeconds: Int, limit: Int = ReviewSchedule.sessionLimit) -> ReviewSelection {
        let clock = settings.clock(utcOffsetSeconds: utcOffsetSeconds)
        let today = clock.day(at: now)
        let due = cards.filter { $0.value.due.isDue(now: now, today: today) }
            .map { (id: $0.key, at: $0.value.due.instant(on: clock)) }
            .sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        return ReviewSelection(itemIDs: due.prefix(max(0, limit)).map(\.id), countsAsScheduledReview: true)
    }

    /// Extra practice among items that are not due: the least well remembered first (lowest
    /// predicted recall), at most `limit`. Answers to these are not scheduled reviews.
    public func practiceMore(now: Double, utcOffsetSeconds: Int, limit: Int = ReviewSchedule.sessionLimit) -> ReviewSelection {
        let clock = settings.clock(utcOffsetSeconds: utcOffsetSeconds)
        let today = clock.day(at: now)
        let notDue = cards.filter { !$0.value.due.isDue(now: now, today: today) }
            .map { (id: $0.key, recall: $0.value.retrievability(on: today, parameters: settings.parameters)) }
            .sorted { ($0.recall, $0.id) < ($1.recall, $1.id) }
        return ReviewSelection(itemIDs: notDue.prefix(max(0, limit)).map(\.id), countsAsScheduledReview: false)
    }
}

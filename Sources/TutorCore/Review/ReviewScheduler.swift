/// The FSRS card state machine: applies one rating to one item and says when it is next due.
///
/// It follows py-fsrs 6.3.2 (`Scheduler.review_card`, fuzzing off) with one deliberate change of
/// unit: elapsed time and day intervals are counted in *study days* (see `StudyClock`) rather than in
/// 24-hour periods, as Anki does. An item reviewed at 20:00 with a 1-day interval is due the next
/// study day, so a morning session sees it, and that morning review counts as one day later, not as
/// a same-day review. When reviews fall at the same time of day (as in the reference vectors) both
/// units agree.
///
/// Transitions:
/// - A new item starts in `learning` with S0 and D0 for its first rating.
/// - `learning`/`relearning`: Again goes back to the first step; Hard repeats the step (the first one
///   waits between steps 1 and 2, or 1.5 × step 1 when there is one step); Good moves on a step and
///   graduates to `review` after the last; Easy graduates at once. With no steps, every rating
///   graduates.
/// - `review`: Again moves to `relearning` when relearning steps exist, otherwise it stays in
///   `review` with the shorter interval the lapse gives.
public struct ReviewScheduler: Hashable, Sendable {
    public var settings: ReviewSettings

    public init(settings: ReviewSettings = ReviewSettings()) {
        self.settings = settings
    }

    /// The card after rating `rating` at `time`, on study day `day`; `card` is nil for an item's first review.
    public func review(_ card: ReviewCard?, rating: ReviewRating, at time: Double, day: CivilDay) -> ReviewCard {
        let parameters = settings.parameters
        guard let card else {
            let memory = parameters.initialMemory(rating)
            return advance(state: .learning, step: 0, memory: memory, rating: rating, at: time, day: day,
                           reviews: 1, lapses: 0)
        }
        let elapsed = max(0, day.ordinal - card.lastReviewDay.ordinal)
        let memory = parameters.nextMemory(card.memory, elapsedDays: elapsed, rating: rating)
        let lapses = card.lapses + (card.state == .review && rating == .again ? 1 : 0)
        // A negative step can only come from a hand-edited file; treat it as the first step.
        return advance(state: card.state, step: max(0, card.step ?? 0), memory: memory, rating: rating, at: time,
                       day: day, reviews: card.reviews + 1, lapses: lapses)
    }

    /// Picks the next state and due time once the memory has been updated.
    private func advance(
        state: CardState, step: Int, memory: MemoryState, rating: ReviewRating, at time: Double, day: CivilDay,
        reviews: Int, lapses: Int
    ) -> ReviewCard {
        func card(_ state: CardState, step: Int?, waitSeconds: Double) -> ReviewCard {
            ReviewCard(state: state, step: step, memory: memory, lastReview: time, lastReviewDay: day,
                       due: .instant(time + waitSeconds), scheduledDays: 0, reviews: reviews, lapses: lapses)
        }
        func graduate() -> ReviewCard {
            let days = settings.parameters.interval(stability: memory.stability,
                                                    desiredRetention: settings.desiredRetention,
                                                    maximum: settings.maximumIntervalDays)
            return ReviewCard(state: .review, step: nil, memory: memory, lastReview: time, lastReviewDay: day,
                              due: .day(day.adding(days: days)), scheduledDays: days, reviews: reviews,
                              lapses: lapses)
        }

        switch state {
        case .review:
            if rating == .again, let first = settings.relearningSteps.first {
                return card(.relearning, step: 0, waitSeconds: first)
            }
            return graduate()
        case .learning, .relearning:
            let steps = state == .learning ? settings.learningSteps : settings.relearningSteps
            // A card saved under settings with more steps than now graduates rather than indexing past the end.
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                return graduate()
            }
            switch rating {
            case .again:
                return card(state, step: 0, waitSeconds: steps[0])
            case .hard:
                let wait: Double
                if step == 0 {
                    wait = steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2
                } else {
                    wait = steps[step]
                }
                return card(state, step: step, waitSeconds: wait)
            case .good:
                if step + 1 >= steps.count { return graduate() }
                return card(state, step: step + 1, waitSeconds: steps[step + 1])
            case .easy:
                return graduate()
            }
        }
    }
}

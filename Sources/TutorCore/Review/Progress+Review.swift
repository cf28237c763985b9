/// The outcome of one scheduled review, for the screen that shows it.
public struct ReviewResult: Hashable, Sendable {
    public var grade: ReviewGrade
    /// The item's card after the review.
    public var card: ReviewCard
    /// The sentence for the learner, e.g. "Next review in 6 days — because you answered correctly in 40 s (budget 60 s)".
    public var explanation: String

    public init(grade: ReviewGrade, card: ReviewCard, explanation: String) {
        self.grade = grade
        self.card = card
        self.explanation = explanation
    }
}

/// Scheduled reviews change two things together: the item's card and the review log.
extension Progress {
    /// Records a scheduled review of `itemID` with an explicit rating and returns the item's new card.
    ///
    /// Call it only for answers from `ReviewSchedule.dueQueue` or a first answer to an item (which
    /// creates its card); "practice more" answers must not come here.
    @discardableResult
    public mutating func recordReview(
        of itemID: String, rating: ReviewRating, at time: Double, utcOffsetSeconds: Int
    ) -> ReviewCard {
        let recorded = review.record(rating, for: itemID, at: time, utcOffsetSeconds: utcOffsetSeconds)
        logReview(recorded.logEntry)
        return recorded.card
    }

    /// Grades `outcome` with the stored grading policy, records the review and explains the result.
    @discardableResult
    public mutating func recordReview(
        of itemID: String, outcome: AnswerOutcome, at time: Double, utcOffsetSeconds: Int
    ) -> ReviewResult {
        let grade = review.settings.grading.grade(outcome)
        let card = recordReview(of: itemID, rating: grade.rating, at: time, utcOffsetSeconds: utcOffsetSeconds)
        return ReviewResult(grade: grade, card: card, explanation: ReviewSchedule.explanation(for: card, grade: grade))
    }

    /// Rebuilds every card from the review log under `settings` (by default the stored ones), for
    /// example after changing the desired retention or the weights.
    public mutating func rebuildReviewSchedule(with settings: ReviewSettings? = nil, fallbackUTCOffsetSeconds: Int = 0) {
        review = ReviewSchedule.replay(reviewLog, settings: settings ?? review.settings,
                                       fallbackUTCOffsetSeconds: fallbackUTCOffsetSeconds)
    }
}

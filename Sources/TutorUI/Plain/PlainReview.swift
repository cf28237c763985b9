import TutorCore

/// A review session in plain mode: the questions, whether answers go to the schedule, and the
/// scheduler's sentence about the last answer.
struct PlainReview: Hashable, Sendable {
    var session: QuizSession
    /// Due reviews change the schedule; "practice more" does not.
    var scheduled: Bool
    /// "Next review in 6 days — because …" after a scheduled answer, or why practice changes nothing.
    var note: String?
}

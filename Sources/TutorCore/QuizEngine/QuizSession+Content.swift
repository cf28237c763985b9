/// Attempts at a quiz as the content has it, generator entries included.
///
/// A loaded quiz holds placeholder numbers for its generated questions (seed 0); an attempt must
/// ask them with its own seed, and a resume with the seed the attempt was started with. Both front
/// ends start and resume attempts here, so neither can forget that step (plain mode once did).
extension QuizSession {
    /// A new attempt at `quiz`: generated questions get this attempt's numbers.
    public init(attemptAt quiz: Quiz, settings: QuizSettings, seed: UInt64, now: Duration) {
        self.init(quiz: quiz.materialised(seed: seed), settings: settings, seed: seed, now: now)
    }

    /// The saved attempt `running` at `quiz`, with the numbers it was started with; nil when the
    /// quiz changed too much for the saved order to fit.
    public init?(resuming running: RunningQuiz, attemptAt quiz: Quiz, now: Duration) {
        self.init(resuming: running, quiz: quiz.materialised(seed: running.seed), now: now)
    }
}

import TutorCore

/// What the app shows but does not own: the saved progress and the wall clock, sent in by the
/// executable after each save (time stays an input; the core never reads a clock).
public struct ProgressContext: Hashable, Sendable {
    public var progress: Progress
    /// Wall-clock time in seconds since 1970 when the context was made (or `MLTUTOR_NOW`'s).
    public var wallNow: Double
    public var utcOffsetSeconds: Int

    public init(progress: Progress, wallNow: Double, utcOffsetSeconds: Int) {
        self.progress = progress
        self.wallNow = wallNow
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The wall clock `elapsed` monotonic time after the context arrived (never earlier than `wallNow`).
    public func wallNow(after elapsed: Duration) -> Double {
        let (seconds, attoseconds) = elapsed.components
        return wallNow + max(0, Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// The calendar day at `wallNow` in the learner's zone.
    public var today: CivilDay { CivilDay(secondsSince1970: wallNow, utcOffsetSeconds: utcOffsetSeconds) }
}

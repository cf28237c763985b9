/// Streaks of consecutive study days, computed from the day strings in the progress file.
public struct StudyStreak: Hashable, Sendable {
    /// Consecutive days ending today, or ending yesterday when today has no study yet
    /// (the streak is still alive until today is over).
    public var current: Int
    /// The longest run of consecutive days ever.
    public var longest: Int
    /// Whether today already counts.
    public var studiedToday: Bool

    public init(current: Int, longest: Int, studiedToday: Bool) {
        self.current = current
        self.longest = longest
        self.studiedToday = studiedToday
    }

    /// A pure function of the studied days and today; strings that are not `YYYY-MM-DD` are ignored,
    /// as are days after today (a clock that was wrong once must not inflate the streak).
    public static func compute(days: some Sequence<String>, today: CivilDay) -> StudyStreak {
        let todayOrdinal = today.ordinal
        let ordinals = Set(days.compactMap { CivilDay($0)?.ordinal }.filter { $0 <= todayOrdinal }).sorted()
        var longest = 0
        var run = 0
        var previous: Int?
        for ordinal in ordinals {
            run = (previous.map { ordinal == $0 + 1 } ?? false) ? run + 1 : 1
            longest = max(longest, run)
            previous = ordinal
        }
        let studiedToday = ordinals.last == todayOrdinal
        // `run` is the run ending at the last studied day; it is current only if that day is today or yesterday.
        let current: Int
        if let last = ordinals.last, last >= todayOrdinal - 1 {
            current = run
        } else {
            current = 0
        }
        return StudyStreak(current: current, longest: longest, studiedToday: studiedToday)
    }
}

/// Turns instants into "study days": days that start at a rollover hour (04:00 by default) in the
/// learner's zone, so a session past midnight still counts for the evening it began in.
///
/// Daylight saving time is not modelled: the caller passes the zone's offset in effect at the
/// instant it asks about (for "now", the current offset), and the core never looks up a zone.
public struct StudyClock: Hashable, Sendable {
    /// Seconds east of UTC (+05:30 is 19 800, −08:00 is −28 800).
    public var utcOffsetSeconds: Int
    /// Local hour (0…23) at which one study day ends and the next begins.
    public var rolloverHour: Int

    /// - Parameter rolloverHour: clamped to 0…23.
    public init(utcOffsetSeconds: Int = 0, rolloverHour: Int = StudyClock.defaultRolloverHour) {
        self.utcOffsetSeconds = utcOffsetSeconds
        self.rolloverHour = min(max(rolloverHour, 0), 23)
    }

    /// Study days begin at 04:00, as in Anki: late-night study belongs to the day before.
    public static let defaultRolloverHour = 4

    /// The study day containing `seconds` (since 1970 UTC).
    public func day(at seconds: Double) -> CivilDay {
        StudyClock.studyDay(at: seconds, utcOffsetSeconds: utcOffsetSeconds, rolloverHour: rolloverHour)
    }

    /// The instant (seconds since 1970 UTC) at which `day` begins.
    public func start(of day: CivilDay) -> Double {
        Double(day.ordinal) * 86_400 + Double(rolloverHour * 3600 - utcOffsetSeconds)
    }

    /// The study day of an instant: the local calendar day of `seconds − rolloverHour hours`.
    ///
    /// A pure function of its inputs: with rollover 4, 03:59 local belongs to the previous day and
    /// 04:00 starts a new one. Hours outside 0…23 are clamped, and so are instants beyond ±300 000
    /// years (a NaN counts as 1970), because turning those into a day number would trap.
    public static func studyDay(at seconds: Double, utcOffsetSeconds: Int, rolloverHour: Int) -> CivilDay {
        let hour = min(max(rolloverHour, 0), 23)
        let limit = 1e13
        let instant = seconds.isNaN ? 0 : min(max(seconds, -limit), limit)
        return CivilDay(secondsSince1970: instant - Double(hour * 3600), utcOffsetSeconds: utcOffsetSeconds)
    }
}

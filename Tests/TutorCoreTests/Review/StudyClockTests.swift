import Testing
@testable import TutorCore

/// Study days roll over at a local hour, in a zone given as an offset.
@Suite struct StudyClockTests {
    /// 2026-11-29T00:00:00Z.
    static let midnightUTC = 1_795_910_400.0

    static func day(_ text: String) throws -> CivilDay {
        try #require(CivilDay(text))
    }

    @Test func theDayRollsOverAtFourNotAtMidnight() throws {
        let clock = StudyClock(utcOffsetSeconds: 0, rolloverHour: 4)
        #expect(clock.day(at: Self.midnightUTC - 3600) == (try Self.day("2026-11-28")))  // 23:00
        #expect(clock.day(at: Self.midnightUTC) == (try Self.day("2026-11-28")))  // 00:00
        #expect(clock.day(at: Self.midnightUTC + 3 * 3600 + 59 * 60) == (try Self.day("2026-11-28")))  // 03:59
        #expect(clock.day(at: Self.midnightUTC + 3 * 3600 + 59 * 60 + 59.999) == (try Self.day("2026-11-28")))
        #expect(clock.day(at: Self.midnightUTC + 4 * 3600) == (try Self.day("2026-11-29")))  // 04:00
        #expect(clock.day(at: Self.midnightUTC + 23 * 3600) == (try Self.day("2026-11-29")))  // 23:00
    }

    @Test func rolloverAtMidnightIsTheCalendarDay() throws {
        let clock = StudyClock(utcOffsetSeconds: 0, rolloverHour: 0)
        #expect(clock.day(at: Self.midnightUTC - 1) == (try Self.day("2026-11-28")))
        #expect(clock.day(at: Self.midnightUTC) == (try Self.day("2026-11-29")))
    }

    @Test func indiaIsFiveAndAHalfHoursAhead() throws {
        let clock = StudyClock(utcOffsetSeconds: 19_800, rolloverHour: 4)
        // 03:59 and 04:00 in Kolkata are 22:29 and 22:30 UTC of the day before.
        let fourLocal = Self.midnightUTC - 19_800 + 4 * 3600
        #expect(clock.day(at: fourLocal - 60) == (try Self.day("2026-11-28")))
        #expect(clock.day(at: fourLocal) == (try Self.day("2026-11-29")))
        // 23:00 UTC on the 28th is already 04:30 on the 29th there.
        #expect(clock.day(at: Self.midnightUTC - 3600) == (try Self.day("2026-11-29")))
    }

    @Test func californiaIsEightHoursBehind() throws {
        let clock = StudyClock(utcOffsetSeconds: -28_800, rolloverHour: 4)
        // 09:00 UTC on the 29th is 01:00 local: still the 28th's study day.
        #expect(clock.day(at: Self.midnightUTC + 9 * 3600) == (try Self.day("2026-11-28")))
        // 04:00 local is 12:00 UTC.
        #expect(clock.day(at: Self.midnightUTC + 12 * 3600 - 1) == (try Self.day("2026-11-28")))
        #expect(clock.day(at: Self.midnightUTC + 12 * 3600) == (try Self.day("2026-11-29")))
    }

    @Test(arguments: [0, 19_800, -28_800, 3600 * 14, -3600 * 12])
    func startOfADayIsItsFirstInstant(offset: Int) throws {
        for hour in [0, 4, 23] {
            let clock = StudyClock(utcOffsetSeconds: offset, rolloverHour: hour)
            let day = try Self.day("2026-03-01")
            let start = clock.start(of: day)
            #expect(clock.day(at: start) == day)
            #expect(clock.day(at: start - 0.001) == day.adding(days: -1))
            #expect(clock.start(of: day.adding(days: 1)) - start == 86_400)
        }
    }

    @Test func acrossAYearAndALeapDay() throws {
        let clock = StudyClock(utcOffsetSeconds: 0)
        let newYear = clock.start(of: try Self.day("2027-01-01"))
        #expect(clock.day(at: newYear - 1) == (try Self.day("2026-12-31")))
        let leap = try Self.day("2028-02-29")
        #expect(clock.day(at: clock.start(of: leap) + 3600) == leap)
    }

    @Test func thePureFunctionMatchesTheClockAndClampsTheHour() {
        let t = Self.midnightUTC + 5 * 3600
        #expect(StudyClock.studyDay(at: t, utcOffsetSeconds: 19_800, rolloverHour: 4)
                == StudyClock(utcOffsetSeconds: 19_800, rolloverHour: 4).day(at: t))
        #expect(StudyClock(rolloverHour: 30).rolloverHour == 23)
        #expect(StudyClock(rolloverHour: -2).rolloverHour == 0)
        #expect(StudyClock.studyDay(at: t, utcOffsetSeconds: 0, rolloverHour: 99)
                == StudyClock.studyDay(at: t, utcOffsetSeconds: 0, rolloverHour: 23))
    }

    @Test func absurdInstantsDoNotTrap() {
        let clock = StudyClock()
        #expect(clock.day(at: .nan) == clock.day(at: 0))
        #expect(clock.day(at: .infinity) == clock.day(at: 1e13))
        #expect(clock.day(at: -.infinity) == clock.day(at: -1e13))
    }
}

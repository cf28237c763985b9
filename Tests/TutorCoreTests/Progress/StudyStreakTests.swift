import Testing
@testable import TutorCore

@Suite("CivilDay and study streaks")
struct StudyStreakTests {
    @Test("day numbers match the Gregorian calendar across century and leap rules")
    func ordinals() throws {
        // Reference values from Python's datetime.date arithmetic.
        #expect(try #require(CivilDay("1970-01-01")).ordinal == 0)
        #expect(try #require(CivilDay("2000-03-01")).ordinal == 11_017)
        #expect(try #require(CivilDay("1900-02-28")).ordinal == -25_509)
        #expect(try #require(CivilDay("2400-12-31")).ordinal == 157_419)
        #expect(CivilDay(ordinal: 11_017).description == "2000-03-01")
        #expect(CivilDay(ordinal: -25_509).description == "1900-02-28")
        // Every 37th day from 1559 to 2380 maps back to itself.
        for ordinal in stride(from: -150_000, through: 150_000, by: 37) {
            #expect(CivilDay(ordinal: ordinal).ordinal == ordinal)
        }
    }

    @Test("parsing accepts only real YYYY-MM-DD dates", arguments: [
        ("2024-02-29", true), ("2025-02-29", false), ("1900-02-29", false), ("2000-02-29", true),
        ("2026-4-01", false), ("2026-04-31", false), ("2026-13-01", false), ("26-04-01", false),
        ("2026-04-01T00", false), ("", false), ("２０２６-04-01", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((CivilDay(text) != nil) == valid)
        if valid { #expect(CivilDay(text)?.description == text) }
    }

    @Test("an instant becomes a day in the caller's zone")
    func dayFromInstant() {
        // 2026-11-26 16:20 UTC is still the 26th in New York (-5 h) but the 27th in Auckland (+13 h at 05:20).
        #expect(CivilDay(secondsSince1970: sampleNow).description == "2026-11-26")
        #expect(CivilDay(secondsSince1970: sampleNow, utcOffsetSeconds: -5 * 3600).description == "2026-11-26")
        #expect(CivilDay(secondsSince1970: sampleNow, utcOffsetSeconds: 13 * 3600).description == "2026-11-27")
        #expect(CivilDay(secondsSince1970: -1).description == "1969-12-31")
    }

    private func streak(_ days: [String], today: String) throws -> StudyStreak {
        StudyStreak.compute(days: days, today: try #require(CivilDay(today)))
    }

    @Test("a streak runs across month, year and leap-day boundaries")
    func acrossBoundaries() throws {
        let newYear = try streak(["2025-12-30", "2025-12-31", "2026-01-01"], today: "2026-01-01")
        #expect(newYear == StudyStreak(current: 3, longest: 3, studiedToday: true))
        let leap = try streak(["2024-02-28", "2024-02-29", "2024-03-01"], today: "2024-03-01")
        #expect(leap.current == 3)
        // 2025 has no 29 February, so the 28th and 1 March are consecutive.
        let noLeap = try streak(["2025-02-28", "2025-03-01"], today: "2025-03-01")
        #expect(noLeap.current == 2)
        let gap = try streak(["2024-02-28", "2024-03-01"], today: "2024-03-01")
        #expect(gap.current == 1)
        #expect(gap.longest == 1)
    }

    @Test("today without study yet keeps yesterday's streak alive; a missed day breaks it")
    func todayAndYesterday() throws {
        let alive = try streak(["2026-11-23", "2026-11-24", "2026-11-25"], today: "2026-11-26")
        #expect(alive == StudyStreak(current: 3, longest: 3, studiedToday: false))
        let broken = try streak(["2026-11-23", "2026-11-24"], today: "2026-11-26")
        #expect(broken == StudyStreak(current: 0, longest: 2, studiedToday: false))
    }

    @Test("the longest streak is remembered; duplicates, junk and future days are ignored")
    func longestAndJunk() throws {
        let days = ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-02",
                    "not a day", "2026-11-25", "2026-11-26", "2026-11-27", "2026-12-01"]
        let result = try streak(days, today: "2026-11-26")
        #expect(result == StudyStreak(current: 2, longest: 4, studiedToday: true))
        #expect(try streak([], today: "2026-11-26") == StudyStreak(current: 0, longest: 0, studiedToday: false))
    }

    @Test("progress counts the days it was given study time on")
    func fromProgress() throws {
        var progress = Progress()
        for text in ["2026-11-24", "2026-11-25", "2026-11-26"] {
            progress.addStudyTime(60, on: try #require(CivilDay(text)))
        }
        progress.addStudyTime(.nan, on: try #require(CivilDay("2026-11-20")))
        #expect(progress.daysStudied == ["2026-11-24", "2026-11-25", "2026-11-26"])
        #expect(progress.streak(today: try #require(CivilDay("2026-11-26"))).current == 3)
        #expect(progress.totalStudySeconds == 180)
    }
}

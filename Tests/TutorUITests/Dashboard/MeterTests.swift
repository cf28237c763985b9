import Testing
@testable import TutorUI

@Suite struct MeterTests {
    @Test func barRoundsButKeepsEmptyAndFullHonest() {
        #expect(Meter.bar(0, width: 10) == "░░░░░░░░░░")
        #expect(Meter.bar(1, width: 10) == "██████████")
        #expect(Meter.bar(0.5, width: 10) == "█████░░░░░")
        #expect(Meter.bar(0.26, width: 10) == "███░░░░░░░")
        // 1 % still shows one cell; 99 % never looks finished.
        #expect(Meter.bar(0.01, width: 10) == "█░░░░░░░░░")
        #expect(Meter.bar(0.99, width: 10) == "█████████░")
        #expect(Meter.bar(.nan, width: 4) == "░░░░")
        #expect(Meter.bar(2, width: 4) == "████")
        #expect(Meter.bar(0.5, width: 0) == "")
    }

    @Test func sparklineMapsZeroToLowestAndOneToFullBlock() {
        #expect(Meter.sparkline([0, 1.0 / 7, 2.0 / 7, 3.0 / 7, 4.0 / 7, 5.0 / 7, 6.0 / 7, 1], maxCount: 10) == "▁▂▃▄▅▆▇█")
        #expect(Meter.sparkline([0, 0.5, 1, 1], maxCount: 2) == "██")
        #expect(Meter.sparkline([], maxCount: 5) == "")
    }

    @Test func percentIsIntegerAndRoundsDown() {
        #expect(Meter.percent(29, of: 100) == 29)
        #expect(Meter.percent(199, of: 200) == 99)
        #expect(Meter.percent(2, of: 3) == 66)
        #expect(Meter.percent(3, of: 0) == 0)
    }

    @Test func hoursAndMinutes() {
        #expect(Meter.hoursMinutes(0) == "0h 00m")
        #expect(Meter.hoursMinutes(59) == "0h 00m")
        #expect(Meter.hoursMinutes(3 * 3600 + 5 * 60 + 59) == "3h 05m")
        #expect(Meter.hoursMinutes(100 * 3600) == "100h 00m")
        #expect(Meter.hoursMinutes(-5) == "0h 00m")
        #expect(Meter.hoursMinutes(.infinity) == "0h 00m")
    }

    @Test func fitPadsOrCutsToExactWidth() {
        #expect(Meter.fit("abc", width: 5) == "abc  ")
        #expect(Meter.fit("abcdef", width: 4) == "abc…")
        #expect(DisplayWidth.of(Meter.fit("数学数学", width: 4)) == 4)
        #expect(Meter.fit("数学数学", width: 4) == "数… ")
        #expect(Meter.fit("x", width: 0) == "")
    }
}

import Testing
@testable import TutorUI

@Suite struct FrameTests {
    @Test func putClipsAtTheEdgeAndReportsColumnsUsed() {
        var frame = Frame(size: Size(width: 6, height: 1))
        let used = frame.put("abcdefgh", row: 0, column: 2)
        #expect(used == 4)
        #expect(frame.lines == ["  abcd"])
    }

    @Test func wideCharactersTakeTwoCellsAndAContinuation() {
        var frame = Frame(size: Size(width: 6, height: 1))
        frame.put("漢字x", row: 0, column: 0)
        #expect(frame[0, 0].character == "漢")
        #expect(frame[0, 1].isContinuation)
        #expect(frame[0, 2].character == "字")
        #expect(frame[0, 4].character == "x")
        #expect(frame.lines == ["漢字x"])
    }

    @Test func wideCharacterThatDoesNotFitBecomesASpace() {
        var frame = Frame(size: Size(width: 3, height: 1))
        frame.put("a漢字", row: 0, column: 0)
        #expect(frame.lines == ["a漢"])
        var narrow = Frame(size: Size(width: 4, height: 1))
        let used = narrow.put("ab漢", row: 0, column: 1, maxWidth: 3)
        #expect(used == 3)
        #expect(narrow.lines == [" ab"])
        #expect(!narrow[0, 3].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame.put("漢", row: 0, column: 0)
        frame.put("x", row: 0, column: 1)
        #expect(frame.lines == [" x"])
        #expect(!frame[0, 1].isContinuation)
    }

    @Test func combiningMarksStayWithTheirBase() {
        var frame = Frame(size: Size(width: 5, height: 1))
        let used = frame.put("x\u{0304} = 2", row: 0, column: 0)
        #expect(used == 5)
        #expect(frame[0, 0].character == "x\u{0304}")
    }

    @Test func fillAndRestyleKeepCharacters() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame.put("ab", row: 0, column: 0)
        frame.restyle(row: 0, from: 0, width: 2, with: Style(reverse: true))
        #expect(frame[0, 0].character == "a")
        #expect(frame[0, 0].style.reverse)
        #expect(!frame[0, 2].style.reverse)
        frame.fill(row: 0, style: Style(bold: true))
        #expect(frame.lines == [""])
        #expect(frame[0, 3].style.bold)
    }

    @Test func writesOutsideTheFrameAreIgnored() {
        var frame = Frame(size: Size(width: 3, height: 1))
        #expect(frame.put("x", row: 5, column: 0) == 0)
        #expect(frame.put("x", row: 0, column: 9) == 0)
        #expect(frame.lines == [""])
    }
}

import Testing
import TutorCore
@testable import TutorUI

/// The reader with a search query: highlighted matches, n/N between hits, re-found after a resize.
@Suite struct ReaderSearchTests {
    func reader(width: Int = 60, query: String? = "χ²") -> ReaderScreen {
        var r = ReaderScreen(section: Samples.sections[1])
        r.layout(width: width)
        r.highlight(query)
        return r
    }

    @Test func everyLineWithAMatchIsFound() {
        let r = reader()
        #expect(r.hitLines.count == 30)
        #expect(r.hitLines.allSatisfy { r.lines[$0].text.contains("χ²") })
        #expect(r.hitPosition == "30 hits")
    }

    @Test func nextAndPreviousMoveBetweenHitsAndWrapRound() {
        var r = reader()
        let hits = r.hitLines
        let moved = r.nextHit(visibleRows: 10)
        #expect(moved)
        #expect(r.currentHitLine == hits[0])
        #expect(r.hitPosition == "hit 1 of 30")
        r.nextHit(visibleRows: 10)
        #expect(r.currentHitLine == hits[1])
        #expect(r.top == hits[1] - 2)
        r.previousHit(visibleRows: 10)
        r.previousHit(visibleRows: 10)
        #expect(r.currentHitLine == hits[29])
        #expect(r.hitPosition == "hit 30 of 30")
        r.nextHit(visibleRows: 10)
        #expect(r.currentHitLine == hits[0])
    }

    @Test func matchesAreReverseVideoAndTheCurrentOneAlsoUnderlined() {
        var r = reader()
        r.reveal(line: r.hitLines[1], visibleRows: 10)
        var frame = Frame(size: Size(width: 60, height: 10))
        r.render(into: &frame, firstRow: 0, rows: 10)
        let currentRow = r.hitLines[1] - r.top
        let otherRow = r.hitLines[2] - r.top
        for (row, expected) in [(currentRow, Style(bold: true, underline: true, reverse: true)), (otherRow, Style(reverse: true))] {
            let text = frame.text(row: row)
            let column = text.distance(to: "χ²")
            #expect(frame[row, column].style == expected)
            #expect(frame[row, column + 1].style == expected)
            #expect(!frame[row, column + 2].style.reverse)
            #expect(!frame[row, column - 1].style.reverse)
        }
    }

    @Test func aResizeFindsTheMatchesAgain() {
        var r = reader(width: 60, query: "included")
        let narrow = r.hitLines
        r.layout(width: 120)
        #expect(r.hitLines.count == 30)
        #expect(r.hitLines != narrow)
        #expect(r.hitLines.allSatisfy { r.lines[$0].text.contains("included") })
    }

    @Test func noQueryOrNoHits() {
        var r = reader(query: nil)
        #expect(r.hitPosition == nil)
        let movedWithoutQuery = r.nextHit(visibleRows: 10)
        #expect(!movedWithoutQuery)
        r.highlight("gradient")
        #expect(r.hitPosition == "no hits for \"gradient\"")
        let movedWithoutHits = r.previousHit(visibleRows: 10)
        #expect(!movedWithoutHits)
        #expect(r.top == 0)
        r.highlight("  ")
        #expect(r.searchQuery == nil)
    }
}

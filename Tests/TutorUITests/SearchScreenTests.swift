import Testing
import TutorCore
@testable import TutorUI

/// The search screen: live hits as the query is typed, selection, actions, and frames at 60 and 100 columns.
@Suite struct SearchScreenTests {
    static let sections = [
        Section(id: "stats", title: "Statistics basics", order: 10,
                body: "The mean is the average.\n\nA résumé of the median: it is robust to outliers, unlike the mean of the sample."),
        Section(id: "career", title: "Career path", order: 20, body: "Write a good RESUME and keep learning."),
    ]

    func screen(width: Int, typing query: String) -> SearchScreen {
        var screen = SearchScreen(index: SearchIndex(sections: Self.sections, frameWidth: width))
        for character in query { _ = screen.handle(.character(character), visibleRows: 8) }
        return screen
    }

    func frame(_ screen: SearchScreen, width: Int) -> Frame {
        var frame = Frame(size: Size(width: width, height: 8))
        screen.render(into: &frame, firstRow: 0, rows: 8)
        return frame
    }

    @Test func anEmptyQueryExplainsItself() {
        let empty = screen(width: 60, typing: "")
        #expect(empty.hits.isEmpty)
        #expect(frame(empty, width: 60).lines.prefix(2) == ["  Search:", "  Type to search all sections (case and accents ignored)"])
    }

    @Test func framesAt60Columns() {
        let s = screen(width: 60, typing: "resume")
        let f = frame(s, width: 60)
        // The row is full: 58 cells between the margins, the last one the "…" of the cut.
        #expect(f.lines == [
            "  Search: resume",
            "  2 lines in 2 sections · Enter opens · Esc back",
            "",
            " › Statistics basics — A résumé of the median: it is robu…",
            "   Career path — Write a good RESUME and keep learning.",
            "", "", "",
        ])
        // The selected row is reverse video; every match is bold and underlined, selected or not.
        #expect(f[3, 2].style.reverse)
        let selectedMatch = f.text(row: 3).distance(to: "résumé")
        #expect(f[3, selectedMatch].style == Style(bold: true, underline: true, reverse: true))
        #expect(f[3, selectedMatch - 2].style == Style(bold: true, reverse: true))
        let otherMatch = f.text(row: 4).distance(to: "RESUME")
        #expect(f[4, otherMatch].style == Style(bold: true, underline: true))
        #expect(f[4, otherMatch + 5].style == Style(bold: true, underline: true))
        #expect(f[4, otherMatch + 6].style == .plain)
    }

    @Test func framesAt100Columns() {
        let s = screen(width: 100, typing: "MEAN")
        let f = frame(s, width: 100)
        #expect(f.lines == [
            "  Search: MEAN",
            "  2 lines in 1 section · Enter opens · Esc back",
            "",
            " › Statistics basics — The mean is the average.",
            // 80 characters do not fit in the 75 cells left: the start goes, the match stays.
            "   Statistics basics — …mé of the median: it is robust to outliers, unlike the mean of the sample.",
            "", "", "",
        ])
    }

    @Test func aMatchFarIntoALongLineIsShownWithContextBeforeIt() {
        let s = screen(width: 100, typing: "sample")
        let f = frame(s, width: 60)
        #expect(f.lines[3] == " › Statistics basics — …rs, unlike the mean of the sample.")
        #expect(DisplayWidth.of(f.lines[3]) == 58)
    }

    @Test func noHitsSaysSo() {
        let s = screen(width: 60, typing: "gradient")
        #expect(frame(s, width: 60).lines[1] == "  No line contains \"gradient\"")
        var moved = s
        #expect(moved.handle(.enter, visibleRows: 8) == nil)
    }

    @Test func arrowsChooseAndEnterOpensAtTheLine() {
        var s = screen(width: 60, typing: "resume")
        #expect(s.handle(.down, visibleRows: 8) == nil)
        #expect(s.selected == 1)
        _ = s.handle(.down, visibleRows: 8)
        #expect(s.selected == 1)
        #expect(s.handle(.enter, visibleRows: 8) == .open(sectionID: "career", line: 3, query: "resume"))
        _ = s.handle(.up, visibleRows: 8)
        // The line is the reader's line at the index's width.
        guard case let .open(id, line, _) = s.handle(.enter, visibleRows: 8) else {
            Issue.record("Enter opens the selected hit")
            return
        }
        var reader = ReaderScreen(section: Self.sections[0])
        reader.layout(width: 60)
        #expect(id == "stats")
        #expect(reader.lines[line].text.hasPrefix("A résumé"))
        #expect(s.handle(.escape, visibleRows: 8) == .back)
    }

    @Test func typingAgainResetsTheSelectionAndTheListFollows() {
        var s = screen(width: 60, typing: "e")
        let broad = s.hits.count
        _ = s.handle(.down, visibleRows: 8)
        _ = s.handle(.character("x"), visibleRows: 8)
        #expect(s.selected == 0)
        #expect(s.hits.count < broad)
        _ = s.handle(.backspace, visibleRows: 8)
        #expect(s.hits.count == broad)
        // Keys that do not change the text leave the list alone.
        _ = s.handle(.down, visibleRows: 8)
        _ = s.handle(.left, visibleRows: 8)
        #expect(s.selected == 1)
    }

    @Test func theListScrollsToKeepTheSelectionVisible() {
        let body = (1...20).map { "Line \($0) mentions variance." }.joined(separator: "\n\n")
        var s = SearchScreen(index: SearchIndex(sections: [Section(id: "v", title: "V", order: 1, body: body)], frameWidth: 60),
                             query: "variance")
        #expect(s.hits.count == 20)
        for _ in 0..<7 { _ = s.handle(.down, visibleRows: 8) }
        #expect(s.selected == 7)
        #expect(s.top == 3)
        let f = frame(s, width: 60)
        #expect(f.lines[3] == "   V — Line 4 mentions variance.")
        #expect(f.lines[7] == " › V — Line 8 mentions variance.")
    }
}

extension String {
    /// The column where `word` starts in a row of single-width characters (tests only).
    func distance(to word: String) -> Int {
        guard let range = range(of: word) else { return -1 }
        return self[..<range.lowerBound].count
    }
}

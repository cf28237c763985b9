import Testing
import TutorCore
@testable import TutorUI

@Suite struct ReaderScreenTests {
    func reader(width: Int) -> ReaderScreen {
        var r = ReaderScreen(section: Samples.sections[1])
        r.layout(width: width)
        return r
    }

    @Test(arguments: [60, 120])
    func linesFitTheWidthInsideTheMargins(width: Int) {
        let r = reader(width: width)
        #expect(r.layoutWidth == width - 4)
        #expect(r.lines.allSatisfy { $0.width <= width - 4 })
        // Each sample paragraph is about 85 cells: wrapped at 60 columns, whole at 120.
        let whole = r.lines.contains { $0.text.hasPrefix("Paragraph 1 has") && $0.text.hasSuffix("included.") }
        #expect(whole == (width == 120))
        #expect(r.lines[0].text == "A long section")
    }

    @Test func narrowerWidthMeansMoreLines() {
        #expect(reader(width: 60).lines.count > reader(width: 120).lines.count)
    }

    @Test func scrollingIsClampedAndPaged() {
        var r = reader(width: 60)
        _ = r.handle(.up, visibleRows: 10)
        #expect(r.top == 0)
        _ = r.handle(.pageDown, visibleRows: 10)
        #expect(r.top == 9)
        _ = r.handle(.character(" "), visibleRows: 10)
        #expect(r.top == 18)
        _ = r.handle(.end, visibleRows: 10)
        #expect(r.top == r.lines.count - 10)
        #expect(r.atEnd(visibleRows: 10))
        _ = r.handle(.down, visibleRows: 10)
        #expect(r.top == r.lines.count - 10)
        _ = r.handle(.home, visibleRows: 10)
        #expect(r.top == 0)
    }

    @Test func navigationKeysBecomeActions() {
        var r = reader(width: 60)
        #expect(r.handle(.escape, visibleRows: 10) == .back)
        #expect(r.handle(.backspace, visibleRows: 10) == .back)
        #expect(r.handle(.left, visibleRows: 10) == .back)
        #expect(r.handle(.character("n"), visibleRows: 10) == .next)
        #expect(r.handle(.character("p"), visibleRows: 10) == .previous)
    }

    @Test func resizeKeepsRoughlyTheSamePlace() {
        var r = reader(width: 120)
        r.scroll(to: r.lines.count / 2, visibleRows: 10)
        let fraction = Double(r.top) / Double(r.lines.count)
        r.layout(width: 60)
        let after = Double(r.top) / Double(r.lines.count)
        #expect(abs(after - fraction) < 0.05)
    }

    @Test func positionIndicatorShowsLinesAndPercent() {
        var r = reader(width: 60)
        let total = r.lines.count
        #expect(r.position(visibleRows: 10) == "1–10/\(total) \(10 * 100 / total)%")
        _ = r.handle(.end, visibleRows: 10)
        #expect(r.position(visibleRows: 10) == "\(total - 9)–\(total)/\(total) 100%")
    }
}

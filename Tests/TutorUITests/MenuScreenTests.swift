import Testing
@testable import TutorUI

@Suite struct MenuScreenTests {
    func menu(_ count: Int) -> MenuScreen {
        MenuScreen.numbered((1...count).map { MenuScreen.Item(title: "Item \($0)") })
    }

    @Test func arrowsAndVimKeysMoveWithinBounds() {
        var m = menu(3)
        _ = m.handle(.up, visibleRows: 10)
        #expect(m.selected == 0)
        _ = m.handle(.down, visibleRows: 10)
        _ = m.handle(.character("j"), visibleRows: 10)
        _ = m.handle(.character("j"), visibleRows: 10)
        #expect(m.selected == 2)
        _ = m.handle(.character("k"), visibleRows: 10)
        #expect(m.selected == 1)
    }

    @Test func numbersJumpAndEnterOpens() {
        var m = menu(12)
        _ = m.handle(.character("7"), visibleRows: 5)
        #expect(m.selected == 6)
        #expect(m.handle(.enter, visibleRows: 5) == .open(6))
        #expect(m.handle(.right, visibleRows: 5) == .open(6))
        _ = m.handle(.character("0"), visibleRows: 5)
        #expect(m.selected == 6)
    }

    @Test func pagesHomeAndEndKeepSelectionVisible() {
        var m = menu(30)
        _ = m.handle(.pageDown, visibleRows: 10)
        #expect(m.selected == 9)
        _ = m.handle(.end, visibleRows: 10)
        #expect(m.selected == 29)
        #expect(m.top == 20)
        _ = m.handle(.character("g"), visibleRows: 10)
        #expect(m.selected == 0)
        #expect(m.top == 0)
        _ = m.handle(.character("G"), visibleRows: 10)
        _ = m.handle(.pageUp, visibleRows: 10)
        #expect(m.selected == 20)
        #expect(m.top == 20)
    }

    @Test func backKeysAskToGoBack() {
        var m = menu(2)
        for key in [Key.escape, .left, .backspace] {
            #expect(m.handle(key, visibleRows: 5) == .back)
        }
    }

    @Test func selectedRowIsReverseVideoAndDoneItemsAreMarked() {
        var m = MenuScreen.numbered([.init(title: "First", done: true), .init(title: "Second", tag: "lesson")])
        _ = m.handle(.down, visibleRows: 5)
        var frame = Frame(size: Size(width: 40, height: 2))
        m.render(into: &frame, firstRow: 0, rows: 2)
        #expect(frame.lines[0] == "    1  First                    ✓ read")
        #expect(frame.lines[1] == " ›  2  Second                   lesson")
        #expect(frame[1, 5].style.reverse)
        #expect(!frame[0, 5].style.reverse)
    }
}

import Testing
import TutorCore
@testable import TutorUI

@Suite struct AppStateTests {
    func state(_ size: Size = Size(width: 60, height: 20)) -> AppState {
        var s = AppState(sections: Samples.sections)
        _ = s.update(.resize(size))
        return s
    }

    @Test func menuFrameAt60Columns() {
        let frame = state().frame(size: Size(width: 60, height: 20))
        #expect(frame.lines[0].hasPrefix(" mltutor · Guide"))
        #expect(frame.lines[0].hasSuffix("0/3 read"))
        #expect(frame.lines[1] == "  Career guide and concept lessons for ML engineers")
        #expect(frame.lines[3].hasPrefix(" ›  1  Who is an ML engineer?"))
        #expect(frame.lines[5].hasPrefix("    3  Chi-square: χ² tests"))
        #expect(frame.lines[5].hasSuffix("lesson"))
        #expect(frame.lines[19].hasPrefix(" ↑↓/jk move"))
        #expect(frame[0, 0].style.reverse)
    }

    @Test func readerFrameAt120Columns() {
        var s = state(Size(width: 120, height: 30))
        _ = s.update(.key(.character("2")))
        let effects = s.update(.key(.enter))
        #expect(effects == [.openedSection(id: "long")])
        let frame = s.frame(size: Size(width: 120, height: 30))
        #expect(frame.lines[0].hasPrefix(" mltutor · A long section"))
        #expect(frame.lines[0].hasSuffix("%"))
        #expect(frame.lines[1] == "  A long section")
        #expect(frame.lines[4].hasPrefix("  Paragraph 1 has enough words"))
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) <= 120 })
        #expect(frame.lines[29].hasPrefix(" ↑↓ scroll"))
    }

    @Test func shortSectionIsReadOnOpenAndMarkedInTheMenu() {
        var s = state()
        let effects = s.update(.key(.enter))
        #expect(effects == [.openedSection(id: "intro"), .finishedSection(id: "intro")])
        #expect(s.update(.key(.escape)) == [.closedSection(id: "intro", line: 0)])
        let frame = s.frame(size: Size(width: 60, height: 20))
        // Row 3 is now "Continue"; the section itself follows with its mark.
        #expect(frame.lines[3].contains("Continue: Who is an ML engineer?"))
        #expect(frame.lines[4].hasSuffix("✓ read"))
        #expect(frame.lines[0].hasSuffix("1/3 read"))
    }

    @Test func longSectionIsReadOnlyAtTheEnd() {
        var s = state()
        _ = s.update(.key(.down))
        _ = s.update(.key(.enter))
        #expect(!s.finished.contains("long"))
        #expect(s.update(.key(.pageDown)) == [.scrolled(sectionID: "long", line: 17)])
        let effects = s.update(.key(.end))
        #expect(effects.contains(.finishedSection(id: "long")))
        #expect(s.finished.contains("long"))
    }

    @Test func reopeningReturnsToTheSamePlace() {
        var s = state()
        _ = s.update(.key(.down))
        _ = s.update(.key(.enter))
        _ = s.update(.key(.pageDown))
        _ = s.update(.key(.escape))
        _ = s.update(.key(.enter))
        guard case let .reader(reader) = s.route else { Issue.record("not in the reader"); return }
        #expect(reader.top == 17)
    }

    @Test func nextAndPreviousWalkTheSections() {
        var s = state()
        _ = s.update(.key(.enter))
        #expect(s.update(.key(.character("n"))).contains(.openedSection(id: "long")))
        #expect(s.update(.key(.character("n"))).contains(.openedSection(id: "concept-chi")))
        #expect(s.update(.key(.character("n"))).isEmpty)  // the last section has no next
        #expect(s.update(.key(.character("p"))).contains(.openedSection(id: "long")))
        #expect(s.menu.selected == 2)  // "Continue" sits above the sections
    }

    @Test func helpOverlayListsTheKeysOfTheCurrentScreenAndAnyKeyCloses() {
        var s = state()
        _ = s.update(.key(.character("?")))
        let menuHelp = s.frame(size: Size(width: 60, height: 20)).lines.joined(separator: "\n")
        #expect(menuHelp.contains("Keys — menu"))
        #expect(menuHelp.contains("jump to that section"))
        _ = s.update(.key(.character("x")))
        #expect(s.help == nil)
        _ = s.update(.key(.enter))
        _ = s.update(.key(.character("?")))
        let readerHelp = s.frame(size: Size(width: 60, height: 20)).lines.joined(separator: "\n")
        #expect(readerHelp.contains("Keys — reader"))
        #expect(readerHelp.contains("next / previous section"))
        // The key that closes help does nothing else: still in the reader.
        _ = s.update(.key(.escape))
        guard case .reader = s.route else { Issue.record("help's closing key left the reader"); return }
    }

    @Test func quitKeys() {
        var s = state()
        #expect(s.update(.key(.character("q"))) == [.quit])
        _ = s.update(.key(.enter))
        // In the reader q goes back instead of quitting, but Ctrl-C and SIGTERM quit after closing.
        #expect(s.update(.key(.character("q"))) == [.closedSection(id: "intro", line: 0)])
        _ = s.update(.key(.enter))
        #expect(s.update(.key(.interrupt)) == [.closedSection(id: "intro", line: 0), .quit])
        #expect(s.update(.terminate) == [.closedSection(id: "intro", line: 0), .quit])
    }

    @Test func tooSmallShowsAMessageAndRecovers() {
        var s = state()
        _ = s.update(.key(.enter))
        _ = s.update(.resize(Size(width: 20, height: 6)))
        let small = s.frame(size: Size(width: 20, height: 6))
        #expect(small.lines.contains { $0.contains("terminal too small") })
        #expect(small.lines.contains { $0.contains("need 40×12") })
        #expect(small.lines.contains { $0.contains("now 20×6") })
        #expect(s.update(.key(.escape)).isEmpty)  // ignored until the window grows
        _ = s.update(.resize(Size(width: 50, height: 15)))
        let back = s.frame(size: Size(width: 50, height: 15))
        #expect(back.lines[0].hasPrefix(" mltutor · Who is an ML engineer?"))
        _ = s.update(.resize(Size(width: 20, height: 6)))
        #expect(s.update(.key(.character("q"))) == [.closedSection(id: "intro", line: 0), .quit])
    }

    @Test func renderingIsPure() {
        let s = state()
        #expect(s.frame(size: Size(width: 60, height: 20)) == s.frame(size: Size(width: 60, height: 20)))
    }

    @Test func continueItemFollowsTheLastSectionRead() {
        var s = state()
        _ = s.update(.key(.down))
        _ = s.update(.key(.enter))
        _ = s.update(.key(.pageDown))
        _ = s.update(.key(.escape))
        let lines = s.frame(size: Size(width: 60, height: 20)).lines
        #expect(lines[3].hasPrefix("    c  Continue: A long section (line 18)"))
        #expect(lines[3].hasSuffix("resume"))
        // The selection stays on the section just closed, now one row lower.
        #expect(lines[5].hasPrefix(" ›  2  A long section"))
        _ = s.update(.key(.character("c")))
        #expect(s.update(.key(.enter)) == [.openedSection(id: "long")])
        // Section numbers do not shift when "Continue" appears: 3 is still the third section.
        _ = s.update(.key(.escape))
        _ = s.update(.key(.character("3")))
        #expect(s.update(.key(.enter)) == [.openedSection(id: "concept-chi"), .finishedSection(id: "concept-chi")])
    }

    @Test func noticesTakeTheFooterUntilCleared() {
        var s = state()
        _ = s.update(.notice("Progress not saved (disk full); still in memory, retrying."))
        let warned = s.frame(size: Size(width: 60, height: 20))
        // Too long for one 60-column line: it wraps onto a second footer line instead of being cut.
        #expect(warned.lines[18] == " ⚠ Progress not saved (disk full); still in memory,")
        #expect(warned.lines[19] == "   retrying.")
        #expect(warned[18, 1].style.reverse && warned[18, 1].style.bold)
        #expect(s.menuRows == 15)
        _ = s.update(.notice(nil))
        #expect(s.frame(size: Size(width: 60, height: 20)).lines[19].hasPrefix(" ↑↓/jk move"))
    }
}

import Testing
import TutorCore
@testable import TutorUI

/// Plain line mode driven by scripted lines: menus, paging, quizzes, search, and the effects that save progress.
@Suite struct PlainSessionTests {
    @Test func theMenuNumbersSectionsAndNamesTheLetters() {
        let script = PlainScript()
        let lines = script.last.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("Menu. 0 of 3 sections read."))
        #expect(lines.contains("1) Who is an ML engineer?"))
        #expect(lines.contains("2) A long section"))
        #expect(lines.contains("3) Chi-square: χ² tests (lesson)"))
        #expect(lines.contains("z) Timed quizzes (1 quiz, 5 questions)"))
        #expect(lines.contains("s) Search all sections"))
        #expect(lines.contains("q) Quit"))
        #expect(script.last.hasSuffix("\n> "))
    }

    @Test func outputHasNoEscapeCodesOrDrawingCharacters() {
        var script = PlainScript()
        script.type("1")
        script.type("2")
        script.type("")
        script.type("q")
        script.type("z")
        script.type("1")
        script.type("p")
        script.type("1")
        script.endOfInput()
        #expect(!script.transcript.contains("\u{1B}"))
        let drawing: Set<Character> = ["─", "│", "┼", "›", "✓", "✗", "⏱", "█", "░"]
        #expect(script.transcript.allSatisfy { !drawing.contains($0) })
    }

    @Test func aSectionIsPrintedInPagesAndItsPlaceIsSaved() {
        var script = PlainScript()
        let first = script.type("2")
        let lines = PlainText.lines(of: Samples.sections[1])
        #expect(lines.count > 40)
        #expect(first == lines.prefix(20).map { $0 + "\n" }.joined() + PlainSession.morePrompt)
        let second = script.type("")
        #expect(second == lines[20..<40].map { $0 + "\n" }.joined() + PlainSession.morePrompt)
        let stopped = script.type("q")
        #expect(stopped.hasPrefix("Stopped. c in the menu continues from line 21 of \(lines.count).\n"))
        #expect(stopped.contains("c) Continue: A long section (line 21)"))
        #expect(script.effects == [.openedSection(id: "long"), .scrolled(sectionID: "long", line: 20), .closedSection(id: "long", line: 20)])
        #expect(script.recorder.progress.sections["long"]?.scrollLine == 20)
        #expect(script.recorder.progress.sections["long"]?.finished == false)
        // Continuing says where, and starts there.
        let again = script.type("c")
        #expect(again.hasPrefix("Continuing A long section at line 21 of \(lines.count); g goes back to the top.\n" + lines[20] + "\n"))
    }

    @Test func readingToTheEndMarksTheSectionRead() {
        var script = PlainScript()
        let lines = PlainText.lines(of: Samples.sections[1])
        script.type("2")
        var pages = 1
        while !script.last.contains("-- End of A long section --") && pages < 10 {
            script.type("")
            pages += 1
        }
        #expect(pages == (lines.count + 19) / 20)
        #expect(script.effects.contains(.finishedSection(id: "long")))
        #expect(script.last.contains("2) A long section (read)"))
        #expect(script.last.contains("Menu. 1 of 3 sections read."))
        #expect(script.recorder.progress.sections["long"]?.finished == true)
        // Reopened, a section read to the end starts from the top instead of repeating its last page.
        let reopened = script.type("2")
        #expect(reopened.hasPrefix("You have read A long section to the end; starting again from the top.\n" + lines[0] + "\n"))
    }

    @Test func aShortSectionIsPrintedWholeAndReturnsToTheMenu() {
        var script = PlainScript()
        let reply = script.type("1")
        #expect(reply.hasPrefix("Who is an ML engineer?\n\nA short page.\n\n  • one\n  • two\n\n-- End of Who is an ML engineer? --\n"))
        #expect(reply.hasSuffix("1) Who is an ML engineer? (read)\n2) A long section\n3) Chi-square: χ² tests (lesson)\nz) Timed quizzes (1 quiz, 5 questions)\ns) Search all sections\nq) Quit\n> "))
        #expect(script.effects == [.openedSection(id: "intro"), .finishedSection(id: "intro"), .closedSection(id: "intro", line: 0)])
    }

    @Test func pagingCommandsGoBackAndToTheTop() {
        var script = PlainScript()
        let lines = PlainText.lines(of: Samples.sections[1])
        script.type("2")
        script.type("")
        #expect(script.type("b").hasPrefix(lines[0] + "\n"))
        script.type("")
        #expect(script.type("g").hasPrefix(lines[0] + "\n"))
        let unknown = script.type("x")
        #expect(unknown == "Enter shows more, b the page before, g the top, q stops.\n" + PlainSession.morePrompt)
    }

    @Test func wrongMenuInputExplainsAndChangesNothing() {
        var script = PlainScript()
        #expect(script.type("9") == "There is no section 9: the sections are numbered 1 to 3.\n> ")
        #expect(script.type("xyz").hasPrefix("'xyz' is not on the menu"))
        #expect(script.type("c").hasPrefix("'c' is not on the menu"))
        #expect(script.effects.isEmpty)
        #expect(script.type("h").contains("Search ignores case and accents"))
    }

    @Test func quitAndEndOfInputEndTheSession() {
        var script = PlainScript()
        #expect(script.type("q") == "Goodbye.\n")
        #expect(script.session.isFinished)
        #expect(script.effects == [.quit])
        #expect(script.type("1") == "")

        var reading = PlainScript()
        reading.type("2")
        reading.endOfInput()
        #expect(reading.effects.suffix(2) == [.closedSection(id: "long", line: 0), .quit])
        #expect(reading.last == "")
        #expect(reading.session.isFinished)
    }
}

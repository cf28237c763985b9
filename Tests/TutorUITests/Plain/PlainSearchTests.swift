import Testing
import TutorCore
@testable import TutorUI

/// Searching from plain mode: listing hits, opening at one, and the readable text it searches.
@Suite struct PlainSearchTests {
    @Test func aSearchListsMatchingLinesAndOpensAtOne() {
        var script = PlainScript()
        let listed = script.type("/CHI-square")
        #expect(listed.contains("1 line in 1 section contain \"CHI-square\":\n1) Chi-square: χ² tests, line 1:\n   Chi-square: χ² tests\n"))
        let opened = script.type("1")
        #expect(opened.hasPrefix("Chi-square: χ² tests\n"))
        #expect(script.effects.first == .openedSection(id: "concept-chi"))
        // The section was short, so it ended; back at the list of hits.
        #expect(opened.hasSuffix("Type a number to read from that line, or press Enter to go back.\n> "))
        #expect(script.type("").contains("Menu."))
    }

    @Test func searchingIgnoresCaseAndAccentsAndSaysWhenNothingMatches() {
        var script = PlainScript()
        script.type("s")
        let hits = script.type("PARAGRAPH 2")
        // Paragraphs 2 and 20–29 in the long section.
        #expect(hits.contains("11 lines in 1 section contain \"PARAGRAPH 2\""))
        script.type("")
        let none = script.type("/résumé")
        #expect(none.hasPrefix("No line in any section contains \"résumé\".\n"))
        #expect(script.type("/χ²").contains("2 lines in 2 sections"))
    }

    @Test func aHitDeepInASectionOpensTwoLinesBeforeIt() {
        var script = PlainScript()
        script.type("/paragraph 30")
        let lines = PlainText.lines(of: Samples.sections[1])
        let line = lines.firstIndex { $0.contains("Paragraph 30") } ?? 0
        #expect(script.type("1").hasPrefix(lines[line - 2] + "\n"))
    }

    @Test func longLinesAreCutAroundTheMatch() {
        let text = String(repeating: "word ", count: 30) + "needle " + String(repeating: "more ", count: 30)
        let hit = SearchHit(sectionID: "x", sectionTitle: "X", line: 0, text: text, ranges: [150..<156])
        let context = PlainSession.context(of: hit, width: 50)
        #expect(context.hasPrefix("..."))
        #expect(context.hasSuffix("..."))
        #expect(context.contains("needle"))
        #expect(DisplayWidth.of(context) <= 50)
    }

    @Test func plainTextReplacesDrawingCharacters() {
        let section = Section(id: "t", title: "Tables", order: 1,
                              body: "## Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\n---\n\nafter")
        let lines = PlainText.lines(of: section)
        #expect(lines == ["Tables", "", "Heading", "", "a | b", "1 | 2", "", "> quoted", "", "after"])
    }

    @Test func typedAnswersForEachKind() {
        let choices = [(original: 2, text: "c"), (original: 0, text: "a"), (original: 1, text: "b")]
        #expect(PlainAnswer.parse(" 2 ", question: QuizSamples.single, choices: choices) == .answer(.choice(0), typed: nil))
        #expect(PlainAnswer.parse("0", question: QuizSamples.single, choices: choices) == .hint("type the number of one choice, from 1 to 3"))
        #expect(PlainAnswer.parse("1,3", question: QuizSamples.multiple, choices: choices) == .answer(.choices([2, 1]), typed: nil))
        #expect(PlainAnswer.parse("", question: QuizSamples.multiple, choices: choices) == .hint("type at least one choice number, such as 1 3"))
        #expect(PlainAnswer.parse("F", question: QuizSamples.trueFalse, choices: []) == .answer(.truth(false), typed: nil))
        #expect(PlainAnswer.parse("true\r", question: QuizSamples.trueFalse, choices: []) == .answer(.truth(true), typed: nil))
        #expect(PlainAnswer.parse("0,75", question: QuizSamples.numeric, choices: []) == .answer(.number(0.75), typed: "0,75"))
        #expect(PlainAnswer.parse("19 22; 43 50", question: QuizSamples.matrix, choices: [])
                == .answer(.matrix([[19, 22], [43, 50]]), typed: "19 22; 43 50"))
    }
}

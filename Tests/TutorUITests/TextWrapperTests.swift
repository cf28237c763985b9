import Testing
@testable import TutorUI

@Suite struct TextWrapperTests {
    @Test func wrapsAtWordBoundariesWithinWidth() {
        let lines = TextWrapper.wrap([Span("the quick brown fox jumps over the lazy dog")], width: 10).map(\.text)
        #expect(lines == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func longWordsAreBrokenAtTheLimit() {
        let lines = TextWrapper.wrap([Span("abcdefghijkl xy")], width: 5).map(\.text)
        #expect(lines == ["abcde", "fghij", "kl xy"])
    }

    @Test func prefixesHangTheIndent() {
        let lines = TextWrapper.wrap([Span("one two three four")], width: 10,
                                     firstPrefix: [Span("- ")], restPrefix: [Span("  ")]).map(\.text)
        #expect(lines == ["- one two", "  three", "  four"])
    }

    @Test func stylesSurviveWrappingAndGlueInsideWords() {
        let spans = [Span("a "), Span("bold", style: Style(bold: true)), Span("-ish and more words")]
        let lines = TextWrapper.wrap(spans, width: 12)
        #expect(lines.map(\.text) == ["a bold-ish", "and more", "words"])
        #expect(lines[0].spans.contains(Span("bold", style: Style(bold: true))))
    }

    @Test func wideCharactersCountTwoCells() {
        let lines = TextWrapper.wrap([Span("漢字 漢字 漢字")], width: 9).map(\.text)
        #expect(lines == ["漢字 漢字", "漢字"])
    }

    @Test func emptyInputGivesOneEmptyLine() {
        #expect(TextWrapper.wrap([], width: 10).map(\.text) == [""])
    }
}

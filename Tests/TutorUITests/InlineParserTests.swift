import Testing
@testable import TutorUI

@Suite struct InlineParserTests {
    @Test func boldItalicCodeAndLinks() {
        let spans = InlineParser.spans("a **b** *c* `d` [e](https://x.org)")
        #expect(spans == [
            Span("a "), Span("b", style: Style(bold: true)), Span(" "), Span("c", style: Style(italic: true)), Span(" "),
            Span("d", style: Style(color: .code)), Span(" "),
            Span("e", style: Style(underline: true, color: .link)), Span(" (https://x.org)", style: Style(dim: true)),
        ])
    }

    @Test func nestedEmphasis() {
        let spans = InlineParser.spans("**bold *both* done**")
        #expect(spans == [Span("bold ", style: Style(bold: true)), Span("both", style: Style(bold: true, italic: true)),
                          Span(" done", style: Style(bold: true))])
    }

    @Test func unmatchedMarkersStayLiteral() {
        #expect(InlineParser.spans("2 * 3 and `open").map(\.text).joined() == "2 * 3 and `open")
        #expect(InlineParser.spans("a \\*not italic\\*").map(\.text).joined() == "a *not italic*")
    }
}

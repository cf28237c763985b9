import Testing
@testable import TutorUI

@Suite struct MarkdownParserTests {
    @Test func headingsParagraphsAndRules() {
        let blocks = MarkdownParser.parse("## Title ##\n\nfirst line\nsecond line\n\n---\n\n### Small")
        #expect(blocks == [
            .heading(level: 2, text: "Title"),
            .paragraph("first line second line"),
            .rule,
            .heading(level: 3, text: "Small"),
        ])
    }

    @Test func nestedListsByIndentation() {
        let blocks = MarkdownParser.parse("- one\n- two\n  - inner a\n  - inner b\n- three\n\n1. first\n2. second")
        #expect(blocks == [
            .list(ordered: false, items: [
                .init(number: 0, blocks: [.paragraph("one")]),
                .init(number: 0, blocks: [.paragraph("two"), .list(ordered: false, items: [
                    .init(number: 0, blocks: [.paragraph("inner a")]),
                    .init(number: 0, blocks: [.paragraph("inner b")]),
                ])]),
                .init(number: 0, blocks: [.paragraph("three")]),
            ]),
            .list(ordered: true, items: [
                .init(number: 1, blocks: [.paragraph("first")]),
                .init(number: 2, blocks: [.paragraph("second")]),
            ]),
        ])
    }

    @Test func listItemContinuationLines() {
        let blocks = MarkdownParser.parse("- a long item\n  that continues\n- next")
        #expect(blocks == [.list(ordered: false, items: [
            .init(number: 0, blocks: [.paragraph("a long item that continues")]),
            .init(number: 0, blocks: [.paragraph("next")]),
        ])])
    }

    @Test func fencedCodeKeepsLinesVerbatim() {
        let blocks = MarkdownParser.parse("```python\nimport numpy as np\n  x = 1  # **not bold**\n```\nafter")
        #expect(blocks == [
            .code(language: "python", lines: ["import numpy as np", "  x = 1  # **not bold**"]),
            .paragraph("after"),
        ])
    }

    @Test func tablesWithAlignment() {
        let blocks = MarkdownParser.parse("| Test | df |\n|:---|---:|\n| Welch | 7.2 |\n| pooled | 8 |")
        #expect(blocks == [.table(header: ["Test", "df"], alignments: [.left, .right], rows: [["Welch", "7.2"], ["pooled", "8"]])])
    }

    @Test func blockQuotesContainBlocks() {
        let blocks = MarkdownParser.parse("> quoted **text**\n> more\n\nplain")
        #expect(blocks == [.quote([.paragraph("quoted **text** more")]), .paragraph("plain")])
    }

    @Test func starsThatAreNotListsOrRulesStayText() {
        #expect(MarkdownParser.parse("2 * 3 = 6") == [.paragraph("2 * 3 = 6")])
        #expect(MarkdownParser.parse("* * *") == [.rule])
    }
}

import Testing
@testable import TutorUI

@Suite struct MarkdownRendererTests {
    @Test func listsHangTheirIndentWhenWrapping() {
        let lines = MarkdownRenderer.render("- alpha beta gamma delta\n  - inner item", width: 16).map(\.text)
        #expect(lines == ["  • alpha beta", "    gamma delta", "      • inner", "        item"])
    }

    @Test func numberedListsAlignTheirText() {
        let md = (1...10).map { "\($0). item" }.joined(separator: "\n")
        let lines = MarkdownRenderer.render(md, width: 30).map(\.text)
        #expect(lines.first == "  1.  item")
        #expect(lines.last == "  10. item")
    }

    @Test func codeIsClippedWithAMarkerNotWrapped() {
        let lines = MarkdownRenderer.render("```\nshort\nthis line is far too long to fit\n```", width: 14)
        #expect(lines.map(\.text) == ["  short", "  this line i›"])
        #expect(lines[1].width <= 14)
    }

    @Test func headingsGetARuleUnderneath() {
        let lines = MarkdownRenderer.render("## Roles", width: 20).map(\.text)
        #expect(lines == ["Roles", "─────"])
    }

    @Test func tablesShrinkAndWrapCellsToFit() {
        let md = "| Column | Explanation |\n|---|---|\n| a | a rather long explanation that must wrap |"
        let lines = MarkdownRenderer.render(md, width: 30)
        #expect(lines.allSatisfy { $0.width <= 30 })
        #expect(lines[0].text.hasPrefix("Column │ Explanation"))
        #expect(lines.count > 3)
        let wide = MarkdownRenderer.render(md, width: 120).map(\.text)
        #expect(wide.count == 3)
    }

    @Test func quotesAndRules() {
        let lines = MarkdownRenderer.render("> wise words\n\n---", width: 10).map(\.text)
        #expect(lines == ["│ wise", "│ words", "", "──────────"])
    }
}

/// Lays out Markdown blocks as styled lines for a given width.
///
/// Paragraphs and list items wrap; code blocks never wrap but are clipped with a `›` marker;
/// tables shrink their widest columns and wrap inside cells when they do not fit.
public enum MarkdownRenderer {
    static let headingStyle = Style(bold: true, color: .heading)
    static let codeStyle = Style(color: .code)
    static let mutedStyle = Style(dim: true, color: .muted)

    public static func render(_ markdown: String, width: Int) -> [StyledLine] {
        render(MarkdownParser.parse(markdown), width: width)
    }

    public static func render(_ blocks: [MarkdownBlock], width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 { lines.append(.empty) }
            lines += render(block, width: max(4, width))
        }
        return lines
    }

    static func render(_ block: MarkdownBlock, width: Int) -> [StyledLine] {
        switch block {
        case let .heading(level, text):
            let style = level <= 2 ? headingStyle.merged(with: Style(underline: level == 1)) : Style(bold: true)
            var lines = TextWrapper.wrap(InlineParser.spans(text, base: style), width: width)
            if level <= 2 {
                // An underline of rule characters marks major headings even without colour or bold.
                let w = min(width, lines.map(\.width).max() ?? 0)
                lines.append(StyledLine(String(repeating: "─", count: w), style: mutedStyle))
            }
            return lines
        case let .paragraph(text):
            return TextWrapper.wrap(InlineParser.spans(text), width: width)
        case let .list(ordered, items):
            return renderList(ordered: ordered, items: items, width: width)
        case let .code(_, codeLines):
            return renderCode(codeLines, width: width)
        case let .table(header, alignments, rows):
            return TableLayout.render(header: header, alignments: alignments, rows: rows, width: width)
        case let .quote(blocks):
            let bar = Span("│ ", style: mutedStyle)
            return render(blocks, width: width - 2).map { line in
                StyledLine([bar] + line.spans.map { Span($0.text, style: $0.style.merged(with: Style(italic: true))) })
            }
        case .rule:
            return [StyledLine(String(repeating: "─", count: width), style: mutedStyle)]
        }
    }

    static func renderList(ordered: Bool, items: [MarkdownBlock.ListItem], width: Int) -> [StyledLine] {
        let markers = items.map { ordered ? "\($0.number)." : "•" }
        let markerWidth = (markers.map { DisplayWidth.of($0) }.max() ?? 1) + 1
        var lines: [StyledLine] = []
        for (item, marker) in zip(items, markers) {
            let pad = String(repeating: " ", count: markerWidth - DisplayWidth.of(marker))
            let first = [Span(String(repeating: " ", count: 2) + marker + pad, style: Style(color: .accent))]
            let rest = [Span(String(repeating: " ", count: 2 + markerWidth))]
            var firstLine = true
            for (index, block) in item.blocks.enumerated() {
                var blockLines: [StyledLine]
                if case let .paragraph(text) = block {
                    blockLines = TextWrapper.wrap(InlineParser.spans(text), width: width,
                                                  firstPrefix: firstLine ? first : rest, restPrefix: rest)
                } else {
                    if index > 0, case .list = block {} else if index > 0 { lines.append(.empty) }
                    blockLines = render(block, width: width - 2 - markerWidth).map { StyledLine(rest + $0.spans) }
                    if firstLine, !blockLines.isEmpty {
                        blockLines[0] = StyledLine(first + blockLines[0].spans.dropFirst())
                    }
                }
                lines += blockLines
                firstLine = false
            }
            if firstLine { lines.append(StyledLine(first)) }
        }
        return lines
    }

    static func renderCode(_ codeLines: [String], width: Int) -> [StyledLine] {
        let inner = width - 2
        return codeLines.map { raw in
            let text = raw.replacingTabs()
            if DisplayWidth.of(text) <= inner {
                return StyledLine([Span("  "), Span(text, style: codeStyle)])
            }
            // Code must not be re-flowed (indentation carries meaning): clip and mark the cut.
            var clipped = ""
            var used = 0
            for character in text {
                let w = DisplayWidth.of(character)
                if used + w > inner - 1 { break }
                clipped.append(character)
                used += w
            }
            return StyledLine([Span("  "), Span(clipped, style: codeStyle), Span("›", style: Style(bold: true, color: .warning))])
        }
    }
}

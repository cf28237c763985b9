/// Lays out a pipe table within a width, wrapping cell text when columns must shrink.
enum TableLayout {
    static func render(header: [String], alignments: [TableAlignment], rows: [[String]], width: Int) -> [StyledLine] {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return [] }
        func cell(_ row: [String], _ c: Int) -> [Span] { c < row.count ? InlineParser.spans(row[c]) : [] }
        let headerSpans = (0..<columns).map { c in cell(header, c).map { Span($0.text, style: $0.style.merged(with: Style(bold: true))) } }
        let bodySpans = rows.map { row in (0..<columns).map { cell(row, $0) } }
        let all = [headerSpans] + bodySpans
        var widths = (0..<columns).map { c in all.map { $0[c].reduce(0) { $0 + DisplayWidth.of($1.text) } }.max() ?? 0 }
        widths = widths.map { max(1, $0) }
        let separators = 3 * (columns - 1)
        let available = max(columns, width - separators)
        // Shrink the widest column one cell at a time until the table fits.
        while widths.reduce(0, +) > available, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 3 {
            widths[widest] -= 1
        }
        var lines: [StyledLine] = []
        func emit(_ row: [[Span]], bold: Bool) {
            let wrapped = (0..<columns).map { TextWrapper.wrap(row[$0], width: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            for r in 0..<height {
                var spans: [Span] = []
                for c in 0..<columns {
                    if c > 0 { spans.append(Span(" │ ", style: MarkdownRenderer.mutedStyle)) }
                    let line = r < wrapped[c].count ? wrapped[c][r] : .empty
                    let pad = max(0, widths[c] - line.width)
                    let alignment = c < alignments.count ? alignments[c] : .left
                    let (before, after): (Int, Int)
                    switch alignment {
                    case .left: (before, after) = (0, pad)
                    case .right: (before, after) = (pad, 0)
                    case .center: (before, after) = (pad / 2, pad - pad / 2)
                    }
                    if before > 0 { spans.append(Span(String(repeating: " ", count: before))) }
                    spans += line.spans
                    if after > 0 && c < columns - 1 { spans.append(Span(String(repeating: " ", count: after))) }
                }
                lines.append(StyledLine(spans))
            }
        }
        emit(headerSpans, bold: true)
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
        lines.append(StyledLine(rule, style: MarkdownRenderer.mutedStyle))
        for row in bodySpans { emit(row, bold: false) }
        return lines
    }
}

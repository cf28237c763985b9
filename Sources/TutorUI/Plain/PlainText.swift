import TutorCore

/// Markdown and short texts laid out for line-oriented output: no styles, no drawing characters.
///
/// The layout is the reader's (`MarkdownRenderer`), so wrapping, lists and tables match the
/// full-screen tutor; only what a screen reader would read out badly is replaced: rules under
/// headings, between table rows and across the page are left out (with the blank lines around
/// them collapsed to one), table columns are separated by `|`, quotes start with `>`, and a
/// clipped code line ends with `...`.
public enum PlainText {
    /// The width plain mode lays text out at: a conservative terminal width that also reads well
    /// in a braille display's panning or a log file.
    public static let width = 80

    /// The lines of a section as plain mode prints and searches them: its title, a blank line, the body.
    public static func lines(of section: Section, width: Int = width) -> [String] {
        var laid = MarkdownRenderer.render([.heading(level: 1, text: section.title)], width: width)
        laid.append(.empty)
        laid += MarkdownRenderer.render(MarkdownParser.parse(section.body), width: width)
        return readable(laid)
    }

    /// Markdown (a question's prompt, an explanation) as plain lines.
    public static func lines(markdown: String, width: Int = width) -> [String] {
        readable(MarkdownRenderer.render(markdown, width: width))
    }

    /// A question's prompt or explanation: a generated question's lines (its data, each step of its
    /// worked solution) are kept as they are, as the full-screen tutor keeps them.
    static func lines(of text: String, in question: Question, width: Int = width) -> [String] {
        readable(GeneratedFeedback.text(text, generated: question.generator != nil, width: width))
    }

    /// One line of inline Markdown (a choice) wrapped after a label such as "2) ", with a hanging indent.
    public static func labelled(_ label: String, _ text: String, width: Int = width) -> [String] {
        let indent = String(repeating: " ", count: DisplayWidth.of(label))
        return TextWrapper.wrap(InlineParser.spans(text), width: width, firstPrefix: [Span(label)], restPrefix: [Span(indent)])
            .compactMap(plain)
    }

    /// Laid-out lines as plain text: drawing-only lines left out, runs of blank lines made one.
    static func readable(_ laid: [StyledLine]) -> [String] {
        var lines: [String] = []
        for text in laid.compactMap(plain) where !(text.isEmpty && (lines.last?.isEmpty ?? true)) {
            lines.append(text)
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The text of a laid-out line with drawing characters replaced by readable ones; nil for a
    /// line that is only a rule.
    public static func plain(_ line: StyledLine) -> String? {
        var spans = line.spans
        // A clipped code line ends with a lone "›" span: say it with dots instead.
        if let last = spans.last, last.text == "›" { spans[spans.count - 1].text = "..." }
        var text = spans.map(\.text).joined()
        if !text.isEmpty, text.allSatisfy({ $0 == "─" || $0 == "┼" || $0 == " " }) { return nil }
        // Quote bars come first on the line, one per nesting level.
        var quoteDepth = 0
        while text.hasPrefix("│ ") {
            text.removeFirst(2)
            quoteDepth += 1
        }
        text = text.replacing(" │ ", with: " | ")
        if quoteDepth > 0 { text = String(repeating: "> ", count: quoteDepth) + text }
        while text.last == " " { text.removeLast() }
        return text
    }
}

extension StringProtocol {
    /// The text without surrounding spaces, tabs and a carriage return (a line typed on Windows or
    /// sent by a script with CRLF endings).
    var withoutSurroundingSpace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}

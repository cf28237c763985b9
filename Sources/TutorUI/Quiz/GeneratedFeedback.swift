import TutorCore

/// The extra feedback of a generated question, and how its text is laid out.
enum GeneratedFeedback {
    /// A hint when the answer matches a typical mistake (the worked solution is in the explanation).
    static func lines(for generated: GeneratedQuestion?, record: AnswerRecord?, width: Int) -> [StyledLine] {
        guard let generated, let record, !record.correct, let hint = hint(generated, record.answer) else { return [] }
        return TextWrapper.wrap([Span("Hint: ", style: Style(bold: true, color: .warning)), Span(hint)],
                                width: width, restPrefix: [Span("  ")])
    }

    /// A prompt or explanation: generated ones put data and each step of the worked solution on lines of
    /// their own, which Markdown would join into one paragraph, so each of their lines is kept.
    static func text(_ text: String, generated: Bool, width: Int) -> [StyledLine] {
        guard generated else { return MarkdownRenderer.render(text, width: width) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [StyledLine] in
            line.isEmpty ? [.empty] : TextWrapper.wrap(InlineParser.spans(String(line)), width: width, restPrefix: [Span("  ")])
        }
    }

    static func hint(_ generated: GeneratedQuestion, _ answer: RecordedAnswer) -> String? {
        switch answer {
        case let .typed(_, number?): return generated.hint(for: number)
        case let .matrix(rows): return generated.hint(for: rows)
        default: return nil
        }
    }
}

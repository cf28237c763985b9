import TutorCore

/// The extra feedback of a generated question: a hint for a recognised mistake, then the worked solution.
enum GeneratedFeedback {
    static func lines(for generated: GeneratedQuestion?, record: AnswerRecord?, width: Int) -> [StyledLine] {
        guard let generated else { return [] }
        var lines: [StyledLine] = []
        if let record, !record.correct, let hint = hint(generated, record.answer) {
            lines += TextWrapper.wrap([Span("Hint: ", style: Style(bold: true, color: .warning)), Span(hint)],
                                      width: width, restPrefix: [Span("  ")])
            lines.append(.empty)
        }
        lines.append(StyledLine("Worked solution", style: Style(bold: true, underline: true)))
        for text in generated.worked.lines {
            lines += TextWrapper.wrap([Span(text)], width: width, firstPrefix: [Span("  ")], restPrefix: [Span("    ")])
        }
        return lines
    }

    static func hint(_ generated: GeneratedQuestion, _ answer: RecordedAnswer) -> String? {
        switch answer {
        case let .typed(_, number?): return generated.hint(for: number)
        case let .matrix(rows): return generated.hint(for: rows)
        default: return nil
        }
    }
}

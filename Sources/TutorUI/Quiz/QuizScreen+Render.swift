import TutorCore

extension QuizScreen {
    /// Draws the question (or the practice feedback) into the body rows.
    public func render(into frame: inout Frame, firstRow: Int, rows: Int, sectionTitles: [String: String]) {
        let width = frame.width - 4
        var lines: [StyledLine] = []
        var focusLine = 0
        guard let question = session.currentQuestion else { return }
        let choices = session.displayedChoices(of: question)
        let typeName: String
        switch question.kind {
        case .single: typeName = "one answer: 1–9 or ↑↓ Enter"
        case .multiple: typeName = "several answers: Space toggles, Enter submits"
        case .trueFalse: typeName = "true or false: t / f"
        case let .numeric(_, _, percent): typeName = percent ? "a percentage: type it, Enter" : "a number: type it, Enter"
        case .matrix: typeName = "a matrix: Tab or arrows between cells, Enter submits"
        }
        let mode: String
        switch review {
        case .scheduled?: mode = "spaced review"
        case .practice?: mode = "practice, outside the schedule"
        case nil: mode = session.settings.mode == .practice ? "practice" : "exam"
        }
        lines.append(StyledLine([Span("Question \(session.position + 1) of \(session.order.count)", style: Style(bold: true)),
                                 Span(" · \(typeName) · \(mode)", style: Style(dim: true, color: .muted))]))
        if let limit = question.timeLimit, case .answering = session.phase {
            let left = max(0, limit - Int(session.questionElapsed.components.seconds))
            lines.append(StyledLine("This question has its own limit: \(AnswerText.clock(left)) left", style: Style(dim: true)))
        }
        lines.append(.empty)
        lines += GeneratedFeedback.text(question.prompt, generated: question.generator != nil, width: width)
        lines.append(.empty)

        switch session.phase {
        case .answering:
            lines += inputLines(question: question, choices: choices, width: width, focusLine: &focusLine, base: lines.count)
            if let questionHint {
                lines.append(.empty)
                lines += TextWrapper.wrap([Span("Hint: ", style: Style(bold: true, color: .accent))] + InlineParser.spans(questionHint),
                                          width: width, restPrefix: [Span("  ")])
            }
            if let hint {
                lines.append(.empty)
                lines += TextWrapper.wrap([Span(hint, style: Style(bold: true, color: .warning))], width: width,
                                          firstPrefix: [Span("! ", style: Style(bold: true, color: .warning))],
                                          restPrefix: [Span("  ")])
            }
        case let .feedback(correct):
            let record = session.answers[question.id]
            let verdict: StyledLine
            if record?.answer == .unanswered {
                verdict = StyledLine("✗ Time ran out for this question", style: Style(bold: true, color: .warning))
            } else if correct {
                verdict = StyledLine("✓ Correct", style: Style(bold: true, color: .success))
            } else {
                verdict = StyledLine("✗ Not quite", style: Style(bold: true, color: .danger))
            }
            lines.append(verdict)
            focusLine = lines.count - 1
            lines += TextWrapper.wrap([Span("Your answer: ", style: Style(bold: true)), Span(AnswerText.given(record, question: question, choices: choices))],
                                      width: width, restPrefix: [Span("  ")])
            lines += TextWrapper.wrap([Span("Right answer: ", style: Style(bold: true)), Span(AnswerText.correct(question, choices: choices))],
                                      width: width, restPrefix: [Span("  ")])
            if let feedbackNote {
                lines += TextWrapper.wrap([Span(feedbackNote, style: Style(bold: true, color: .accent))], width: width)
            }
            let hint = GeneratedFeedback.lines(for: generated[question.id], record: record, width: width)
            if !hint.isEmpty { lines += hint }
            lines.append(.empty)
            lines += GeneratedFeedback.text(question.explanation, generated: question.generator != nil, width: width)
            lines.append(.empty)
            if let id = question.sectionID {
                lines.append(StyledLine([Span("Taught in: "), Span(sectionTitles[id] ?? id, style: Style(bold: true)),
                                         Span("  (g opens it)", style: Style(dim: true))]))
            }
            lines.append(StyledLine("Enter: next question", style: Style(dim: true, color: .muted)))
        case .finished:
            break
        }
        // Keep the part that needs attention on screen when a long prompt does not fit.
        let top = max(0, min(focusLine - rows / 2, lines.count - rows))
        for (offset, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            line.draw(into: &frame, row: firstRow + offset, column: 2, maxWidth: width)
        }
        if let fieldRow = fieldRow(top: top, focusLine: focusLine), fieldRow >= 0, fieldRow < rows {
            renderField(into: &frame, row: firstRow + fieldRow, question: question)
        }
        if confirmingLeave {
            ConfirmBox(title: "Leave the quiz?",
                       lines: ["Your answers and the time left are saved:", "resume from the menu later.", "",
                               "y  leave        any other key  stay"]).render(into: &frame)
        }
    }

    /// Choice lines, or a placeholder line where a text field is drawn afterwards.
    func inputLines(question: Question, choices: [(original: Int, text: String)], width: Int, focusLine: inout Int, base: Int) -> [StyledLine] {
        guard let input else { return [] }
        var lines: [StyledLine] = []
        func choiceLines(_ labels: [String], cursor: Int, selected: Set<Int>?) {
            for (index, label) in labels.enumerated() {
                let isCursor = index == cursor
                let box = selected.map { $0.contains(index) ? "[x] " : "[ ] " } ?? ""
                let marker = (isCursor ? "› " : "  ") + "\(index + 1)) " + box
                let style = isCursor ? Style(bold: true, reverse: true) : Style.plain
                if isCursor { focusLine = base + lines.count }
                lines += TextWrapper.wrap(InlineParser.spans(label, base: style), width: width,
                                          firstPrefix: [Span(marker, style: style)],
                                          restPrefix: [Span(String(repeating: " ", count: DisplayWidth.of(marker)))])
            }
        }
        switch input.state {
        case let .single(cursor):
            choiceLines(choices.map(\.text), cursor: cursor, selected: nil)
        case let .multiple(cursor, selected):
            choiceLines(choices.map(\.text), cursor: cursor, selected: selected)
        case let .trueFalse(cursor):
            choiceLines(["True (t)", "False (f)"], cursor: cursor, selected: nil)
        case .numeric:
            focusLine = base
            lines.append(StyledLine("Answer: ", style: Style(bold: true)))
        case let .matrix(cells, _, _):
            focusLine = base
            lines.append(StyledLine("Answer (\(cells.count)×\(cells.first?.count ?? 0)):", style: Style(bold: true)))
            for _ in cells { lines.append(.empty) }
        }
        return lines
    }

    /// The body row of the text field (numeric and matrix questions), relative to the first body row.
    func fieldRow(top: Int, focusLine: Int) -> Int? {
        guard case .answering = session.phase, let input else { return nil }
        switch input.state {
        case .numeric, .matrix: return focusLine - top
        default: return nil
        }
    }

    func renderField(into frame: inout Frame, row: Int, question: Question) {
        guard let input else { return }
        switch input.state {
        case let .numeric(editor):
            editor.render(into: &frame, row: row, column: 10, width: min(30, frame.width - 12), focused: true)
        case let .matrix(cells, focusRow, focusColumn):
            let cellWidth = 10
            for (r, cellRow) in cells.enumerated() {
                let y = row + 1 + r
                guard y < frame.height - 1 else { break }
                frame.put("│", row: y, column: 3, style: Style(dim: true))
                for (c, cell) in cellRow.enumerated() {
                    let x = 5 + c * (cellWidth + 2)
                    guard x + cellWidth < frame.width else { break }
                    cell.render(into: &frame, row: y, column: x, width: cellWidth, focused: r == focusRow && c == focusColumn)
                }
                let end = min(frame.width - 1, 5 + cellRow.count * (cellWidth + 2) - 1)
                frame.put("│", row: y, column: end, style: Style(dim: true))
            }
        default:
            break
        }
    }
}

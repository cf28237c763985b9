import TutorCore

/// The end of an attempt: score, time used, and a review of every question with its explanation.
public struct QuizResultsScreen: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case back
        case openSection(String)
    }

    public let session: QuizSession
    /// Worked solutions and hints of generated questions, by question id.
    public let generated: [String: GeneratedQuestion]
    public private(set) var list: MenuScreen
    /// The question opened for review (a position in the attempt's order), if any.
    public private(set) var reviewing: Int?
    private var reviewTop = 0

    public init(session: QuizSession, generated: [String: GeneratedQuestion] = [:]) {
        self.session = session
        self.generated = generated
        list = MenuScreen(items: session.order.enumerated().map { position, index in
            let question = session.quiz.questions[index]
            let record = session.answers[question.id]
            let mark = record == nil || record?.answer == .unanswered ? "–" : (record?.correct == true ? "✓" : "✗")
            let firstLine = question.prompt.split(separator: "\n").first.map(String.init) ?? ""
            return MenuScreen.Item(title: "\(mark) \(position + 1). \(firstLine)",
                                   tag: record?.correct == true ? "right" : (record == nil || record?.answer == .unanswered ? "unanswered" : "wrong"))
        })
    }

    public mutating func handle(_ key: Key, visibleRows: Int) -> Action? {
        if let position = reviewing {
            switch key {
            case .escape, .left, .backspace, .character("q"): reviewing = nil
            case .character("g"):
                let question = session.quiz.questions[session.order[position]]
                return question.sectionID.map(Action.openSection)
            case .down, .character("j"): reviewTop += 1
            case .up, .character("k"): reviewTop = max(0, reviewTop - 1)
            case .character("n") where position + 1 < session.order.count: reviewing = position + 1; reviewTop = 0
            case .character("p") where position > 0: reviewing = position - 1; reviewTop = 0
            default: break
            }
            return nil
        }
        switch list.handle(key, visibleRows: visibleRows) {
        case let .open(index):
            reviewing = index
            reviewTop = 0
            return nil
        case .back:
            return .back
        case nil:
            return key == .character("q") ? .back : nil
        }
    }

    /// "7/10 (70%)".
    public var scoreText: String {
        let score = session.score
        let percent = score.total == 0 ? 0 : Int((Double(score.correct) / Double(score.total) * 100).rounded())
        return "\(score.correct)/\(score.total) (\(percent)%)"
    }

    public func render(into frame: inout Frame, firstRow: Int, rows: Int, sectionTitles: [String: String]) {
        let width = frame.width - 4
        let used = AnswerText.clock(Int(session.timeUsed.components.seconds))
        let ending: String
        switch session.phase {
        case .finished(.timeUp): ending = "time ran out: unanswered questions count as wrong"
        default: ending = "all questions answered"
        }
        frame.put("Score \(scoreText)", row: firstRow, column: 2, style: Style(bold: true), maxWidth: width)
        frame.put("Time used \(used) · \(ending)", row: firstRow + 1, column: 2, style: Style(dim: true), maxWidth: width)
        guard let position = reviewing else {
            frame.put("Review: Enter opens a question", row: firstRow + 3, column: 2, style: Style(bold: true), maxWidth: width)
            list.render(into: &frame, firstRow: firstRow + 4, rows: rows - 4)
            return
        }
        let question = session.quiz.questions[session.order[position]]
        let choices = session.displayedChoices(of: question)
        let record = session.answers[question.id]
        var lines: [StyledLine] = [StyledLine("Question \(position + 1) of \(session.order.count)", style: Style(bold: true)), .empty]
        lines += GeneratedFeedback.text(question.prompt, generated: question.generator != nil, width: width)
        lines.append(.empty)
        if case .multiple = question.kind {} else if !choices.isEmpty {
            for (i, choice) in choices.enumerated() {
                lines += TextWrapper.wrap(InlineParser.spans(choice.text), width: width, firstPrefix: [Span("  \(i + 1)) ")], restPrefix: [Span("     ")])
            }
            lines.append(.empty)
        }
        let verdict = record == nil || record?.answer == .unanswered ? "– Unanswered" : (record?.correct == true ? "✓ Right" : "✗ Wrong")
        lines.append(StyledLine(verdict, style: Style(bold: true, color: record?.correct == true ? .success : .danger)))
        lines += TextWrapper.wrap([Span("Your answer: ", style: Style(bold: true)), Span(AnswerText.given(record, question: question, choices: choices))],
                                  width: width, restPrefix: [Span("  ")])
        lines += TextWrapper.wrap([Span("Right answer: ", style: Style(bold: true)), Span(AnswerText.correct(question, choices: choices))],
                                  width: width, restPrefix: [Span("  ")])
        lines += GeneratedFeedback.lines(for: generated[question.id], record: record, width: width)
        lines.append(.empty)
        lines += GeneratedFeedback.text(question.explanation, generated: question.generator != nil, width: width)
        if let id = question.sectionID {
            lines.append(.empty)
            lines.append(StyledLine([Span("Taught in: "), Span(sectionTitles[id] ?? id, style: Style(bold: true)), Span("  (g opens it)", style: Style(dim: true))]))
        }
        let available = rows - 3
        let top = min(reviewTop, max(0, lines.count - available))
        for (offset, line) in lines.dropFirst(top).prefix(available).enumerated() {
            line.draw(into: &frame, row: firstRow + 3 + offset, column: 2, maxWidth: width)
        }
    }
}

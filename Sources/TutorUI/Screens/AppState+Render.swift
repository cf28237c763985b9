import TutorCore

/// Drawing the whole screen: header bar, the screen in front, footer, overlays.
extension AppState {
    /// A fresh frame of `size` with the current state drawn into it.
    public func frame(size: Size) -> Frame {
        var frame = Frame(size: size)
        render(into: &frame)
        return frame
    }

    public func render(into frame: inout Frame) {
        guard frame.width >= Self.minimumSize.width, frame.height >= Self.minimumSize.height else {
            renderTooSmall(into: &frame)
            return
        }
        let rows = frame.height - 1 - footerHeight(frame.width)
        let titles = Dictionary(sections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        switch route {
        case .menu:
            let read = finished.intersection(sections.map(\.id)).count
            renderBars(into: &frame, title: "Guide", right: "\(read)/\(sections.count) read", footer: KeyHelp.menuFooter)
            frame.put("Career guide and concept lessons for ML engineers", row: 1, column: 2,
                      style: Style(bold: true), maxWidth: frame.width - 4)
            if sections.isEmpty {
                frame.put("No sections found in the content folder.", row: 3, column: 2, maxWidth: frame.width - 4)
            }
            menu.render(into: &frame, firstRow: 3, rows: rows - 2)
        case let .reader(reader):
            var laidOut = reader
            laidOut.layout(width: frame.width)  // no-op when the state was laid out for this width
            let position = laidOut.position(visibleRows: rows)
            renderBars(into: &frame, title: reader.section.title,
                       right: laidOut.hitPosition.map { $0 + " · " + position } ?? position,
                       footer: laidOut.searchQuery == nil ? KeyHelp.readerFooter : KeyHelp.readerSearchFooter)
            laidOut.render(into: &frame, firstRow: 1, rows: rows)
        case let .quizList(list):
            renderBars(into: &frame, title: "Quizzes", right: "\(quizzes.count) quizzes", footer: KeyHelp.quizListFooter)
            list.render(into: &frame, firstRow: 1, rows: rows)
        case let .quiz(screen):
            renderBars(into: &frame, title: screen.session.quiz.title, right: "", footer: quizFooter(screen))
            renderCountdown(screen.session, into: &frame)
            screen.render(into: &frame, firstRow: 1, rows: rows, sectionTitles: titles)
        case let .dashboard(screen):
            renderBars(into: &frame, title: "Progress", right: screen.position(visibleRows: rows), footer: KeyHelp.dashboardFooter)
            screen.render(into: &frame, firstRow: 1, rows: rows)
        case let .skills(screen):
            renderBars(into: &frame, title: "Skills checklist", right: "", footer: KeyHelp.skillsFooter)
            screen.render(into: &frame, firstRow: 1, rows: rows)
        case let .search(screen):
            renderBars(into: &frame, title: "Search", right: "", footer: KeyHelp.searchFooter)
            screen.render(into: &frame, firstRow: 1, rows: rows)
        case let .lab(screen):
            renderBars(into: &frame, title: "Stats lab · " + screen.test.title, right: "", footer: KeyHelp.labFooter)
            screen.render(into: &frame, firstRow: 1, rows: rows)
        case let .results(results):
            renderBars(into: &frame, title: "Results · " + results.session.quiz.title, right: results.scoreText,
                       footer: results.reviewing == nil ? KeyHelp.resultsFooter : KeyHelp.reviewFooter)
            results.render(into: &frame, firstRow: 1, rows: rows, sectionTitles: titles)
        }
        help?.render(into: &frame)
    }

    /// The countdown at the top right, as m:ss. In the last ten seconds it flips to bold on the
    /// terminal's normal background with a "!" — a change of attribute and text, not of colour alone.
    func renderCountdown(_ session: QuizSession, into frame: inout Frame) {
        guard let seconds = session.secondsLeft else {
            frame.put("untimed ", row: 0, column: frame.width - 8, style: Style(reverse: true))
            return
        }
        let urgent = seconds <= 10 && !session.isFinished
        // Words rather than a clock emoji: emoji widths differ between terminals and fonts.
        let text = " " + AnswerText.clock(seconds) + " left" + (urgent ? " ! " : " ")
        let style = urgent ? Style(bold: true, underline: true, color: .danger) : Style(bold: true, reverse: true)
        frame.put(text, row: 0, column: frame.width - DisplayWidth.of(text), style: style)
    }

    func quizFooter(_ screen: QuizScreen) -> String {
        switch screen.session.phase {
        case .feedback: return "Enter next question  g open the section  Esc leave (saved)  ? help"
        case .answering where screen.session.currentQuestion?.hint != nil && screen.questionHint == nil:
            return "Ctrl-T hint  Esc leave (saved, resumable)  ? help  · the clock keeps running"
        default: return "Esc leave (saved, resumable)  ? help  · the clock keeps running"
        }
    }

    func helpOverlay() -> HelpOverlay {
        switch route {
        case .menu: return HelpOverlay(title: "Keys — menu", bindings: KeyHelp.menu)
        case .reader: return HelpOverlay(title: "Keys — reader", bindings: KeyHelp.reader)
        case .quizList: return HelpOverlay(title: "Keys — quizzes", bindings: KeyHelp.quizList)
        case .quiz: return HelpOverlay(title: "Keys — quiz (the clock keeps running)", bindings: KeyHelp.quiz)
        case .results: return HelpOverlay(title: "Keys — results", bindings: KeyHelp.results)
        case .dashboard: return HelpOverlay(title: "Keys — progress dashboard", bindings: KeyHelp.dashboard)
        case .skills: return HelpOverlay(title: "Keys — skills checklist", bindings: KeyHelp.skills)
        case .search: return HelpOverlay(title: "Keys — search", bindings: KeyHelp.search)
        case .lab: return HelpOverlay(title: "Keys — stats lab", bindings: KeyHelp.lab)
        }
    }

    /// The footer: the key hints, or a notice wrapped over up to three lines so a path in it stays whole.
    func footerLines(width: Int) -> [StyledLine] {
        guard let notice else { return [] }
        let style = Style(bold: true, reverse: true, color: .warning)
        let lines = TextWrapper.wrap([Span(notice, style: style)], width: max(10, width - 1),
                                     firstPrefix: [Span(" ⚠ ", style: style)], restPrefix: [Span("   ", style: style)])
        return Array(lines.prefix(3))
    }

    /// Rows the footer takes at a width: one for key hints, up to three for a notice.
    func footerHeight(_ width: Int) -> Int { max(1, footerLines(width: width).count) }

    func renderBars(into frame: inout Frame, title: String, right: String, footer: String) {
        let bar = Style(reverse: true)
        frame.fill(row: 0, style: bar)
        var x = frame.put(" mltutor", row: 0, column: 0, style: bar.merged(with: Style(bold: true)))
        let rightWidth = DisplayWidth.of(right) + 1
        x += frame.put(" · ", row: 0, column: x, style: bar)
        frame.put(title, row: 0, column: x, style: bar, maxWidth: max(0, frame.width - x - max(rightWidth, 12) - 1))
        if !right.isEmpty { frame.put(right, row: 0, column: frame.width - rightWidth, style: bar) }
        let noticeLines = footerLines(width: frame.width)
        if !noticeLines.isEmpty {
            // A warning takes the footer: the keys are still one `?` away, the warning is not.
            let first = frame.height - noticeLines.count
            for (offset, line) in noticeLines.enumerated() {
                frame.fill(row: first + offset, style: Style(bold: true, reverse: true, color: .warning))
                line.draw(into: &frame, row: first + offset, column: 0, maxWidth: frame.width)
            }
        } else {
            frame.put(" " + footer, row: frame.height - 1, column: 0, style: Style(dim: true, color: .muted))
        }
    }

    func renderTooSmall(into frame: inout Frame) {
        let need = Self.minimumSize
        // Short lines, because the terminal is by definition narrow here.
        let messages = ["terminal too small", "need \(need.width)×\(need.height)", "now \(frame.width)×\(frame.height)", "enlarge it or press q"]
        let firstRow = max(0, (frame.height - messages.count) / 2)
        for (i, message) in messages.enumerated() {
            let column = max(0, (frame.width - DisplayWidth.of(message)) / 2)
            frame.put(message, row: firstRow + i, column: column, style: i == 0 ? Style(bold: true) : .plain)
        }
    }
}

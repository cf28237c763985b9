import TutorCore

/// Turns a `DashboardModel` into the dashboard's lines at one width; each block is one method.
struct DashboardLayout {
    let model: DashboardModel
    /// Usable width in cells, margins already removed.
    let width: Int

    static let heading = Style(bold: true, underline: true, color: .heading)
    static let muted = Style(dim: true, color: .muted)
    static let filled = Style(color: .success)
    static let empty = Style(dim: true)

    func lines() -> [StyledLine] {
        var lines: [StyledLine] = []
        lines += reading()
        lines.append(.empty)
        lines += study()
        lines.append(.empty)
        lines += skills()
        lines.append(.empty)
        lines += mastery()
        lines.append(.empty)
        lines += review()
        lines.append(.empty)
        lines += quizzes()
        return lines
    }

    /// The first of `choices` that fits the width, else the last: a narrow terminal gets the
    /// shorter wording rather than a clipped sentence.
    func fitting(_ choices: [String], after used: Int = 0) -> String {
        choices.first { used + DisplayWidth.of($0) <= width } ?? choices.last ?? ""
    }

    /// Width of the label column in the reading and mastery blocks: room for the bar comes first.
    var labelWidth: Int { min(22, max(8, width / 3)) }

    /// A labelled bar with its count and percentage, e.g. `label  ████░░░░  9/18  50%`.
    func barLine(label: String, part: Int, total: Int, suffix: String) -> StyledLine {
        let numbers = " \(suffix)"
        let barWidth = max(4, min(30, width - 2 - labelWidth - 1 - max(DisplayWidth.of(numbers), 14)))
        let bar = Meter.bar(total > 0 ? Double(part) / Double(total) : 0, width: barWidth)
        let filledCount = bar.filter { $0 == "█" }.count
        return StyledLine([
            Span("  " + Meter.fit(label, width: labelWidth) + " "),
            Span(String(repeating: "█", count: filledCount), style: Self.filled),
            Span(String(repeating: "░", count: barWidth - filledCount), style: Self.empty),
            Span(numbers),
        ])
    }

    func reading() -> [StyledLine] {
        let read = model.sectionsRead, total = model.sectionsTotal
        return [
            StyledLine("Reading", style: Self.heading),
            barLine(label: "Sections read", part: read, total: total,
                    suffix: "\(read)/\(total)  \(Meter.percent(read, of: total))%"),
        ]
    }

    func study() -> [StyledLine] {
        let streak = model.streak
        func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }
        func row(_ label: String, _ value: String, style: Style = .plain) -> StyledLine {
            StyledLine([Span("  " + Meter.fit(label, width: labelWidth) + " "), Span(value, style: style)])
        }
        return [
            StyledLine("Study", style: Self.heading),
            row("Time studied", Meter.hoursMinutes(model.totalStudySeconds)),
            row("Streak", fitting(["\(days(streak.current)) in a row · longest \(days(streak.longest))",
                                   "\(days(streak.current)) · longest \(streak.longest)"], after: 3 + labelWidth)),
            streak.studiedToday ? row("Today", "✓ studied") : row("Today", "not studied yet", style: Self.muted),
        ]
    }

    func skills() -> [StyledLine] {
        let tally = model.skills
        guard tally.total > 0 else {
            return [StyledLine("Skills", style: Self.heading),
                    StyledLine("  No skills checklist in this course.", style: Self.muted)]
        }
        return [
            StyledLine("Skills (\(tally.total))", style: Self.heading),
            StyledLine(fitting(["  [✓] have \(tally.have)  ·  [~] learning \(tally.learning)  ·  [ ] not yet \(tally.notYet)",
                                "  have \(tally.have) · learning \(tally.learning) · not yet \(tally.notYet)"])),
        ]
    }

    func mastery() -> [StyledLine] {
        let window = DashboardModel.masteryWindow
        let note = fitting(["  last \(window) answers per topic", "  last \(window) each", ""], after: 16)
        var lines = [StyledLine([Span("Mastery by topic", style: Self.heading), Span(note, style: Self.muted)])]
        if model.mastery.isEmpty {
            lines.append(StyledLine("  No quiz answers yet: take a quiz to see mastery.", style: Self.muted))
        }
        for topic in model.mastery {
            let percent = Meter.percent(topic.correct, of: topic.answered)
            let number = String(repeating: " ", count: max(0, 3 - String(percent).count)) + "\(percent)%"
            lines.append(barLine(label: topic.topic, part: topic.correct, total: topic.answered,
                                 suffix: "\(number)  n=\(topic.answered)"))
        }
        return lines
    }

    /// Due reviews for the next 14 days as numbers under day initials, and predicted recall per topic.
    func review() -> [StyledLine] {
        var lines = [StyledLine("Spaced review", style: Self.heading)]
        guard !model.reviewForecast.isEmpty else {
            lines.append(StyledLine(fitting(["  Nothing scheduled yet: every question you answer joins the review.",
                                             "  Nothing scheduled yet."]), style: Self.muted))
            return lines
        }
        let cell = 4
        let fit = max(1, min(model.reviewForecast.count, (width - 2 - labelWidth - 1) / cell))
        let days = model.reviewForecast.prefix(fit)
        let heads = days.enumerated().map { index, due in
            index == 0 ? "now" : String(format2(due.day.day))
        }
        lines.append(StyledLine([Span("  " + Meter.fit("Due on day", width: labelWidth) + " "),
                                 Span(heads.map { pad($0, cell) }.joined(), style: Self.muted)]))
        lines.append(StyledLine([Span("  " + Meter.fit("Items due", width: labelWidth) + " "),
                                 Span(days.map { pad(String($0.count), cell) }.joined(), style: Style(bold: true))]))
        for topic in model.recall {
            let percent = Int((topic.recall * 100).rounded())
            lines.append(barLine(label: "recall " + topic.topic, part: percent, total: 100,
                                 suffix: "\(percent)%  items \(topic.items)"))
        }
        return lines
    }

    /// Right-aligns `text` in `width` cells.
    func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// A day of the month as two digits.
    func format2(_ day: Int) -> String { day < 10 ? "0\(day)" : String(day) }

    func quizzes() -> [StyledLine] {
        let scoreWidth = 5
        let history = DashboardScreen.historyLength
        // Capped so the scores stay near the names on a wide terminal.
        let nameWidth = min(48, max(8, width - 2 - 2 * (scoreWidth + 2) - 2 - history))
        func score(_ s: QuizScore?) -> String {
            let text = s.map(\.description) ?? "—"
            return String(repeating: " ", count: max(0, scoreWidth - DisplayWidth.of(text))) + text
        }
        var lines = [StyledLine([
            Span("Quizzes", style: Self.heading),
            Span(String(repeating: " ", count: max(1, 2 + nameWidth - 7)) + "   best   last  history", style: Self.muted),
        ])]
        if model.quizzes.isEmpty {
            lines.append(StyledLine("  No quizzes in this course.", style: Self.muted))
        }
        for quiz in model.quizzes {
            let right = quiz.taken && !quiz.history.isEmpty
                ? Span(Meter.sparkline(quiz.history, maxCount: history), style: Style(color: .accent))
                : Span(quiz.taken ? "" : "not taken", style: Self.muted)
            lines.append(StyledLine([
                Span("  " + Meter.fit(quiz.title, width: nameWidth)),
                Span("  " + score(quiz.best), style: Style(bold: quiz.best != nil)),
                Span("  " + score(quiz.last)),
                Span("  "), right,
            ]))
        }
        return lines
    }
}

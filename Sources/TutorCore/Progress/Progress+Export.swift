/// Views of progress for `mltutor progress`: a text summary, the JSON document, and a CSV of answers.
extension Progress {
    /// A readable summary, one line per item, for printing in a terminal.
    ///
    /// - Parameters:
    ///   - today: the learner's current day, for the streak; nil leaves the streak out.
    ///   - titles: display titles by section or quiz id. Ids without a title (content that was
    ///     removed or renamed) are still listed, marked as not in the current content.
    public func summaryLines(today: CivilDay? = nil, titles: [String: String] = [:]) -> [String] {
        func name(_ id: String) -> String {
            if titles.isEmpty { return id }
            return titles[id].map { "\($0) [\(id)]" } ?? "\(id) (not in the current content)"
        }
        var lines: [String] = []
        lines.append("Study time: \(Progress.duration(totalStudySeconds)) over \(studyDays.count) "
                     + (studyDays.count == 1 ? "day" : "days"))
        if let today {
            let streak = streak(today: today)
            lines.append("Streak: \(streak.current) " + (streak.current == 1 ? "day" : "days")
                         + " (longest \(streak.longest))" + (streak.studiedToday || streak.current == 0 ? "" : " — study today to keep it"))
        }

        let finished = sections.values.filter(\.finished).count
        lines.append("Sections: \(sections.count) started, \(finished) finished")
        for id in sections.keys.sorted() {
            guard let entry = sections[id] else { continue }
            let mark = entry.finished ? "✓" : "·"
            var details = ["opened \(entry.openCount)×"]
            if entry.secondsSpent > 0 { details.append(Progress.duration(entry.secondsSpent)) }
            if !entry.finished && entry.scrollLine > 0 { details.append("at line \(entry.scrollLine)") }
            lines.append("  \(mark) \(name(id)): " + details.joined(separator: ", "))
        }

        let attempts = quizzes.values.reduce(0) { $0 + $1.attempts.count }
        lines.append("Quizzes: \(quizzes.count) taken, \(attempts) " + (attempts == 1 ? "attempt" : "attempts"))
        for id in quizzes.keys.sorted() {
            guard let quiz = quizzes[id] else { continue }
            var details = [quiz.bestScore.map { "best \($0)" } ?? "no score"]
            details.append("\(quiz.attempts.count) " + (quiz.attempts.count == 1 ? "attempt" : "attempts"))
            if let last = quiz.attempts.last { details.append("last \(last.score)") }
            lines.append("  \(name(id)): " + details.joined(separator: ", "))
        }
        if let running = runningQuiz {
            var line = "Unfinished quiz: \(name(running.quizID)), question \(min(running.currentIndex + 1, running.questionOrder.count))"
                + " of \(running.questionOrder.count)"
            if let remaining = running.secondsRemaining { line += ", \(Progress.duration(remaining)) left" }
            lines.append(line)
        }

        if !skills.isEmpty {
            let counts = SkillLevel.allCases.map { level in skills.values.filter { $0 == level }.count }
            lines.append("Skills: \(counts[0]) have, \(counts[1]) learning, \(counts[2]) not yet")
        }
        if !reviewLog.isEmpty {
            lines.append("Reviews: \(reviewLog.count) logged")
        }
        return lines
    }

    /// The progress file's JSON text (the same bytes a save writes).
    public func jsonText() throws(ProgressDocument.EncodingFailure) -> String {
        String(decoding: try ProgressDocument.encode(self), as: UTF8.self)
    }

    /// One CSV row per question of every recorded attempt, with a header row.
    ///
    /// Questions left unanswered get a row too (`correct` false): they count against the score, and
    /// running out of time on a question is worth seeing.
    ///
    /// Columns: `quiz,question,correct,seconds,when,hint`; `correct` and `hint` (whether the question's
    /// hint was asked for) are `true`/`false`, `when` is UTC ISO-8601 (the answer's time, or the
    /// attempt's end when the answer has none). Rows go by quiz id, then attempt, then question order.
    /// Lines end with CRLF as RFC 4180 asks. `hint` came last, so scripts reading the first five
    /// columns by position still work.
    public func quizAttemptsCSV() -> String {
        var rows = ["quiz,question,correct,seconds,when,hint"]
        for id in quizzes.keys.sorted() {
            for attempt in quizzes[id]?.attempts ?? [] {
                for answer in attempt.answers {
                    rows.append([
                        Progress.csvField(id), Progress.csvField(answer.questionID),
                        answer.correct ? "true" : "false", Progress.number(answer.seconds),
                        Progress.iso8601(answer.answeredAt ?? attempt.ended), answer.usedHint ? "true" : "false",
                    ].joined(separator: ","))
                }
            }
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    /// `1 h 05 min`, `4 min 10 s`, `12 s`.
    static func duration(_ seconds: Double) -> String {
        let total = seconds.isFinite ? max(0, Int(seconds.rounded())) : 0
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        if h > 0 { return "\(h) h \(two(m)) min" }
        if m > 0 { return "\(m) min \(two(s)) s" }
        return "\(s) s"
    }

    /// Seconds since 1970 as `2026-11-26T16:20:05Z` (whole seconds, rounded down).
    static func iso8601(_ seconds: Double) -> String {
        let whole = seconds.isFinite ? seconds.rounded(.down) : 0
        let day = CivilDay(secondsSince1970: whole)
        let second = Int(whole - Double(day.ordinal) * 86_400)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))Z"
    }

    /// A number without a needless `.0`, so whole seconds read as `12`.
    static func number(_ value: Double) -> String {
        if value.isFinite, value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180).
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}

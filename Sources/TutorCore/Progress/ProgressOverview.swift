/// Progress set against the current content, as the lines `mltutor progress` prints.
///
/// `Progress.summaryLines` lists only what has progress; this view also knows what the course holds,
/// so it can say "3/12 sections read", list the sections not yet opened, and name things by title.
public struct ProgressOverview: Hashable, Sendable {
    /// A section or quiz of the content: its stable id and the title the learner knows it by.
    public struct Entry: Hashable, Sendable {
        public var id: String
        public var title: String

        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    public var progress: Progress
    /// The content's sections in menu order.
    public var sections: [Entry]
    /// The content's quizzes in menu order.
    public var quizzes: [Entry]

    public init(progress: Progress, sections: [Entry], quizzes: [Entry]) {
        self.progress = progress
        self.sections = sections
        self.quizzes = quizzes
    }

    /// The summary: study time, streak as of `today`, every section, the quizzes taken, and the rest.
    ///
    /// Progress for ids the content no longer has is still listed, marked as such: it is kept in
    /// the file (see `Progress`), so the learner should be able to see it.
    public func lines(today: CivilDay) -> [String] {
        var lines: [String] = []
        let days = progress.studyDays.count
        lines.append("Study time: \(Progress.duration(progress.totalStudySeconds)) over \(days) " + (days == 1 ? "day" : "days"))
        let streak = progress.streak(today: today)
        lines.append("Streak: \(streak.current) " + (streak.current == 1 ? "day" : "days") + " (longest \(streak.longest))"
                     + (streak.studiedToday || streak.current == 0 ? "" : " — study today to keep it"))
        lines += sectionLines()
        lines += quizLines()
        if let running = progress.runningQuiz {
            var line = "Unfinished quiz: \(name(running.quizID, in: quizzes)), question "
                + "\(min(running.currentIndex + 1, running.questionOrder.count)) of \(running.questionOrder.count)"
            if let remaining = running.secondsRemaining { line += ", \(Progress.duration(remaining)) left" }
            lines.append(line)
        }
        if !progress.skills.isEmpty {
            let counts = SkillLevel.allCases.map { level in progress.skills.values.filter { $0 == level }.count }
            lines.append("Skills: \(counts[0]) have, \(counts[1]) learning, \(counts[2]) not yet")
        }
        if !progress.reviewLog.isEmpty {
            lines.append("Reviews: \(progress.reviewLog.count) logged")
        }
        return lines
    }

    private func sectionLines() -> [String] {
        let known = Set(sections.map(\.id))
        let read = sections.filter { progress.sections[$0.id]?.finished == true }.count
        var lines = ["Sections read: \(read)/\(sections.count)"]
        for entry in sections {
            lines.append(sectionLine(entry.id, title: "\(entry.title) [\(entry.id)]"))
        }
        for id in progress.sections.keys.sorted() where !known.contains(id) {
            lines.append(sectionLine(id, title: "\(id) (not in the current content)"))
        }
        return lines
    }

    private func sectionLine(_ id: String, title: String) -> String {
        guard let entry = progress.sections[id] else { return "  · \(title): not opened" }
        var details = [entry.finished ? "read" : "not finished"]
        if !entry.finished && entry.scrollLine > 0 { details.append("at line \(entry.scrollLine)") }
        details.append("opened \(entry.openCount)×")
        if entry.secondsSpent > 0 { details.append(Progress.duration(entry.secondsSpent)) }
        return "  \(entry.finished ? "✓" : "·") \(title): " + details.joined(separator: ", ")
    }

    private func quizLines() -> [String] {
        let known = Set(quizzes.map(\.id))
        let taken = quizzes.filter { progress.quizzes[$0.id] != nil }
        var lines = ["Quizzes taken: \(taken.count)/\(quizzes.count)"]
        let others = progress.quizzes.keys.sorted().filter { !known.contains($0) }
        for id in taken.map(\.id) + others {
            guard let quiz = progress.quizzes[id] else { continue }
            var details = [quiz.bestScore.map { "best \($0)" } ?? "no score"]
            if let last = quiz.attempts.last { details.append("last \(last.score)") }
            details.append("\(quiz.attempts.count) " + (quiz.attempts.count == 1 ? "attempt" : "attempts"))
            lines.append("  \(name(id, in: quizzes)): " + details.joined(separator: ", "))
        }
        return lines
    }

    private func name(_ id: String, in entries: [Entry]) -> String {
        entries.first { $0.id == id }.map { "\($0.title) [\(id)]" } ?? "\(id) (not in the current content)"
    }
}

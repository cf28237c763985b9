/// What `mltutor reset` clears: one section, one quiz, or everything.
public enum ProgressReset: Hashable, Sendable {
    case section(String)
    case quiz(String)
    case all
}

/// Why a reset was refused; nothing was changed when it is thrown.
public enum ProgressResetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The progress holds nothing for this section; `known` lists the section ids it does hold.
    case unknownSection(id: String, known: [String])
    /// The progress holds nothing for this quiz (no attempts, no score, not running); `known` lists those it does.
    case unknownQuiz(id: String, known: [String])

    public var description: String {
        func listing(_ kind: String, _ plural: String, _ ids: [String]) -> String {
            ids.isEmpty ? "no \(kind) has progress" : "\(plural) with progress: " + ids.joined(separator: ", ")
        }
        switch self {
        case .unknownSection(let id, let known):
            return "no progress for section '\(id)' (\(listing("section", "sections", known))); nothing was changed"
        case .unknownQuiz(let id, let known):
            return "no progress for quiz '\(id)' (\(listing("quiz", "quizzes", known))); nothing was changed"
        }
    }
}

extension Progress {
    /// The quiz ids with anything to reset: attempts or a best score, or a quiz left running.
    public var quizIDsWithProgress: [String] {
        var ids = Set(quizzes.keys)
        if let running = runningQuiz { ids.insert(running.quizID) }
        return ids.sorted()
    }

    /// This progress with `reset` applied.
    ///
    /// - A section loses its whole entry (read mark, scroll line, reading time, open counts), so it
    ///   reads as never opened; a "continue" place inside it goes back to the menu.
    /// - A quiz loses its attempts and best score, and the running quiz if it is this one.
    /// - `.all` gives a fresh progress.
    ///
    /// Study totals, study days (the streak) and the review log are kept for a section or a quiz:
    /// that time was really spent and those reviews really happened; only `.all` forgets them.
    public func resetting(_ reset: ProgressReset) throws(ProgressResetError) -> Progress {
        var result = self
        switch reset {
        case .all:
            return Progress()
        case .section(let id):
            guard sections[id] != nil else { throw .unknownSection(id: id, known: sections.keys.sorted()) }
            result.sections[id] = nil
            if case .reader(let place, _) = lastPlace, place == id { result.lastPlace = .menu }
        case .quiz(let id):
            guard quizIDsWithProgress.contains(id) else { throw .unknownQuiz(id: id, known: quizIDsWithProgress) }
            result.quizzes[id] = nil
            if runningQuiz?.quizID == id { result.runningQuiz = nil }
            if case .quiz(let place) = lastPlace, place == id { result.lastPlace = .menu }
        }
        return result
    }

    /// A short account of what `reset` would clear, for the confirmation question.
    ///
    /// - Parameter titles: display titles by section or quiz id; an id without one is shown bare.
    public func resetPreview(_ reset: ProgressReset, titles: [String: String] = [:]) -> String {
        func name(_ kind: String, _ id: String) -> String {
            titles[id].map { "\(kind) '\(id)' (\($0))" } ?? "\(kind) '\(id)'"
        }
        switch reset {
        case .all:
            let attempts = quizzes.values.reduce(0) { $0 + $1.attempts.count }
            return "all progress (\(sections.count) " + (sections.count == 1 ? "section" : "sections")
                + ", \(attempts) quiz " + (attempts == 1 ? "attempt" : "attempts")
                + ", \(Progress.duration(totalStudySeconds)) of study time)"
        case .section(let id):
            guard let entry = sections[id] else { return name("section", id) }
            var parts = [entry.finished ? "read mark" : "not read"]
            if entry.scrollLine > 0 { parts.append("line \(entry.scrollLine)") }
            parts.append(Progress.duration(entry.secondsSpent) + " of reading")
            return name("section", id) + ": " + parts.joined(separator: ", ")
        case .quiz(let id):
            let count = quizzes[id]?.attempts.count ?? 0
            var parts = ["\(count) " + (count == 1 ? "attempt" : "attempts")]
            if let best = quizzes[id]?.bestScore { parts.append("best \(best)") }
            if runningQuiz?.quizID == id { parts.append("the unfinished run") }
            return name("quiz", id) + ": " + parts.joined(separator: ", ")
        }
    }
}

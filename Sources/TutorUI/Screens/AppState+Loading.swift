import TutorCore

/// Quizzes and skills that arrive after the first frame (see `AppState.loadingQuizzes`).
extension AppState {
    /// Takes the parsed quizzes and skills and settles what depended on them, keeping the menu's
    /// selection on the same row.
    mutating func receiveQuizzes(_ quizzes: [Quiz], skills: [Skill]) {
        let entries = menuEntries
        let selectedEntry = entries.indices.contains(menu.selected) ? entries[menu.selected] : nil
        self.quizzes = quizzes
        self.skills = skills
        pending = .none
        // A saved attempt of a quiz the content no longer has cannot be resumed.
        if let running = resumable, !quizzes.contains(where: { $0.id == running.quizID }) { resumable = nil }
        menu.items = menuItems()
        let newEntries = menuEntries
        let row = selectedEntry.flatMap { old in newEntries.firstIndex { Self.sameRow(old, $0) } }
            ?? min(menu.selected, max(0, newEntries.count - 1))
        menu.select(row, visibleRows: menuRows)
    }

    /// Whether two menu entries are the same row, whatever their counts say.
    static func sameRow(_ a: MenuEntry, _ b: MenuEntry) -> Bool {
        if case .review = a, case .review = b { return true }
        return a == b
    }

    /// Whether opening `entry` needs the quizzes or skills, which are not parsed yet.
    func waitsForQuizzes(_ entry: MenuEntry) -> Bool {
        guard loadingQuizzes else { return false }
        switch entry {
        case .resumeQuiz, .review, .practiceMore, .quizzes, .skills, .dashboard: return true
        case .continueReading, .lab, .section: return false
        }
    }
}

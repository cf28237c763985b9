import TutorCore

/// The main menu: shortcuts to continue and resume, the quiz list, then the sections.
extension AppState {
    /// One row of the main menu.
    enum MenuEntry: Hashable {
        case continueReading(String)
        case resumeQuiz
        case quizzes
        case section(Int)
    }

    var menuEntries: [MenuEntry] {
        var entries: [MenuEntry] = []
        if let id = lastRead { entries.append(.continueReading(id)) }
        if resumable != nil { entries.append(.resumeQuiz) }
        if !quizzes.isEmpty { entries.append(.quizzes) }
        return entries + sections.indices.map(MenuEntry.section)
    }

    func menuItems() -> [MenuScreen.Item] {
        menuEntries.map { entry in
            switch entry {
            case let .continueReading(id):
                let title = sections.first { $0.id == id }?.title ?? id
                return MenuScreen.Item(title: "Continue: \(title) (line \((positions[id] ?? 0) + 1))", tag: "resume", shortcut: "c")
            case .resumeQuiz:
                return MenuScreen.Item(title: resumeTitle(), tag: "saved", shortcut: "r")
            case .quizzes:
                return MenuScreen.Item(title: "Timed quizzes (\(quizzes.count))", tag: "\(quizzes.reduce(0) { $0 + $1.questions.count }) questions", shortcut: "z")
            case let .section(index):
                let section = sections[index]
                return MenuScreen.Item(title: section.title, tag: section.kind == .concept ? "lesson" : "",
                                       done: finished.contains(section.id), shortcut: index < 9 ? Character(String(index + 1)) : nil)
            }
        }
    }

    /// "Resume quiz: t-tests — question 4/10, 2:31 left".
    func resumeTitle() -> String {
        guard let running = resumable else { return "Resume quiz" }
        let title = quizzes.first { $0.id == running.quizID }?.title ?? running.quizID
        var text = "Resume quiz: \(title) — question \(min(running.currentIndex + 1, running.questionOrder.count))/\(running.questionOrder.count)"
        if let seconds = running.secondsRemaining { text += ", \(AnswerText.clock(Int(seconds.rounded(.up)))) left" }
        return text
    }

    /// The menu row of a section.
    func menuRow(ofSection index: Int) -> Int {
        menuEntries.firstIndex(of: .section(index)) ?? 0
    }

    mutating func handleMenu(_ key: Key) -> [Effect] {
        if key == .character("q") { return [.quit] }
        guard case let .open(row) = menu.handle(key, visibleRows: menuRows), menuEntries.indices.contains(row) else { return [] }
        switch menuEntries[row] {
        case let .continueReading(id):
            guard let index = sections.firstIndex(where: { $0.id == id }) else { return [] }
            return openSection(index)
        case .resumeQuiz:
            return resumeQuiz()
        case .quizzes:
            stack.append(.quizList(QuizListScreen(quizzes: quizzes, best: bestScores)))
            return []
        case let .section(index):
            return openSection(index)
        }
    }
}

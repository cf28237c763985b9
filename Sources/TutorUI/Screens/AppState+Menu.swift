import TutorCore

/// The main menu: shortcuts to continue and resume, the quiz list, then the sections.
extension AppState {
    /// One row of the main menu.
    enum MenuEntry: Hashable {
        case continueReading(String)
        case resumeQuiz
        case review(due: Int)
        case practiceMore
        case quizzes
        case dashboard
        case skills
        case lab
        case section(Int)
    }

    var menuEntries: [MenuEntry] {
        var entries: [MenuEntry] = []
        if let id = lastRead { entries.append(.continueReading(id)) }
        if resumable != nil { entries.append(.resumeQuiz) }
        let due = dueReviewIDs.count
        if due > 0 { entries.append(.review(due: due)) }
        if !quizzes.isEmpty || pending.quizzes { entries.append(.quizzes) }
        if due == 0, !(context?.progress.review.cards.isEmpty ?? true) { entries.append(.practiceMore) }
        entries += sections.indices.map(MenuEntry.section)
        // The tools that look back at what was done come after the material itself.
        entries.append(.dashboard)
        if !skills.isEmpty || pending.skills { entries.append(.skills) }
        entries.append(.lab)
        return entries
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
                if pending.quizzes { return MenuScreen.Item(title: "Timed quizzes", tag: "loading…", shortcut: "z") }
                return MenuScreen.Item(title: "Timed quizzes (\(quizzes.count))", tag: "\(quizzes.reduce(0) { $0 + $1.questions.count }) questions", shortcut: "z")
            case let .review(due):
                return MenuScreen.Item(title: "Review — \(due) due", tag: "spaced review", shortcut: "v")
            case .practiceMore:
                return MenuScreen.Item(title: "Practice more (nothing is due; does not change the schedule)", tag: "", shortcut: "m")
            case .dashboard:
                return MenuScreen.Item(title: "Progress dashboard", tag: "", shortcut: "d")
            case .skills:
                return MenuScreen.Item(title: "Skills checklist", tag: pending.skills ? "loading…" : "\(skills.count) skills", shortcut: "s")
            case .lab:
                return MenuScreen.Item(title: "Stats lab: run a test on your own numbers", tag: "", shortcut: "b")
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
        let title = quizzes.first { $0.id == running.quizID }?.title ?? running.title ?? running.quizID
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
        // The run loop holds keys until the quizzes arrive, so this is only a guard for other drivers.
        if waitsForQuizzes(menuEntries[row]) {
            notice = "Quizzes are still loading; try again in a moment."
            return []
        }
        switch menuEntries[row] {
        case let .continueReading(id):
            guard let index = sections.firstIndex(where: { $0.id == id }) else { return [] }
            return openSection(index)
        case .resumeQuiz:
            return resumeQuiz()
        case .quizzes:
            stack.append(.quizList(QuizListScreen(quizzes: quizzes, best: bestScores)))
            return []
        case .review:
            return startReview(scheduled: true)
        case .practiceMore:
            return startReview(scheduled: false)
        case .dashboard:
            openDashboard()
            return []
        case .lab:
            stack.append(.lab(LabScreen()))
            return []
        case .skills:
            let titles = Dictionary(sections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            var screen = SkillsScreen(skills: skills, levels: context?.progress.skills ?? [:], sectionTitles: titles)
            screen.scrollIntoView(visibleRows: bodyRows)
            stack.append(.skills(screen))
            return []
        case let .section(index):
            return openSection(index)
        }
    }
}

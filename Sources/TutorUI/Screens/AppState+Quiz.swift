import TutorCore

/// Quizzes: the list, starting and resuming, answering, the clock, and results.
extension AppState {
    mutating func handleQuizList(_ key: Key, _ current: QuizListScreen) -> [Effect] {
        var list = current
        let action = list.handle(key, visibleRows: listRows - 2)
        replaceTop(with: .quizList(list))
        switch action {
        case let .start(quizID, mode):
            return startQuiz(id: quizID, settings: QuizSettings(mode: mode, timeLimitOverride: timeLimitOverride))
        case .back:
            pop()
            return []
        case nil:
            return []
        }
    }

    /// Starts a new attempt (replacing any saved one) on top of the current screen.
    public mutating func startQuiz(id: String, settings: QuizSettings) -> [Effect] {
        guard let quiz = quizzes.first(where: { $0.id == id }) else { return [] }
        let seed = seeds.next()
        let session = QuizSession(attemptAt: quiz, settings: settings, seed: seed, now: now)
        var screen = QuizScreen(session: session)
        screen.generated = quiz.generatedQuestions(seed: seed)
        stack.append(.quiz(screen))
        resumable = nil
        lastQuizSave = now
        menu.items = menuItems()
        return [.quizSaved(session.snapshot(started: 0))]
    }

    /// Reopens the saved attempt with the time it had left.
    mutating func resumeQuiz() -> [Effect] {
        guard let running = resumable, let quiz = quizzes.first(where: { $0.id == running.quizID }) else { return [] }
        guard let session = QuizSession(resuming: running, attemptAt: quiz, now: now) else {
            resumable = nil
            menu.items = menuItems()
            notice = "The saved attempt at '\(quiz.title)' no longer matches the quiz (its questions changed); start it again."
            return []
        }
        var screen = QuizScreen(session: session)
        screen.generated = quiz.generatedQuestions(seed: running.seed)
        stack.append(.quiz(screen))
        lastQuizSave = now
        if session.isFinished { return finishQuiz(session) }
        return []
    }

    mutating func handleQuiz(_ key: Key, _ current: QuizScreen) -> [Effect] {
        var screen = current
        let action = screen.handle(key, now: now)
        replaceTop(with: .quiz(screen))
        if screen.review != nil { return handleReviewAction(action, screen) }
        switch action {
        case .answered, .continued:
            if screen.session.isFinished { return finishQuiz(screen.session, generated: screen.generated) }
            lastQuizSave = now
            return [.quizSaved(screen.session.snapshot(started: 0))]
        case .leave:
            resumable = screen.session.snapshot(started: 0)
            pop()
            return [.quizSaved(screen.session.snapshot(started: 0))]
        case let .openSection(id):
            return openSection(id: id)
        case nil:
            return []
        }
    }

    /// Review sessions: each answer goes to the schedule; the end returns to the menu.
    mutating func handleReviewAction(_ action: QuizScreen.Action?, _ current: QuizScreen) -> [Effect] {
        var screen = current
        switch action {
        case .answered:
            let effects = recordReviewAnswer(&screen)
            replaceTop(with: .quiz(screen))
            return effects
        case .continued:
            if screen.session.isFinished {
                pop()
                notice = screen.review == .scheduled ? "Review done: \(screen.session.score.correct) of \(screen.session.order.count) right. The schedule is updated." : nil
            }
            return []
        case .leave:
            pop()
            return []
        case let .openSection(id):
            return openSection(id: id)
        case nil:
            return []
        }
    }

    /// Runs the quiz clock: auto-submits at zero and saves the time left every few seconds.
    mutating func tickQuiz() -> [Effect] {
        guard case var .quiz(screen) = route else { return [] }
        let moved = screen.tick(now: now)
        replaceTop(with: .quiz(screen))
        if screen.review != nil {
            // A question's own limit ran out in a review: that counts as a (failed) review.
            if moved, case .feedback = screen.session.phase { return handleReviewAction(.answered, screen) }
            return []
        }
        if screen.session.isFinished { return finishQuiz(screen.session, generated: screen.generated) }
        if moved || now - lastQuizSave >= Self.quizSaveInterval {
            lastQuizSave = now
            return [.quizSaved(screen.session.snapshot(started: 0))]
        }
        return []
    }

    /// Replaces the quiz with its results and records the attempt.
    mutating func finishQuiz(_ session: QuizSession, generated: [String: GeneratedQuestion] = [:]) -> [Effect] {
        replaceTop(with: .results(QuizResultsScreen(session: session, generated: generated)))
        let score = session.score
        if bestScores[session.quiz.id].map({ score.isBetter(than: $0) }) ?? true {
            bestScores[session.quiz.id] = score
        }
        resumable = nil
        refreshQuizList()
        menu.items = menuItems()
        return [.quizFinished(session.snapshot(started: 0))]
    }

    /// Keeps best scores in a quiz list further down the stack up to date.
    mutating func refreshQuizList() {
        stack = stack.map { route in
            guard case .quizList = route else { return route }
            return .quizList(QuizListScreen(quizzes: quizzes, best: bestScores))
        }
    }

    mutating func handleResults(_ key: Key, _ current: QuizResultsScreen) -> [Effect] {
        var results = current
        let action = results.handle(key, visibleRows: listRows - 4)
        replaceTop(with: .results(results))
        switch action {
        case .back:
            pop()
            return []
        case let .openSection(id):
            return openSection(id: id)
        case nil:
            return []
        }
    }
}

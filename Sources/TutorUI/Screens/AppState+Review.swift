import TutorCore

/// Spaced review: sessions of due questions, answers graded into the FSRS schedule.
extension AppState {
    /// The wall clock now: the context's time moved on by the monotonic time since it arrived.
    var wallNow: Double? {
        context?.wallNow(after: now - contextReceivedAt)
    }

    /// Review items due now whose questions are still in the content, oldest due first.
    var dueReviewIDs: [String] {
        guard let context, let wallNow else { return [] }
        let due = context.progress.review.dueQueue(now: wallNow, utcOffsetSeconds: context.utcOffsetSeconds).itemIDs
        // Until the quizzes arrive every due item counts; they almost always all still exist.
        return loadingQuizzes ? due : due.filter { question(forItem: $0) != nil }
    }

    func question(forItem itemID: String) -> Question? {
        ReviewDeck.question(forItem: itemID, in: quizzes)
    }

    /// Generator names by question id, for the recorder and for grading reviews as templates.
    public var generatorOfQuestion: [String: String] {
        Self.generatorOfQuestion(in: quizzes)
    }

    /// Generator names by question id in `quizzes`, for callers that have the quizzes before a state.
    public static func generatorOfQuestion(in quizzes: [Quiz]) -> [String: String] {
        var result: [String: String] = [:]
        for quiz in quizzes {
            for question in quiz.questions {
                if let name = question.generator?.name { result[question.id] = name }
            }
        }
        return result
    }

    /// Starts a session of due items (`scheduled`), or of items not yet due ("practice more").
    mutating func startReview(scheduled: Bool) -> [Effect] {
        guard let context, let wallNow else { return [] }
        let schedule = context.progress.review
        let selection = scheduled
            ? schedule.dueQueue(now: wallNow, utcOffsetSeconds: context.utcOffsetSeconds)
            : schedule.practiceMore(now: wallNow, utcOffsetSeconds: context.utcOffsetSeconds)
        guard let deck = ReviewDeck.session(itemIDs: selection.itemIDs, quizzes: quizzes, scheduled: scheduled,
                                            seed: seeds.next(), now: now) else {
            notice = "Nothing to review yet: answer some quiz questions first."
            return []
        }
        var screen = QuizScreen(session: deck.session)
        screen.review = scheduled ? .scheduled : .practice
        screen.generated = deck.generated
        stack.append(.quiz(screen))
        return []
    }

    /// Grades a review answer into the schedule and explains the next interval on the feedback screen.
    mutating func recordReviewAnswer(_ screen: inout QuizScreen) -> [Effect] {
        guard let question = screen.session.currentQuestion, screen.session.answers[question.id] != nil else { return [] }
        guard screen.review == .scheduled, var context, let wallNow else {
            screen.feedbackNote = "Practice: this answer does not change your review schedule."
            return []
        }
        guard let graded = ReviewDeck.grade(question, in: screen.session, context: &context, wallNow: wallNow,
                                            generators: generatorOfQuestion) else { return [] }
        self.context = context
        contextReceivedAt = now
        screen.feedbackNote = graded.explanation
        return [graded.effect]
    }

    /// Opens the dashboard built from the saved progress.
    mutating func openDashboard() {
        let progress = context?.progress ?? Progress()
        var screen = DashboardScreen(model: DashboardModel(progress: progress, sections: sections, quizzes: quizzes, skills: skills,
                                                           now: wallNow ?? 0, utcOffsetSeconds: context?.utcOffsetSeconds ?? 0))
        screen.clamp(visibleRows: bodyRows)
        stack.append(.dashboard(screen))
    }

    mutating func handleDashboard(_ key: Key, _ current: DashboardScreen) -> [Effect] {
        var screen = current
        let action = screen.handle(key, visibleRows: bodyRows)
        replaceTop(with: .dashboard(screen))
        if action == .back { pop() }
        return []
    }

    mutating func handleSkills(_ key: Key, _ current: SkillsScreen) -> [Effect] {
        var screen = current
        let action = screen.handle(key, visibleRows: bodyRows)
        replaceTop(with: .skills(screen))
        switch action {
        case let .setLevel(id, level):
            context?.progress.setSkill(id, level)
            return [.setSkill(id: id, level: level)]
        case let .openSection(id):
            return openSection(id: id)
        case .back:
            pop()
            return []
        case nil:
            return []
        }
    }
}

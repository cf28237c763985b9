import TutorCore

/// Spaced review in plain mode: the due questions, each answer graded into the schedule.
extension PlainSession {
    /// Takes the saved progress and wall clock from the driver, after the start and after each save.
    public mutating func receiveContext(_ context: ProgressContext, now: Duration) {
        self.context = context
        contextReceivedAt = now
        clockNow = max(clockNow, now)
    }

    /// The wall clock at the line being handled: the context's time moved on by monotonic time.
    var wallNow: Double? {
        guard let context else { return nil }
        let (seconds, attoseconds) = (clockNow - contextReceivedAt).components
        return context.wallNow + max(0, Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// Review items due now whose questions are still in the content, oldest due first.
    var dueReviewIDs: [String] {
        guard let context, let wallNow else { return [] }
        return context.progress.review.dueQueue(now: wallNow, utcOffsetSeconds: context.utcOffsetSeconds)
            .itemIDs.filter { ReviewDeck.question(forItem: $0, in: quizzes) != nil }
    }

    mutating func startReview(now: Duration, _ out: inout PlainOutput) {
        guard let deck = ReviewDeck.session(itemIDs: dueReviewIDs, quizzes: quizzes, scheduled: true,
                                            seed: seeds.next(), now: now) else {
            out.say("Nothing is due for review.")
            return
        }
        push(.review(deck.session, note: nil))
        out.say()
        out.say("Review: \(deck.session.order.count) due. Each answer sets when you see that question again; q stops.")
        renderQuestionOrFeedback(deck.session, &out)
    }

    mutating func handleReview(_ input: String, _ current: QuizSession, note: String?, now: Duration, _ out: inout PlainOutput) {
        var session = current
        let before = session.phase
        session.tick(now: now)
        if case .answering = before, case .feedback = session.phase {
            // The question's own limit ran out while the learner typed: a missed review.
            out.say("Time ran out for this question; this answer did not count.")
            gradeAndShow(session, &out)
            return
        }
        if ["q", "quit", "leave"].contains(input.lowercased()) {
            out.say("Review stopped; the answers given so far are in your schedule.")
            stack = [.menu]
            renderMenu(&out)
            return
        }
        switch session.phase {
        case .answering:
            guard let question = session.currentQuestion else { return }
            switch PlainAnswer.parse(input, question: question, choices: session.displayedChoices(of: question)) {
            case let .hint(text):
                replaceTop(with: .review(session, note: note))
                out.say("Not counted: \(text).")
            case let .answer(response, typed):
                session.submit(response, typed: typed, now: now)
                gradeAndShow(session, &out)
            }
        case .feedback:
            switch input.lowercased() {
            case "", "n":
                session.continueAfterFeedback(now: now)
                if session.isFinished {
                    out.say("Review done: \(session.score.correct) of \(session.order.count) right. The schedule is updated.")
                    stack = [.menu]
                    renderMenu(&out)
                    return
                }
                replaceTop(with: .review(session, note: nil))
                renderQuestionOrFeedback(session, &out)
            case "g":
                replaceTop(with: .review(session, note: note))
                guard let id = session.currentQuestion?.sectionID, let index = sections.firstIndex(where: { $0.id == id }) else {
                    out.say("This question names no section of this course.")
                    return
                }
                openSection(index, at: 0, announce: false, &out)
            default:
                replaceTop(with: .review(session, note: note))
                out.say("Press Enter for the next question, or q to stop.")
            }
        case .finished:
            stack = [.menu]
            renderMenu(&out)
        }
    }

    /// Records the answer just given (or missed) in the schedule and prints the feedback with the
    /// scheduler's reason.
    private mutating func gradeAndShow(_ session: QuizSession, _ out: inout PlainOutput) {
        var note: String?
        if let question = session.currentQuestion, var context, let wallNow,
           let graded = ReviewDeck.grade(question, in: session, context: &context, wallNow: wallNow,
                                         generators: AppState.generatorOfQuestion(in: quizzes)) {
            self.context = context
            contextReceivedAt = clockNow
            out.effects.append(graded.effect)
            note = graded.explanation
        }
        replaceTop(with: .review(session, note: note))
        renderQuestionOrFeedback(session, note: note, &out)
    }
}

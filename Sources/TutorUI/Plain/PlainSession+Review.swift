import TutorCore

/// Spaced review in plain mode: the due questions, each answer graded into the schedule, and
/// "practice more" when nothing is due.
extension PlainSession {
    /// Takes the saved progress and wall clock from the driver, after the start and after each save.
    public mutating func receiveContext(_ context: ProgressContext, now: Duration) {
        self.context = context
        contextReceivedAt = now
        clockNow = max(clockNow, now)
    }

    /// The wall clock at the line being handled: the context's time moved on by monotonic time.
    var wallNow: Double? {
        context?.wallNow(after: clockNow - contextReceivedAt)
    }

    /// Review items due now whose questions are still in the content, oldest due first.
    var dueReviewIDs: [String] {
        guard let context, let wallNow else { return [] }
        return context.progress.review.dueQueue(now: wallNow, utcOffsetSeconds: context.utcOffsetSeconds)
            .itemIDs.filter { ReviewDeck.question(forItem: $0, in: quizzes) != nil }
    }

    /// Items answered before and not due, for "practice more"; empty when something is due.
    var practiceIDs: [String] {
        guard let context, let wallNow, dueReviewIDs.isEmpty else { return [] }
        return context.progress.review.practiceMore(now: wallNow, utcOffsetSeconds: context.utcOffsetSeconds)
            .itemIDs.filter { ReviewDeck.question(forItem: $0, in: quizzes) != nil }
    }

    /// Starts a session of the due items (`scheduled`) or of practice items.
    mutating func startReview(scheduled: Bool, now: Duration, _ out: inout PlainOutput) {
        guard let deck = ReviewDeck.session(itemIDs: scheduled ? dueReviewIDs : practiceIDs, quizzes: quizzes,
                                            scheduled: scheduled, seed: seeds.next(), now: now) else {
            out.say(scheduled ? "Nothing is due for review." : "Nothing to practise yet: answer some quiz questions first.")
            return
        }
        push(.review(PlainReview(session: deck.session, scheduled: scheduled)))
        out.say()
        if scheduled {
            out.say("Review: \(deck.session.order.count) due. Each answer sets when you see that question again; q stops.")
        } else {
            let count = deck.session.order.count
            out.say("Practice: \(count) \(count == 1 ? "question" : "questions") answered before; your schedule stays as it is. q stops.")
        }
        renderQuestionOrFeedback(deck.session, &out)
    }

    mutating func handleReview(_ input: String, _ current: PlainReview, now: Duration, _ out: inout PlainOutput) {
        var review = current
        let before = review.session.phase
        review.session.tick(now: now)
        if case .answering = before, case .feedback = review.session.phase {
            // The question's own limit ran out while the learner typed: a missed review.
            out.say("Time ran out for this question; this answer did not count.")
            gradeAndShow(&review, &out)
            return
        }
        if ["q", "quit", "leave"].contains(input.lowercased()) {
            out.say(review.scheduled ? "Review stopped; the answers given so far are in your schedule." : "Practice stopped.")
            stack = [.menu]
            renderMenu(&out)
            return
        }
        switch review.session.phase {
        case .answering:
            guard let question = review.session.currentQuestion else { return }
            if Self.asksForHint(input) {
                out.say(Self.hintLines(&review.session, width: width))
                replaceTop(with: .review(review))
                return
            }
            switch PlainAnswer.parse(input, question: question, choices: review.session.displayedChoices(of: question)) {
            case let .hint(text):
                replaceTop(with: .review(review))
                out.say("Not counted: \(text).")
            case let .answer(response, typed):
                review.session.submit(response, typed: typed, now: now)
                gradeAndShow(&review, &out)
            }
        case .feedback:
            switch input.lowercased() {
            case "", "n":
                review.session.continueAfterFeedback(now: now)
                review.note = nil
                if review.session.isFinished {
                    let score = "\(review.session.score.correct) of \(review.session.order.count) right"
                    out.say(review.scheduled ? "Review done: \(score). The schedule is updated." : "Practice done: \(score).")
                    stack = [.menu]
                    renderMenu(&out)
                    return
                }
                replaceTop(with: .review(review))
                renderQuestionOrFeedback(review.session, &out)
            case "g":
                replaceTop(with: .review(review))
                guard let id = review.session.currentQuestion?.sectionID,
                      let index = sections.firstIndex(where: { $0.id == id }) else {
                    out.say("This question names no section of this course.")
                    return
                }
                openSection(index, at: 0, announce: false, &out)
            default:
                replaceTop(with: .review(review))
                out.say("Press Enter for the next question, or q to stop.")
            }
        case .finished:
            stack = [.menu]
            renderMenu(&out)
        }
    }

    /// Records the answer just given (or missed) in the schedule when the session is scheduled, and
    /// prints the feedback with the scheduler's reason (or why practice changes nothing).
    private mutating func gradeAndShow(_ review: inout PlainReview, _ out: inout PlainOutput) {
        review.note = "Practice: this answer does not change your review schedule."
        if review.scheduled, let question = review.session.currentQuestion, var context, let wallNow,
           let graded = ReviewDeck.grade(question, in: review.session, context: &context, wallNow: wallNow,
                                         generators: AppState.generatorOfQuestion(in: quizzes)) {
            self.context = context
            contextReceivedAt = clockNow
            out.effects.append(graded.effect)
            review.note = graded.explanation
        }
        replaceTop(with: .review(review))
        renderQuestionOrFeedback(review.session, note: review.note, &out)
    }
}

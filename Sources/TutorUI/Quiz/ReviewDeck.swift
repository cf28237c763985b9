import TutorCore

/// What a spaced-review session asks and records, shared by the full-screen tutor and plain mode.
enum ReviewDeck {
    /// The question a review item stands for in `quizzes`, or nil if the content no longer has it.
    static func question(forItem itemID: String, in quizzes: [Quiz]) -> Question? {
        switch ReviewItemID(itemID) {
        case let .question(id)?:
            for quiz in quizzes {
                if let question = quiz.questions.first(where: { $0.id == id }) { return question }
            }
        case let .template(name)?:
            // Any entry of that generator will do: the review draws fresh numbers anyway.
            for quiz in quizzes {
                if let question = quiz.questions.first(where: { $0.generator?.name == name }) { return question }
            }
        case nil:
            break
        }
        return nil
    }

    /// An untimed quiz over the questions of `itemIDs` (those the content still has), or nil if none.
    ///
    /// A generated question comes back with fresh numbers drawn from `seed`: the learner recomputes,
    /// not remembers. Questions keep their own limits, which feed the grading.
    static func session(itemIDs: [String], quizzes: [Quiz], scheduled: Bool, seed: UInt64, now: Duration)
        -> (session: QuizSession, generated: [String: GeneratedQuestion])? {
        var generated: [String: GeneratedQuestion] = [:]
        let questions = itemIDs.compactMap { question(forItem: $0, in: quizzes) }.map { question -> Question in
            guard let fresh = QuestionGenerators.generate(for: question, seed: seed) else { return question }
            generated[question.id] = fresh
            return fresh.question
        }
        guard !questions.isEmpty else { return nil }
        let quiz = Quiz(id: scheduled ? "review" : "practice", title: scheduled ? "Review" : "Practice more",
                        topic: "review", timeLimit: 0, questions: questions)
        return (QuizSession(quiz: quiz, settings: QuizSettings(mode: .practice), seed: seed, now: now), generated)
    }

    /// Grades the answer to `question` into `context`'s copy of the schedule at `wallNow`, exactly as
    /// the recorder will on the saved progress, and returns the effect that records it with the
    /// "Next review in … — because …" sentence; nil when the question has no answer yet.
    static func grade(_ question: Question, in session: QuizSession, context: inout ProgressContext, wallNow: Double,
                      generators: [String: String]) -> (effect: Effect, explanation: String)? {
        guard let record = session.answers[question.id] else { return nil }
        let outcome = AnswerOutcome(correct: record.correct, timedOut: record.answer == .unanswered,
                                    usedHint: record.usedHint, seconds: record.seconds, budgetSeconds: question.timeLimit.map(Double.init))
        let itemID = ProgressRecorder.reviewItem(for: question.id, generators: generators).description
        let result = context.progress.recordReview(of: itemID, outcome: outcome, at: wallNow,
                                                   utcOffsetSeconds: context.utcOffsetSeconds)
        context.wallNow = wallNow
        return (.reviewed(itemID: itemID, outcome: outcome, time: wallNow), result.explanation)
    }
}

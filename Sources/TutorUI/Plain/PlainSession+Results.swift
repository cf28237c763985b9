import TutorCore

/// The end of an attempt in plain mode: the score, a list of questions, and each one's explanation.
extension PlainSession {
    /// Replaces the quiz with its results and records the attempt.
    mutating func finishQuiz(_ session: QuizSession, _ out: inout PlainOutput) {
        replaceTop(with: .results(session, reviewing: nil))
        let score = session.score
        if bestScores[session.quiz.id].map({ score.isBetter(than: $0) }) ?? true {
            bestScores[session.quiz.id] = score
        }
        resumable = nil
        out.effects.append(.quizFinished(session.snapshot(started: 0)))
        renderResults(session, &out)
    }

    func renderResults(_ session: QuizSession, _ out: inout PlainOutput) {
        let used = AnswerText.clock(Int(session.timeUsed.components.seconds))
        let ending: String
        switch session.phase {
        case .finished(.timeUp): ending = "time ran out, so unanswered questions count as wrong"
        default: ending = "all questions answered"
        }
        out.say()
        out.say("Results of \(session.quiz.title): score \(QuizResultsScreen(session: session).scoreText). Time used \(used); \(ending).")
        for (position, index) in session.order.enumerated() {
            let question = session.quiz.questions[index]
            let firstLine = PlainText.lines(markdown: question.prompt, width: 10_000).first ?? ""
            out.say(PlainText.labelled("\(position + 1)) \(Self.verdict(session.answers[question.id])): ", firstLine, width: width))
        }
        out.say("Type a question number for its explanation, or press Enter to go back.")
    }

    /// "Right", "Wrong" or "Unanswered": words, where the full-screen results also use ✓ and ✗.
    static func verdict(_ record: AnswerRecord?) -> String {
        guard let record, record.answer != .unanswered else { return "Unanswered" }
        return record.correct ? "Right" : "Wrong"
    }

    mutating func handleResults(_ input: String, _ session: QuizSession, reviewing: Int?, _ out: inout PlainOutput) {
        if input.isEmpty || input.lowercased() == "q" {
            pop(&out)
            return
        }
        if input.lowercased() == "g", let reviewing {
            let question = session.quiz.questions[session.order[reviewing]]
            guard let id = question.sectionID, let index = sections.firstIndex(where: { $0.id == id }) else {
                out.say("Question \(reviewing + 1) names no section of this course.")
                return
            }
            openSection(index, at: 0, announce: false, &out)
            return
        }
        guard let number = Int(input), session.order.indices.contains(number - 1) else {
            out.say("Type a question number from 1 to \(session.order.count), or press Enter to go back.")
            return
        }
        replaceTop(with: .results(session, reviewing: number - 1))
        renderReview(session, position: number - 1, &out)
    }

    func renderReview(_ session: QuizSession, position: Int, _ out: inout PlainOutput) {
        let question = session.quiz.questions[session.order[position]]
        let choices = session.displayedChoices(of: question)
        let record = session.answers[question.id]
        out.say()
        out.say("Question \(position + 1) of \(session.order.count): \(Self.verdict(record)).")
        out.say(PlainText.lines(of: question.prompt, in: question, width: width))
        if case .trueFalse = question.kind {} else if !choices.isEmpty {
            out.say()
            for (number, choice) in choices.enumerated() {
                out.say(PlainText.labelled("\(number + 1)) ", choice.text, width: width))
            }
        }
        out.say()
        renderAnswerAndExplanation(question, record: record, choices: choices, seed: session.seed, &out)
        if let id = question.sectionID {
            out.say("Taught in: \(sections.first { $0.id == id }?.title ?? id) (g opens it).")
        }
        out.say("Type another question number, or press Enter to go back.")
    }
}

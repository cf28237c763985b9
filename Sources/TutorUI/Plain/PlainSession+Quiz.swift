import TutorCore

/// Quizzes in plain mode: the list, practice or exam, typed answers, the clock and feedback.
extension PlainSession {
    func renderQuizList(_ out: inout PlainOutput) {
        out.say()
        out.say("Timed quizzes:")
        for (index, quiz) in quizzes.enumerated() {
            let best = bestScores[quiz.id].map { "best \($0.correct) of \($0.total)" } ?? "not taken yet"
            out.say("\(index + 1)) \(quiz.title): \(quiz.questions.count) questions, \(AnswerText.clock(quiz.timeLimit)), \(best)")
        }
        out.say("Type a quiz number, or press Enter to go back.")
    }

    mutating func handleQuizList(_ input: String, _ out: inout PlainOutput) {
        if input.isEmpty || input.lowercased() == "q" {
            pop(&out)
            return
        }
        guard let number = Int(input), quizzes.indices.contains(number - 1) else {
            out.say("Type a quiz number from 1 to \(quizzes.count), or press Enter to go back.")
            return
        }
        push(.choosingMode(quizIndex: number - 1))
        renderModeChoice(quizIndex: number - 1, &out)
    }

    func renderModeChoice(quizIndex: Int, _ out: inout PlainOutput) {
        let quiz = quizzes[quizIndex]
        let limit = AnswerText.clock(timeLimitOverride ?? quiz.timeLimit)
        out.say("\(quiz.title): \(quiz.questions.count) questions, \(limit) on the clock.")
        out.say("p) practice: right or wrong and the explanation after each answer")
        out.say("e) exam: feedback only at the end")
        out.say("Type p or e (Enter alone means practice; q goes back).")
    }

    mutating func handleModeChoice(_ input: String, quizIndex: Int, now: Duration, _ out: inout PlainOutput) {
        let mode: QuizSettings.Mode
        switch input.lowercased() {
        case "", "p", "practice": mode = .practice
        case "e", "exam": mode = .exam
        case "q":
            pop(&out)
            return
        default:
            out.say("Type p for practice or e for exam (q goes back).")
            return
        }
        stack.removeLast()
        startQuiz(id: quizzes[quizIndex].id, settings: QuizSettings(mode: mode, timeLimitOverride: timeLimitOverride),
                  now: now, &out)
    }

    /// Starts a new attempt (replacing any saved one) and prints its first question.
    public mutating func startQuiz(id: String, settings: QuizSettings, now: Duration) -> Reply {
        var out = PlainOutput()
        startQuiz(id: id, settings: settings, now: now, &out)
        return out.reply
    }

    mutating func startQuiz(id: String, settings: QuizSettings, now: Duration, _ out: inout PlainOutput) {
        guard let quiz = quizzes.first(where: { $0.id == id }) else {
            out.say("There is no quiz '\(id)' in this course.")
            return
        }
        let seed = seeds.next()
        let session = QuizSession(attemptAt: quiz, settings: settings, seed: seed, now: now)
        resumable = nil
        push(.quiz(session))
        out.effects.append(.quizSaved(session.snapshot(started: 0)))
        let mode = settings.mode == .practice ? "practice: the explanation follows each answer" : "exam: feedback at the end"
        out.say()
        out.say("\(quiz.title), \(mode). The clock starts now; q leaves the quiz and saves it.")
        renderQuestionOrFeedback(session, &out)
    }

    /// Reopens the saved attempt with the time it had left.
    mutating func resumeQuiz(now: Duration, _ out: inout PlainOutput) {
        guard let running = resumable, let quiz = quizzes.first(where: { $0.id == running.quizID }) else { return }
        guard let session = QuizSession(resuming: running, attemptAt: quiz, now: now) else {
            resumable = nil
            out.say("The saved attempt at \(quiz.title) no longer matches the quiz (its questions changed); start it again.")
            renderMenu(&out)
            return
        }
        push(.quiz(session))
        if session.isFinished {
            out.say("The saved attempt at \(quiz.title) had no time left.")
            finishQuiz(session, &out)
            return
        }
        out.say()
        out.say("Resuming \(quiz.title). The clock runs again; q leaves the quiz and saves it.")
        renderQuestionOrFeedback(session, &out)
    }

    mutating func handleQuiz(_ input: String, _ current: QuizSession, now: Duration, _ out: inout PlainOutput) {
        var session = current
        let before = (session.position, session.phase)
        session.tick(now: now)
        if case .finished(.timeUp) = session.phase {
            out.say("Time is up: the quiz ended before this answer, so it did not count.")
            finishQuiz(session, &out)
            return
        }
        if before != (session.position, session.phase) {
            // The question's own limit ran out while the learner was typing.
            out.say("Time ran out for question \(before.0 + 1): it counts as unanswered, and this answer did not count.")
            replaceTop(with: .quiz(session))
            out.effects.append(.quizSaved(session.snapshot(started: 0)))
            renderQuestionOrFeedback(session, &out)
            return
        }
        if ["q", "quit", "leave"].contains(input.lowercased()) {
            resumable = session.snapshot(started: 0)
            out.effects.append(.quizSaved(session.snapshot(started: 0)))
            out.say("Left the quiz with its answers and time saved: r in the menu resumes it.")
            // The attempt is resumable from the menu, so that is where leaving goes.
            stack = [.menu]
            renderMenu(&out)
            return
        }
        switch session.phase {
        case .answering:
            answer(input, &session, now: now, &out)
        case .feedback:
            switch input.lowercased() {
            case "", "n":
                session.continueAfterFeedback(now: now)
                afterChange(session, &out)
            case "g":
                replaceTop(with: .quiz(session))
                guard let id = session.currentQuestion?.sectionID,
                      let index = sections.firstIndex(where: { $0.id == id }) else {
                    out.say("This question names no section of this course.")
                    return
                }
                openSection(index, at: 0, announce: false, &out)
            default:
                replaceTop(with: .quiz(session))
                out.say("Press Enter for the next question" + (session.currentQuestion?.sectionID == nil ? "" : ", g to read the section") + ", or q to leave.")
            }
        case .finished:
            finishQuiz(session, &out)
        }
    }

    /// Grades a typed answer, or explains why the line is not one (nothing is counted then).
    mutating func answer(_ input: String, _ session: inout QuizSession, now: Duration, _ out: inout PlainOutput) {
        guard let question = session.currentQuestion else { return }
        if Self.asksForHint(input) {
            out.say(Self.hintLines(&session, width: width))
            replaceTop(with: .quiz(session))
            return
        }
        switch PlainAnswer.parse(input, question: question, choices: session.displayedChoices(of: question)) {
        case let .hint(text):
            replaceTop(with: .quiz(session))
            out.say("Not counted: \(text). \(timeLeft(session))")
        case let .answer(response, typed):
            session.submit(response, typed: typed, now: now)
            afterChange(session, &out)
        }
    }

    /// After an answer or a step past feedback: save, then the results, feedback or next question.
    mutating func afterChange(_ session: QuizSession, _ out: inout PlainOutput) {
        if session.isFinished {
            finishQuiz(session, &out)
            return
        }
        replaceTop(with: .quiz(session))
        out.effects.append(.quizSaved(session.snapshot(started: 0)))
        renderQuestionOrFeedback(session, &out)
    }

    /// Whether a typed line asks for the question's hint rather than answering it.
    static func asksForHint(_ input: String) -> Bool {
        ["hint", "?hint"].contains(input.lowercased())
    }

    /// The current question's hint (recorded as asked for), or why there is none.
    static func hintLines(_ session: inout QuizSession, width: Int) -> [String] {
        guard let hint = session.showHint() else { return ["This question has no hint."] }
        return PlainText.labelled("Hint: ", hint, width: width)
    }

    /// "[2:31 left]", and the question's own limit when it has one.
    func timeLeft(_ session: QuizSession) -> String {
        var parts: [String] = []
        if let seconds = session.secondsLeft { parts.append("\(AnswerText.clock(seconds)) left") }
        if let limit = session.currentQuestion?.timeLimit, case .answering = session.phase {
            let left = max(0, limit - Int(session.questionElapsed.components.seconds))
            parts.append("\(AnswerText.clock(left)) for this question")
        }
        return parts.isEmpty ? "[no time limit]" : "[" + parts.joined(separator: ", ") + "]"
    }

    /// The question being asked, or the feedback on the last answer; `note` (a review's scheduling
    /// sentence) is printed with the feedback.
    func renderQuestionOrFeedback(_ session: QuizSession, note: String? = nil, _ out: inout PlainOutput) {
        guard let question = session.currentQuestion else { return }
        let choices = session.displayedChoices(of: question)
        switch session.phase {
        case .answering:
            out.say()
            out.say("Question \(session.position + 1) of \(session.order.count) \(timeLeft(session))")
            out.say(PlainText.lines(of: question.prompt, in: question, width: width))
            // True/false needs no list: the instructions say t or f.
            if case .trueFalse = question.kind {} else if !choices.isEmpty {
                out.say()
                for (number, choice) in choices.enumerated() {
                    out.say(PlainText.labelled("\(number + 1)) ", choice.text, width: width))
                }
            }
            var instructions = PlainAnswer.instructions(for: question)
            if question.hint != nil {
                if instructions.hasSuffix(".") { instructions.removeLast() }
                instructions += ", or type hint for a hint."
            }
            out.say(instructions)
        case let .feedback(correct):
            let record = session.answers[question.id]
            out.say()
            if record?.answer == .unanswered {
                out.say("Time ran out for this question.")
            } else {
                out.say(correct ? "Correct." : "Not quite.")
            }
            renderAnswerAndExplanation(question, record: record, choices: choices, seed: session.seed, &out)
            let section = question.sectionID.map { id in sections.first { $0.id == id }?.title ?? id }
            if let section { out.say("Taught in: \(section) (g opens it).") }
            if let note { out.say(PlainText.labelled("", note, width: width)) }
            out.say("Press Enter for the next question, or q to leave.")
        case .finished:
            break
        }
    }

    /// "Your answer", "Right answer", a typical-mistake hint for a generated question, and the
    /// explanation (a generated question's worked solution), for feedback and the results review.
    ///
    /// - Parameter seed: the attempt's seed, which drew the generated question's numbers.
    func renderAnswerAndExplanation(_ question: Question, record: AnswerRecord?, choices: [(original: Int, text: String)],
                                    seed: UInt64, _ out: inout PlainOutput) {
        out.say(PlainText.labelled("Your answer: ", AnswerText.given(record, question: question, choices: choices), width: width))
        out.say(PlainText.labelled("Right answer: ", AnswerText.correct(question, choices: choices), width: width))
        if let record, !record.correct, let generated = QuestionGenerators.generate(for: question, seed: seed),
           let hint = GeneratedFeedback.hint(generated, record.answer) {
            out.say(PlainText.labelled("Hint: ", hint, width: width))
        }
        out.say()
        out.say(PlainText.lines(of: question.explanation, in: question, width: width))
    }
}

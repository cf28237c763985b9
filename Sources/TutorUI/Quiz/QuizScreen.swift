import TutorCore

/// A running quiz: the question and its input, practice feedback, and the "leave?" confirmation.
public struct QuizScreen: Hashable, Sendable {
    /// What a key asked the screen's owner to do.
    public enum Action: Hashable, Sendable {
        /// An answer was recorded (or a question's own time ran out).
        case answered
        /// Practice feedback was dismissed: the next question is on screen, or the session ended.
        case continued
        /// The learner confirmed leaving; the attempt stays resumable.
        case leave
        /// Open the guide section that teaches the current question.
        case openSection(String)
    }

    public private(set) var session: QuizSession
    public private(set) var input: AnswerInput?
    /// Why the last Enter did not count (e.g. "not a number: abc — …"); cleared by the next key.
    public private(set) var hint: String?
    /// The current question's own hint, once the learner asked for it (Ctrl-T).
    public private(set) var questionHint: String?
    public private(set) var confirmingLeave = false
    /// Set for spaced-review sessions: they record reviews instead of quiz attempts.
    public var review: ReviewPurpose?
    /// A line shown with practice feedback, such as "Next review in 6 days — because …".
    public var feedbackNote: String?
    /// Worked solutions and typical-mistake hints of the generated questions, by question id.
    public var generated: [String: GeneratedQuestion] = [:]

    /// Why a review session runs: due items change the schedule, "practice more" does not.
    public enum ReviewPurpose: Hashable, Sendable {
        case scheduled
        case practice
    }

    /// Shows the question's hint: a control chord, since letters, digits and Tab all answer.
    public static let hintKey = Key.control("t")

    public init(session: QuizSession) {
        self.session = session
        input = session.currentQuestion.map(AnswerInput.init(for:))
    }

    public mutating func handle(_ key: Key, now: Duration) -> Action? {
        if confirmingLeave {
            switch key {
            case .character("y"), .character("Y"), .enter:
                confirmingLeave = false
                return .leave
            default:
                confirmingLeave = false
                return nil
            }
        }
        if key == .escape {
            confirmingLeave = true
            return nil
        }
        switch session.phase {
        case .answering:
            guard let question = session.currentQuestion, var input else { return nil }
            hint = nil
            if key == Self.hintKey {
                // Asking is recorded with the answer: a right answer after a hint counts as harder.
                if let text = session.showHint() { questionHint = text } else { hint = "this question has no hint" }
                return nil
            }
            let outcome = input.handle(key, question: question, choices: session.displayedChoices(of: question))
            self.input = input
            switch outcome {
            case let .submit(response, typed):
                guard session.submit(response, typed: typed, now: now) != nil else { return nil }
                refreshInput()
                return .answered
            case let .hint(text):
                hint = text
                return nil
            case nil:
                return nil
            }
        case .feedback:
            switch key {
            case .enter, .character(" "), .character("n"), .right:
                session.continueAfterFeedback(now: now)
                refreshInput()
                return .continued
            case .character("g"):
                return session.currentQuestion?.sectionID.map(Action.openSection)
            default:
                return nil
            }
        case .finished:
            return nil
        }
    }

    /// Advances the clock; returns true when the time ran out or a question's own limit moved the quiz on.
    public mutating func tick(now: Duration) -> Bool {
        let before = (session.phase, session.position)
        session.tick(now: now)
        let changed = before != (session.phase, session.position)
        if changed { refreshInput() }
        return changed
    }

    public mutating func excludePause(_ pause: Duration) {
        session.excludePause(pause)
    }

    private mutating func refreshInput() {
        if case .answering = session.phase {
            input = session.currentQuestion.map(AnswerInput.init(for:))
            feedbackNote = nil
            questionHint = nil
        }
        hint = nil
    }
}

/// One attempt at a quiz as a value: question order, answers, phase and the countdown.
///
/// Time is an input: every call that can change the clock takes `now`, a monotonic reading, and the
/// session subtracts what elapsed since the previous reading. Keeping the time *remaining* rather than
/// a deadline means a suspended terminal or a program that was closed never eats quiz time: the
/// caller simply restarts the readings (`pauseClock(now:)`) or restores `remaining` from disk.
public struct QuizSession: Hashable, Sendable {
    /// Why an attempt ended.
    public enum EndReason: String, Hashable, Sendable {
        case completed
        case timeUp
    }

    /// What the learner is looking at.
    public enum Phase: Hashable, Sendable {
        case answering
        /// Practice mode: the result and explanation of the question just answered (or timed out).
        case feedback(correct: Bool)
        case finished(EndReason)
    }

    public let quiz: Quiz
    public let settings: QuizSettings
    public let seed: UInt64
    /// Indices into `quiz.questions`, in the order they are asked.
    public let order: [Int]
    /// The position in `order` of the question on screen (or just answered, in feedback).
    public private(set) var position: Int
    public private(set) var answers: [String: AnswerRecord]
    public private(set) var phase: Phase
    /// Time left, or nil for an untimed quiz.
    public private(set) var remaining: Duration?
    /// Time spent on the current question so far.
    public private(set) var questionElapsed: Duration = .zero
    /// Time spent answering in this session (the clock does not run during feedback or suspend).
    public private(set) var timeUsed: Duration = .zero
    /// Ids of questions whose hint was shown before they were answered.
    public private(set) var hintsShown: Set<String> = []
    private var lastReading: Duration

    /// Starts a new attempt at monotonic time `now`.
    public init(quiz: Quiz, settings: QuizSettings, seed: UInt64, now: Duration) {
        self.quiz = quiz
        self.settings = settings
        self.seed = seed
        var indices = Array(quiz.questions.indices)
        if settings.shuffleQuestions {
            var generator = SeededGenerator(seed: seed, stream: "order:" + quiz.id)
            indices.shuffle(using: &generator)
        }
        order = indices
        position = 0
        answers = [:]
        phase = quiz.questions.isEmpty ? .finished(.completed) : .answering
        let limit = settings.timeLimitOverride ?? quiz.timeLimit
        remaining = limit > 0 ? .seconds(limit) : nil
        lastReading = now
    }

    /// Rebuilds an attempt saved in the progress file; nil when the quiz changed so much that the
    /// saved question order no longer fits it.
    public init?(resuming running: RunningQuiz, quiz: Quiz, now: Duration) {
        guard running.quizID == quiz.id else { return nil }
        var indices: [Int] = []
        for id in running.questionOrder {
            guard let index = quiz.questions.firstIndex(where: { $0.id == id }) else { return nil }
            indices.append(index)
        }
        guard !indices.isEmpty else { return nil }
        self.quiz = quiz
        settings = QuizSettings(mode: running.mode.flatMap(QuizSettings.Mode.init(rawValue:)) ?? .practice)
        seed = running.seed
        order = indices
        answers = running.answers.filter { id, _ in running.questionOrder.contains(id) }
        hintsShown = Set(running.hintsShown.filter { running.questionOrder.contains($0) })
        position = min(max(0, running.currentIndex), indices.count)
        remaining = running.secondsRemaining.map { .milliseconds(Int64(($0 * 1000).rounded())) }
        lastReading = now
        phase = .answering
        if position >= indices.count || (remaining.map { $0 <= .zero } ?? false) {
            finish(remaining.map { $0 <= .zero } == true ? .timeUp : .completed)
        }
    }

    // MARK: - Reading

    public var currentQuestion: Question? {
        position < order.count ? quiz.questions[order[position]] : nil
    }

    public var isFinished: Bool {
        if case .finished = phase { return true }
        return false
    }

    /// The choices of a question in the order shown, each with its index in the quiz file.
    ///
    /// The shuffle depends only on the seed and the question's id, so a resumed or reviewed attempt
    /// shows the same order, and the answer key follows the choices.
    public func displayedChoices(of question: Question) -> [(original: Int, text: String)] {
        var indexed = question.kind.choices.enumerated().map { (original: $0.offset, text: $0.element) }
        if settings.shuffleChoices, case .single = question.kind {
            var generator = SeededGenerator(seed: seed, stream: "choices:" + question.id)
            indexed.shuffle(using: &generator)
        } else if settings.shuffleChoices, case .multiple = question.kind {
            var generator = SeededGenerator(seed: seed, stream: "choices:" + question.id)
            indexed.shuffle(using: &generator)
        }
        return indexed
    }

    public var score: QuizScore {
        QuizScore(correct: answers.values.filter(\.correct).count, total: order.count)
    }

    /// Seconds left, rounded up, for display as m:ss (a countdown shows 0:01 until it really ends).
    public var secondsLeft: Int? {
        remaining.map { duration in
            let (seconds, attoseconds) = duration.components
            return max(0, Int(seconds) + (attoseconds > 0 ? 1 : 0))
        }
    }

    /// The answers in the order asked, with unanswered questions filled in.
    public var orderedAnswers: [AnswerRecord] {
        order.map { index in
            let question = quiz.questions[index]
            return answers[question.id] ?? AnswerRecord(questionID: question.id, answer: .unanswered, correct: false, seconds: 0)
        }
    }

    // MARK: - Changing

    /// Accounts for time up to `now`; ends the quiz at zero and moves past a question whose own limit ran out.
    ///
    /// The clock runs only while a question is being answered: practice feedback and the finished
    /// screen do not count. Reaching zero exactly counts as out of time.
    public mutating func tick(now: Duration) {
        let elapsed = max(.zero, now - lastReading)
        lastReading = now
        guard case .answering = phase else { return }
        questionElapsed += elapsed
        timeUsed += min(elapsed, remaining ?? elapsed)
        if let left = remaining {
            let newRemaining = left - elapsed
            remaining = max(.zero, newRemaining)
            if newRemaining <= .zero {
                finish(.timeUp)
                return
            }
        }
        if let question = currentQuestion, let limit = question.timeLimit, questionElapsed >= .seconds(limit) {
            record(AnswerRecord(questionID: question.id, answer: .unanswered, correct: false, seconds: seconds(questionElapsed)))
            afterAnswer(correct: false)
        }
    }

    /// Forgets the time since the last reading.
    public mutating func pauseClock(now: Duration) {
        lastReading = now
    }

    /// Excludes a pause of known length (a terminal suspend, Ctrl-Z) from the next reading.
    public mutating func excludePause(_ pause: Duration) {
        lastReading += max(.zero, pause)
    }

    /// Grades and records a response to the current question; returns the record, or nil when no
    /// question is waiting for an answer (or time had already run out at `now`).
    @discardableResult
    public mutating func submit(_ response: Response, typed: String? = nil, now: Duration) -> AnswerRecord? {
        tick(now: now)
        guard case .answering = phase, let question = currentQuestion else { return nil }
        let correct = question.grade(response)
        let record = AnswerRecord(questionID: question.id, answer: Self.recorded(response, typed: typed),
                                  correct: correct, seconds: seconds(questionElapsed),
                                  usedHint: hintsShown.contains(question.id))
        self.record(record)
        afterAnswer(correct: correct)
        return record
    }

    /// The current question's hint, marked as shown so its answer records it; nil when the
    /// question has none or nothing is being answered.
    public mutating func showHint() -> String? {
        guard case .answering = phase, let question = currentQuestion, let hint = question.hint else { return nil }
        hintsShown.insert(question.id)
        return hint
    }

    /// Leaves practice feedback for the next question (or the end).
    public mutating func continueAfterFeedback(now: Duration) {
        guard case .feedback = phase else { return }
        lastReading = now
        advance()
    }

    /// Ends the attempt now (the learner chose to hand it in); unanswered questions stay unanswered.
    public mutating func handIn(now: Duration) {
        tick(now: now)
        if !isFinished { finish(.completed) }
    }

    private mutating func record(_ record: AnswerRecord) {
        answers[record.questionID] = record
    }

    private mutating func afterAnswer(correct: Bool) {
        switch settings.mode {
        case .practice: phase = .feedback(correct: correct)
        case .exam: advance()
        }
    }

    private mutating func advance() {
        position += 1
        questionElapsed = .zero
        if position >= order.count {
            finish(.completed)
        } else {
            phase = .answering
        }
    }

    private mutating func finish(_ reason: EndReason) {
        phase = .finished(reason)
        position = min(position, order.count)
    }

    private func seconds(_ duration: Duration) -> Double {
        let (s, atto) = duration.components
        return Double(s) + Double(atto) / 1e18
    }

    static func recorded(_ response: Response, typed: String?) -> RecordedAnswer {
        switch response {
        case let .choice(index): return .choice(index)
        case let .choices(set): return .choices(set.sorted())
        case let .truth(value): return .boolean(value)
        case let .number(value): return .typed(text: typed ?? String(value), number: value)
        case let .matrix(rows): return .matrix(rows)
        }
    }
}

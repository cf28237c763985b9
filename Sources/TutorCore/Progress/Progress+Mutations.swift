/// The helpers screens call to change progress; each is small so every change is easy to test.
///
/// Amounts of time that are negative, infinite or NaN are ignored rather than stored: one bad
/// clock reading must not poison totals (or make the file unencodable, as JSON has no NaN).
extension Progress {
    /// Counts one opening of a section at `time` (seconds since 1970 UTC).
    public mutating func markOpened(section id: String, at time: Double) {
        var entry = sections[id] ?? SectionProgress()
        entry.openCount += 1
        if entry.firstOpened == nil { entry.firstOpened = time }
        entry.lastOpened = time
        sections[id] = entry
    }

    /// Remembers the first visible line of a section, so the reader resumes there.
    public mutating func setScroll(section id: String, line: Int) {
        sections[id, default: SectionProgress()].scrollLine = max(0, line)
    }

    /// Marks a section as finished (or not, to undo).
    public mutating func markFinished(section id: String, _ finished: Bool = true) {
        sections[id, default: SectionProgress()].finished = finished
    }

    /// Adds study time to the total and to `day`, which then counts as studied; also to a section when given.
    public mutating func addStudyTime(_ seconds: Double, on day: CivilDay, section id: String? = nil) {
        guard seconds.isFinite, seconds >= 0 else { return }
        totalStudySeconds += seconds
        studyDays[day.description, default: 0] += seconds
        if let id {
            sections[id, default: SectionProgress()].secondsSpent += seconds
        }
    }

    /// Stores a finished attempt and updates the quiz's best score.
    ///
    /// - Returns: whether the attempt set a new best score.
    @discardableResult
    public mutating func record(attempt: QuizAttempt) -> Bool {
        var quiz = quizzes[attempt.quizID] ?? QuizProgress()
        quiz.attempts.append(attempt)
        let isBest = quiz.bestScore.map { attempt.score.isBetter(than: $0) } ?? true
        if isBest { quiz.bestScore = attempt.score }
        quizzes[attempt.quizID] = quiz
        return isBest
    }

    /// Starts a quiz, replacing any quiz left running (an abandoned run is not an attempt).
    ///
    /// - Parameter timeLimit: seconds allowed, or nil for an untimed quiz.
    public mutating func startQuiz(
        _ quizID: String, seed: UInt64, questionOrder: [String], at time: Double, timeLimit: Double? = nil
    ) {
        runningQuiz = RunningQuiz(quizID: quizID, seed: seed, started: time, questionOrder: questionOrder,
                                  secondsRemaining: timeLimit)
    }

    /// Changes the running quiz in place.
    ///
    /// - Returns: false, changing nothing, when no quiz is running.
    @discardableResult
    public mutating func updateRunningQuiz(_ change: (inout RunningQuiz) -> Void) -> Bool {
        guard var quiz = runningQuiz else { return false }
        change(&quiz)
        runningQuiz = quiz
        return true
    }

    /// Records an answer in the running quiz and moves to the next question.
    @discardableResult
    public mutating func answerRunningQuiz(_ record: AnswerRecord) -> Bool {
        updateRunningQuiz { quiz in
            quiz.answers[record.questionID] = record
            if let index = quiz.questionOrder.firstIndex(of: record.questionID) {
                quiz.currentIndex = min(index + 1, quiz.questionOrder.count)
            }
        }
    }

    /// Takes `seconds` of the running quiz's clock (called with the time actually spent on screen).
    @discardableResult
    public mutating func spendRunningQuizTime(_ seconds: Double) -> Bool {
        guard seconds.isFinite, seconds >= 0 else { return false }
        return updateRunningQuiz { quiz in
            if let remaining = quiz.secondsRemaining { quiz.secondsRemaining = max(0, remaining - seconds) }
        }
    }

    /// Ends the running quiz: questions never answered are recorded as `.unanswered` and wrong,
    /// the attempt is stored (see `record(attempt:)`) and returned, and the running quiz is cleared.
    ///
    /// - Returns: nil when no quiz is running.
    @discardableResult
    public mutating func finishRunningQuiz(at time: Double) -> QuizAttempt? {
        guard let quiz = runningQuiz else { return nil }
        var records = quiz.questionOrder.map { id in
            quiz.answers[id] ?? AnswerRecord(questionID: id, answer: .unanswered, correct: false, seconds: 0)
        }
        // Answers to questions no longer in the order are kept rather than dropped.
        let ordered = Set(quiz.questionOrder)
        records += quiz.answers.keys.sorted().filter { !ordered.contains($0) }.compactMap { quiz.answers[$0] }
        let attempt = QuizAttempt(quizID: quiz.quizID, started: quiz.started, ended: time, seed: quiz.seed,
                                  answers: records)
        record(attempt: attempt)
        runningQuiz = nil
        return attempt
    }

    /// Sets a skill's level on the checklist; nil removes it.
    public mutating func setSkill(_ skillID: String, _ level: SkillLevel?) {
        skills[skillID] = level
    }

    /// Appends one review to the log.
    public mutating func logReview(_ entry: ReviewLogEntry) {
        reviewLog.append(entry)
    }
}

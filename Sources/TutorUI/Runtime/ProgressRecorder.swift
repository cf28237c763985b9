import TutorCore

/// Applies the app's effects to a `Progress` value: the bridge between screens and the saved state.
///
/// Pure: the wall-clock time and the learner's local day are passed in with each effect.
public struct ProgressRecorder: Sendable {
    public private(set) var progress: Progress
    /// The learner's zone offset, for the review scheduler's study days.
    public var utcOffsetSeconds: Int
    /// The generator behind each generated question id: those are reviewed as their template
    /// (`template:<generator>`), since their numbers change every time.
    public var generatorOfQuestion: [String: String] = [:]
    /// When each open section was opened (seconds since 1970), to add its reading time on close.
    private var openedAt: [String: Double] = [:]

    /// A reading stretch longer than this counts only this much: a reader left open overnight is
    /// not twelve hours of study.
    public static let longestReadingStretch: Double = 20 * 60

    public init(progress: Progress, utcOffsetSeconds: Int = 0) {
        self.progress = progress
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// Every question answered for the first time becomes a review item, graded from what happened;
    /// later quiz answers leave the schedule alone (only due reviews move it, as FSRS expects).
    private mutating func scheduleFirstAnswers(of attempt: QuizAttempt, now: Double) {
        for answer in attempt.answers {
            let itemID = Self.reviewItem(for: answer.questionID, generators: generatorOfQuestion).description
            guard progress.review.cards[itemID] == nil else { continue }
            let outcome = AnswerOutcome(correct: answer.correct, timedOut: answer.answer == .unanswered,
                                        usedHint: answer.usedHint, seconds: answer.seconds)
            progress.recordReview(of: itemID, outcome: outcome, at: now, utcOffsetSeconds: utcOffsetSeconds)
        }
    }

    /// The review item a question belongs to: its template for a generated question, else itself.
    public static func reviewItem(for questionID: String, generators: [String: String]) -> ReviewItemID {
        generators[questionID].map(ReviewItemID.template) ?? .question(questionID)
    }

    /// Stores the running attempt, keeping the wall-clock start stamped when it began.
    private mutating func saveRunningQuiz(_ snapshot: RunningQuiz, now: Double) {
        var running = snapshot
        if let existing = progress.runningQuiz, existing.quizID == snapshot.quizID, existing.seed == snapshot.seed {
            running.started = existing.started
        } else {
            running.started = now
        }
        for (id, record) in running.answers where record.answeredAt == nil {
            running.answers[id]?.answeredAt = progress.runningQuiz?.answers[id]?.answeredAt ?? now
        }
        progress.runningQuiz = running
        progress.lastPlace = .quiz(quizID: running.quizID)
    }

    /// Updates progress for one effect; returns whether anything changed (and so needs saving).
    @discardableResult
    public mutating func apply(_ effect: Effect, now: Double, day: CivilDay) -> Bool {
        let before = progress
        switch effect {
        case let .openedSection(id):
            progress.markOpened(section: id, at: now)
            openedAt[id] = now
            progress.lastPlace = .reader(sectionID: id, line: progress.sections[id]?.scrollLine ?? 0)
        case let .scrolled(id, line):
            progress.setScroll(section: id, line: line)
            progress.lastPlace = .reader(sectionID: id, line: line)
        case let .finishedSection(id):
            progress.markFinished(section: id)
        case let .closedSection(id, line):
            progress.setScroll(section: id, line: line)
            progress.lastPlace = .reader(sectionID: id, line: line)
            if let start = openedAt.removeValue(forKey: id) {
                progress.addStudyTime(min(max(0, now - start), Self.longestReadingStretch), on: day, section: id)
            }
        case let .quizSaved(snapshot):
            saveRunningQuiz(snapshot, now: now)
        case let .quizFinished(snapshot):
            saveRunningQuiz(snapshot, now: now)
            // finishRunningQuiz records the attempt and its best score itself.
            if let attempt = progress.finishRunningQuiz(at: now) {
                progress.addStudyTime(attempt.answers.reduce(0) { $0 + $1.seconds }, on: day)
                scheduleFirstAnswers(of: attempt, now: now)
            }
            progress.lastPlace = .menu
        case let .setSkill(id, level):
            progress.setSkill(id, level)
        case let .reviewed(itemID, outcome, time):
            progress.recordReview(of: itemID, outcome: outcome, at: time, utcOffsetSeconds: utcOffsetSeconds)
        case .quit:
            break
        }
        return progress != before
    }
}

extension AppState {
    /// The app as the saved progress left it: read marks, reading positions, best scores, the section
    /// to continue and the quiz attempt to resume. `seed` starts the sequence of new quiz seeds;
    /// `pending` says what comes later in `.quizzesLoaded` (see `AppState.pending`).
    public init(sections: [Section], quizzes: [Quiz] = [], skills: [Skill] = [], pending: PendingContent = .none,
                progress: Progress, seed: UInt64 = 0, size: Size = Size(width: 80, height: 24)) {
        let finished = Set(progress.sections.filter(\.value.finished).map(\.key))
        let positions = progress.sections.mapValues(\.scrollLine)
        // The most recently opened section is the one to continue, even after a quiz since.
        let lastRead = progress.sections.filter { $0.value.lastOpened != nil }
            .max { ($0.value.lastOpened ?? 0, $0.key) < ($1.value.lastOpened ?? 0, $1.key) }?.key
        var fromPlace: String?
        if case let .reader(id, _) = progress.lastPlace { fromPlace = id }
        let best = progress.quizzes.compactMapValues(\.bestScore)
        self.init(sections: sections, quizzes: quizzes, skills: skills, pending: pending,
                  finished: finished, positions: positions,
                  lastRead: fromPlace ?? lastRead, resumable: progress.runningQuiz, bestScores: best, seed: seed, size: size)
    }
}

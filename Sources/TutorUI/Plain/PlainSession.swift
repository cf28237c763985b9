import TutorCore

/// Plain line mode as a value: each typed line goes in, text to print and effects come out.
///
/// The same engine as the full-screen tutor (`QuizSession`, the section layout, the `Effect`s that
/// `ProgressRecorder` applies), with line-oriented input and output: numbered menus, sections in
/// pages, typed answers. Nothing here reads a clock or the terminal: every call takes `now`, the
/// monotonic time the line arrived, and the driver prints what comes back.
public struct PlainSession: Sendable {
    /// What to print after a line, and the effects to perform (save progress, quit).
    public struct Reply: Hashable, Sendable {
        public var text: String
        public var effects: [Effect]

        public init(text: String = "", effects: [Effect] = []) {
            self.text = text
            self.effects = effects
        }
    }

    /// One screen of the session; the menu is always at the bottom of the stack.
    enum Screen: Hashable, Sendable {
        case menu
        case reading(PlainReading)
        /// Waiting for the words to search for.
        case searchPrompt
        case searchResults(query: String, hits: [SearchHit])
        case quizList
        /// A quiz was chosen; waiting for practice or exam.
        case choosingMode(quizIndex: Int)
        case quiz(QuizSession)
        /// `reviewing` is the question (a position in the attempt) shown last, for `g`.
        case results(QuizSession, reviewing: Int?)
        /// A spaced-review or "practice more" session.
        case review(PlainReview)
    }

    /// Lines shown per page of a section.
    public static let pageLines = 20
    /// Hits listed for one search; more are counted but not listed.
    public static let listedHits = 20
    /// The prompt after menus and questions.
    public static let prompt = "> "
    /// The prompt between pages of a section.
    public static let morePrompt = "-- Enter for more, q to stop -- "

    public let sections: [Section]
    public let quizzes: [Quiz]
    public let width: Int
    var stack: [Screen] = [.menu]
    /// Sections read to the end.
    public internal(set) var finished: Set<String>
    /// The first line of the page last shown in each section, saved as the reading position.
    public internal(set) var positions: [String: Int]
    /// The section read most recently, offered as "Continue".
    public internal(set) var lastRead: String?
    /// An unfinished quiz attempt, offered as "Resume".
    public internal(set) var resumable: RunningQuiz?
    public internal(set) var bestScores: [String: QuizScore]
    /// A `--time-limit` given on the command line, applied to every quiz started in this run.
    public var timeLimitOverride: Int?
    /// True once the learner quit or the input ended; later lines are ignored.
    public internal(set) var isFinished = false
    var seeds: SeededGenerator
    /// Built on the first search, at `width`: laying out every section costs more than a start-up should.
    var searchIndex: SearchIndex?
    /// The saved progress and wall clock as the driver last sent them (`receiveContext`); reviews
    /// need the schedule and the date.
    public internal(set) var context: ProgressContext?
    /// Monotonic time when `context` arrived, to move its wall clock on.
    var contextReceivedAt: Duration = .zero
    /// The monotonic time of the line being handled.
    var clockNow: Duration = .zero

    /// A session that starts where the saved progress left off.
    ///
    /// `seed` starts the sequence of quiz seeds, so tests are reproducible and runs are not.
    public init(sections: [Section], quizzes: [Quiz] = [], progress: Progress, seed: UInt64 = 0, width: Int = PlainText.width) {
        // The full-screen state already knows how to read progress (what counts as the section to
        // continue, which attempt resumes); plain mode takes the same answers from it.
        let saved = AppState(sections: sections, quizzes: quizzes, progress: progress)
        self.sections = sections
        self.quizzes = quizzes
        self.width = width
        finished = saved.finished
        positions = saved.positions
        lastRead = saved.lastRead
        resumable = saved.resumable
        bestScores = saved.bestScores
        seeds = SeededGenerator(seed: seed)
    }

    var screen: Screen { stack.last ?? .menu }

    // MARK: - Input

    /// The greeting and the menu, printed once before the first line is read.
    public func start() -> Reply {
        var out = PlainOutput()
        out.say("mltutor, plain mode: type a choice and press Enter; h explains the commands.")
        renderMenu(&out)
        return out.reply
    }

    /// Handles one line typed by the learner (without its newline) that arrived at `now`.
    public mutating func receive(_ line: String, now: Duration) -> Reply {
        guard !isFinished else { return Reply() }
        clockNow = max(clockNow, now)
        var out = PlainOutput()
        let input = line.withoutSurroundingSpace
        switch screen {
        case .menu: handleMenu(input, now: now, &out)
        case let .reading(reading): handleReading(input, reading, &out)
        case .searchPrompt: handleSearchPrompt(input, &out)
        case let .searchResults(query, hits): handleSearchResults(input, query: query, hits: hits, &out)
        case .quizList: handleQuizList(input, &out)
        case let .choosingMode(index): handleModeChoice(input, quizIndex: index, now: now, &out)
        case let .quiz(session): handleQuiz(input, session, now: now, &out)
        case let .results(session, reviewing): handleResults(input, session, reviewing: reviewing, &out)
        case let .review(review): handleReview(input, review, now: now, &out)
        }
        return out.reply
    }

    /// The input ended (end of file, or the terminal closed): saves what is open and quits.
    public mutating func endOfInput(now: Duration) -> Reply {
        guard !isFinished else { return Reply() }
        var out = PlainOutput()
        for (position, screen) in stack.enumerated() {
            switch screen {
            case let .reading(reading):
                out.effects.append(.closedSection(id: sections[reading.sectionIndex].id, line: reading.top))
            case var .quiz(session) where !session.isFinished:
                // Charged up to the end of input, as if the learner had left the quiz then.
                session.tick(now: now)
                stack[position] = .quiz(session)
                out.effects.append(.quizSaved(session.snapshot(started: 0)))
            default:
                break
            }
        }
        out.effects.append(.quit)
        out.prompt = nil
        isFinished = true
        return out.reply
    }

    // MARK: - Navigation

    mutating func push(_ screen: Screen) { stack.append(screen) }

    mutating func replaceTop(with screen: Screen) {
        if stack.count > 1 { stack[stack.count - 1] = screen } else { stack.append(screen) }
    }

    /// Leaves the screen in front and shows again the one under it.
    mutating func pop(_ out: inout PlainOutput) {
        if stack.count > 1 { stack.removeLast() }
        renderCurrent(&out)
    }

    /// Prints the screen in front again (after returning to it).
    func renderCurrent(_ out: inout PlainOutput) {
        switch screen {
        case .menu: renderMenu(&out)
        case let .reading(reading): renderPage(reading, &out)
        case .searchPrompt: renderSearchPrompt(&out)
        case let .searchResults(query, hits): renderSearchResults(query: query, hits: hits, &out)
        case .quizList: renderQuizList(&out)
        case let .choosingMode(index): renderModeChoice(quizIndex: index, &out)
        case let .quiz(session): renderQuestionOrFeedback(session, &out)
        case let .results(session, _): renderResults(session, &out)
        case let .review(review): renderQuestionOrFeedback(review.session, note: review.note, &out)
        }
    }

    mutating func quit(_ out: inout PlainOutput) {
        out.say("Goodbye.")
        out.prompt = nil
        out.effects.append(.quit)
        isFinished = true
    }

    // MARK: - Help

    static let helpLines = [
        "Plain mode reads one line at a time: type a choice and press Enter.",
        "Menu: a section's number reads it; c continues the last section; r resumes a saved quiz;",
        "  z lists the quizzes; s or / followed by words searches every section (such as /chi-square);",
        "  q quits. Progress is saved in the same file as the full-screen tutor.",
        "Reading: Enter shows the next \(pageLines) lines; b the page before; g the top; q stops.",
        "Quizzes: type the number of a choice, t or f, a number (0.25, 3/4, 12%), or a matrix row by",
        "  row (19 22; 43 50). The time left is shown with each question; the clock runs while you",
        "  type. q leaves a quiz: it is saved, and r in the menu resumes it. hint shows a question's",
        "  hint when it has one; a right answer after it counts as harder for spaced review.",
        "Reviews: v in the menu asks the questions due for spaced review; each answer moves that",
        "  question's next review (sooner when missed or slow), and the reason is shown. When nothing",
        "  is due, m asks questions answered before without changing the schedule.",
        "Search ignores case and accents: resume finds résumé.",
    ]
}

/// Text being collected for one reply, with the prompt that ends it.
struct PlainOutput {
    var lines: [String] = []
    var prompt: String? = PlainSession.prompt
    var effects: [Effect] = []

    mutating func say(_ line: String = "") { lines.append(line) }

    mutating func say(_ more: [String]) { lines += more }

    var reply: PlainSession.Reply {
        var text = lines.map { $0 + "\n" }.joined()
        if let prompt { text += prompt }
        return PlainSession.Reply(text: text, effects: effects)
    }
}

import TutorCore

/// The whole application as a value: a stack of screens over the menu, help, notices and size.
///
/// `update` is the only way it changes and returns the effects the run loop must perform;
/// `render` is pure, so the same state always draws the same frame.
public struct AppState: Sendable {
    /// A screen on the stack; the menu is always at the bottom.
    public enum Route: Hashable, Sendable {
        case menu
        case reader(ReaderScreen)
        case quizList(QuizListScreen)
        case quiz(QuizScreen)
        case results(QuizResultsScreen)
        case dashboard(DashboardScreen)
        case skills(SkillsScreen)
        case search(SearchScreen)
        case lab(LabScreen)
    }

    /// Below this the layout cannot work; a message is shown instead of a broken screen.
    public static let minimumSize = Size(width: 40, height: 12)
    /// How often a running quiz's clock is saved, so a kill loses at most this much quiz time.
    public static let quizSaveInterval: Duration = .seconds(5)

    public let sections: [Section]
    public internal(set) var quizzes: [Quiz]
    public internal(set) var skills: [Skill]
    /// Quizzes and skills still being parsed. The executable draws the first frame before parsing
    /// them (it is most of the start-up time) and sends `.quizzesLoaded` right after; until then
    /// the menu shows their rows with "loading…" so nothing moves when they arrive.
    public internal(set) var pending: PendingContent
    /// Whether a `.quizzesLoaded` event is still to come.
    public var loadingQuizzes: Bool { !pending.isEmpty }
    public internal(set) var stack: [Route] = [.menu]
    public internal(set) var menu: MenuScreen
    public internal(set) var help: HelpOverlay?
    public internal(set) var size: Size
    /// Sections read to the end.
    public internal(set) var finished: Set<String>
    /// The last scroll line of each section, so reopening returns to the same place.
    public internal(set) var positions: [String: Int]
    /// The section read most recently; the menu offers to continue it.
    public internal(set) var lastRead: String?
    /// A quiz attempt left unfinished (saved), offered in the menu as "Resume quiz".
    public internal(set) var resumable: RunningQuiz?
    public internal(set) var bestScores: [String: QuizScore]
    /// A message for the learner shown in the footer until replaced (a failed save, a damaged file).
    public internal(set) var notice: String?
    /// The latest monotonic time seen, from ticks.
    public internal(set) var now: Duration = .zero
    var lastQuizSave: Duration = .zero
    /// Seeds for new quiz attempts come from here, so tests are reproducible and runs are not.
    var seeds: SeededGenerator
    /// A `--time-limit` given on the command line, applied to every quiz started in this run.
    public var timeLimitOverride: Int?
    /// The saved progress and wall clock as last sent in; nil until the executable sends one.
    public internal(set) var context: ProgressContext?
    /// Monotonic time when `context` arrived, to move its wall clock forward between updates.
    var contextReceivedAt: Duration = .zero

    /// - Parameter pending: what is not parsed yet and will come in a `.quizzesLoaded` event; while
    ///   anything is pending, a saved quiz attempt is offered until the quizzes show whether its quiz
    ///   still exists.
    public init(sections: [Section], quizzes: [Quiz] = [], skills: [Skill] = [], pending: PendingContent = .none,
                finished: Set<String> = [], positions: [String: Int] = [:],
                lastRead: String? = nil, resumable: RunningQuiz? = nil, bestScores: [String: QuizScore] = [:],
                seed: UInt64 = 0, size: Size = Size(width: 80, height: 24)) {
        self.sections = sections
        self.quizzes = quizzes
        self.skills = skills
        self.pending = pending
        self.finished = finished
        self.positions = positions
        self.lastRead = lastRead.flatMap { id in sections.contains { $0.id == id } ? id : nil }
        self.resumable = !pending.isEmpty ? resumable
            : resumable.flatMap { running in quizzes.contains { $0.id == running.quizID } ? running : nil }
        self.bestScores = bestScores
        self.size = size
        seeds = SeededGenerator(seed: seed)
        menu = MenuScreen(items: [])
        menu.items = menuItems()
    }

    /// The screen in front.
    public var route: Route { stack.last ?? .menu }

    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    /// Rows below the header available to the screen in front.
    var bodyRows: Int { max(1, size.height - 1 - footerHeight(size.width)) }
    /// Rows for the menu list: the body minus its subtitle and a blank line.
    var menuRows: Int { max(1, bodyRows - 2) }
    var readerRows: Int { bodyRows }
    /// Rows for lists under a two-line heading (quiz list, results).
    var listRows: Int { max(1, bodyRows - 2) }

    mutating func replaceTop(with route: Route) {
        if stack.count > 1 { stack[stack.count - 1] = route } else { stack.append(route) }
    }

    mutating func pop() {
        if stack.count > 1 { stack.removeLast() }
        menu.items = menuItems()
    }

    // MARK: - Update

    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case let .resize(newSize):
            size = newSize
            relayout()
            return []
        case let .tick(time):
            now = max(now, time)
            return tickQuiz()
        case let .resumed(pause):
            if case var .quiz(screen) = route {
                screen.excludePause(pause)
                replaceTop(with: .quiz(screen))
            }
            relayout()
            return []
        case .terminate:
            return closingEffects() + [.quit]
        case let .notice(text):
            notice = text
            relayout()
            return []
        case let .quizzesLoaded(quizzes, skills):
            receiveQuizzes(quizzes, skills: skills)
            return []
        case let .context(newContext):
            context = newContext
            contextReceivedAt = now
            menu.items = menuItems()
            return []
        case let .key(key):
            return handle(key)
        }
    }

    /// Keeps every screen on the stack consistent with the current size and footer.
    mutating func relayout() {
        stack = stack.map { route in
            switch route {
            case var .reader(reader):
                reader.layout(width: size.width)
                reader.clamp(visibleRows: readerRows)
                return .reader(reader)
            case var .dashboard(screen):
                screen.clamp(visibleRows: bodyRows)
                return .dashboard(screen)
            case var .skills(screen):
                screen.scrollIntoView(visibleRows: bodyRows)
                return .skills(screen)
            default:
                return route
            }
        }
        menu.scrollIntoView(visibleRows: menuRows)
    }

    mutating func handle(_ key: Key) -> [Effect] {
        if key == .interrupt { return closingEffects() + [.quit] }
        if help != nil {
            help = nil
            return []
        }
        if isTooSmall {
            // Only leaving makes sense until the window grows again.
            if key == .character("q") { return closingEffects() + [.quit] }
            return []
        }
        if key == .character("?") && !routeTakesText {
            help = helpOverlay()
            return []
        }
        if key == .character("/") && routeOffersSearch {
            stack.append(.search(SearchScreen(index: SearchIndex(sections: sections, frameWidth: size.width))))
            return []
        }
        switch route {
        case .menu: return handleMenu(key)
        case let .reader(reader): return handleReader(key, reader)
        case let .quizList(list): return handleQuizList(key, list)
        case let .quiz(screen): return handleQuiz(key, screen)
        case let .results(results): return handleResults(key, results)
        case let .dashboard(screen): return handleDashboard(key, screen)
        case let .skills(screen): return handleSkills(key, screen)
        case let .search(screen): return handleSearch(key, screen)
        case let .lab(screen): return handleLab(key, screen)
        }
    }

    /// What must be saved before the program ends: the reading position and any running quiz.
    func closingEffects() -> [Effect] {
        var effects: [Effect] = []
        for route in stack {
            switch route {
            case let .reader(reader): effects.append(.closedSection(id: reader.section.id, line: reader.top))
            case let .quiz(screen) where !screen.session.isFinished && screen.review == nil:
                effects.append(.quizSaved(screen.session.snapshot(started: 0)))
            default: break
            }
        }
        return effects
    }
}

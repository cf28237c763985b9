/// Everything mltutor remembers about one learner: the value saved as the progress file.
///
/// Conventions (they are the file format, so they do not change without a schema bump):
/// - Every key is a content id (section, quiz, question, skill), never a position, and progress for
///   ids the current content no longer has is kept untouched: content can come back, or be renamed
///   back, and the learner's history must not silently vanish.
/// - Every timestamp is a `Double` of seconds since 1970-01-01 00:00 UTC, passed in by the caller;
///   the core never reads the clock. Days are `YYYY-MM-DD` strings in the learner's local zone.
/// - Members missing from a file take their defaults, and top-level members this build does not
///   know (added by a later patch of the same schema) are carried through in `unknownMembers`
///   and written back, so an older build does not erase a newer one's data.
public struct Progress: Hashable, Sendable {
    /// The schema this build writes. Files with a higher number are opened read-only.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    /// By section id.
    public var sections: [String: SectionProgress]
    /// By quiz id.
    public var quizzes: [String: QuizProgress]
    /// The quiz in progress, if any, so it resumes after a restart.
    public var runningQuiz: RunningQuiz?
    public var lastPlace: LastPlace
    /// The skills checklist, by skill id.
    public var skills: [String: SkillLevel]
    /// Every review, oldest first, for the spaced-repetition scheduler.
    public var reviewLog: [ReviewLogEntry]
    /// The spaced-review schedule derived from `reviewLog`, with its settings.
    public var review: ReviewSchedule
    public var totalStudySeconds: Double
    /// Study time per local day (`YYYY-MM-DD` → seconds); a day is "studied" when it has an entry.
    public var studyDays: [String: Double]
    /// Top-level members written by a later patch, preserved verbatim.
    public var unknownMembers: [String: JSONValue]

    public init(
        sections: [String: SectionProgress] = [:], quizzes: [String: QuizProgress] = [:],
        runningQuiz: RunningQuiz? = nil, lastPlace: LastPlace = .menu, skills: [String: SkillLevel] = [:],
        reviewLog: [ReviewLogEntry] = [], review: ReviewSchedule = ReviewSchedule(), totalStudySeconds: Double = 0, studyDays: [String: Double] = [:],
        unknownMembers: [String: JSONValue] = [:]
    ) {
        self.schemaVersion = Progress.currentSchemaVersion
        self.sections = sections
        self.quizzes = quizzes
        self.runningQuiz = runningQuiz
        self.lastPlace = lastPlace
        self.skills = skills
        self.reviewLog = reviewLog
        self.review = review
        self.totalStudySeconds = totalStudySeconds
        self.studyDays = studyDays
        self.unknownMembers = unknownMembers
    }

    /// The studied days, oldest first.
    public var daysStudied: [String] {
        studyDays.keys.sorted()
    }

    /// The streak as of `today`.
    public func streak(today: CivilDay) -> StudyStreak {
        StudyStreak.compute(days: studyDays.keys, today: today)
    }
}

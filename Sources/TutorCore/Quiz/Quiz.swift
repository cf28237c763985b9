/// A timed set of questions on one topic, read from `Content/quizzes/<id>.yaml`.
public struct Quiz: Hashable, Sendable, Identifiable {
    /// Stable id, unique across all content; by convention also the file name.
    public var id: String
    public var title: String
    /// The main topic, used to group quizzes in menus and statistics.
    public var topic: String
    /// Time allowed for the whole quiz, in seconds (always > 0).
    public var timeLimit: Int
    /// Default guide section for questions that do not name their own.
    public var sectionID: String?
    public var questions: [Question]
    /// The file the quiz came from, for `file:line` messages.
    public var path: String

    public init(
        id: String, title: String, topic: String, timeLimit: Int, sectionID: String? = nil,
        questions: [Question], path: String = ""
    ) {
        self.id = id
        self.title = title
        self.topic = topic
        self.timeLimit = timeLimit
        self.sectionID = sectionID
        self.questions = questions
        self.path = path
    }
}

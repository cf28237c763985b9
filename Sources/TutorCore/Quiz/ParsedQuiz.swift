/// Everything one pass over a quiz file found: the quiz (if its header was usable), every
/// problem, and the ids and section references with their lines for cross-file checks.
public struct ParsedQuiz: Hashable, Sendable {
    /// An id or reference together with where it was written.
    public struct Located: Hashable, Sendable {
        public var id: String
        public var line: Int

        public init(id: String, line: Int) {
            self.id = id
            self.line = line
        }
    }

    public var path: String
    /// The quiz with its valid questions; nil when the file or its header could not be read.
    public var quiz: Quiz?
    public var problems: [ContentProblem]
    /// The quiz id and every question id declared, including those of questions with problems,
    /// so that a broken question still reserves its id.
    public var declaredIDs: [Located]
    /// Every `section:` value, with its line, to check against the guide.
    public var sectionReferences: [Located]
    /// How many question entries the file lists, valid or not.
    public var questionEntries: Int
}

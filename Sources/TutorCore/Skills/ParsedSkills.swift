/// Everything one pass over a skills file found: the valid skills, every problem, and the ids and
/// section references with their lines for checks across all content.
public struct ParsedSkills: Hashable, Sendable {
    public var path: String
    /// The skills whose entries had no problem, in file order.
    public var skills: [Skill]
    public var problems: [ContentProblem]
    /// Every skill id declared, including those of entries with other problems, so that a broken
    /// entry still reserves its id.
    public var declaredIDs: [ParsedQuiz.Located]
    /// Every `section:` value, with its line, to check against the guide.
    public var sectionReferences: [ParsedQuiz.Located]

    public init(path: String, skills: [Skill] = [], problems: [ContentProblem] = [],
                declaredIDs: [ParsedQuiz.Located] = [], sectionReferences: [ParsedQuiz.Located] = []) {
        self.path = path
        self.skills = skills
        self.problems = problems
        self.declaredIDs = declaredIDs
        self.sectionReferences = sectionReferences
    }
}

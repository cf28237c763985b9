/// The outcome of validating a content folder: every problem plus what was found.
public struct ValidationReport: Hashable, Sendable {
    /// Every problem, sorted by path, then line, then message.
    public var problems: [ContentProblem]
    public var sectionCount: Int
    public var quizCount: Int
    public var questionCount: Int

    public init(problems: [ContentProblem], sectionCount: Int, quizCount: Int, questionCount: Int) {
        self.problems = problems.sorted { ($0.path, $0.line, $0.message) < ($1.path, $1.line, $1.message) }
        self.sectionCount = sectionCount
        self.quizCount = quizCount
        self.questionCount = questionCount
    }

    public var isOK: Bool { problems.isEmpty }

    /// One line such as "18 sections, 13 quizzes, 196 questions: OK" or "…: 3 problems".
    public var summary: String {
        func counted(_ n: Int, _ noun: String, _ plural: String) -> String { "\(n) \(n == 1 ? noun : plural)" }
        let found = [counted(sectionCount, "section", "sections"), counted(quizCount, "quiz", "quizzes"),
                     counted(questionCount, "question", "questions")].joined(separator: ", ")
        return "\(found): " + (isOK ? "OK" : counted(problems.count, "problem", "problems"))
    }
}

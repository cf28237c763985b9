import Foundation
import Testing
@testable import TutorCore

/// Checks the real quiz bank in `Content/quizzes`: it loads cleanly, covers the syllabus, and its
/// numeric answers agree with values recomputed here from the data in each prompt.
@Suite("Quiz bank")
struct QuizBankTests {
    /// The guide section ids that quizzes may reference (fixed by the content plan).
    static let sectionIDs: Set<String> = [
        "who-is-an-ml-engineer", "roles-and-responsibilities", "technical-skills", "python-for-ml", "soft-skills",
        "career-path", "salary-india", "job-market", "faq", "concept-probability", "concept-linear-algebra",
        "concept-matrix-multiplication", "concept-z-tests", "concept-t-tests", "concept-anova", "concept-chi-square",
        "concept-gradient-descent", "concept-bayesian-statistics",
    ]

    /// Loaded once: Swift Testing makes a fresh suite value for each of the many argument cases.
    static let bank = QuizLoader.load(contentDirectory: FixtureSupport.contentDirectory)

    var quizzes: [Quiz] { Self.bank.quizzes }
    var problems: [ContentProblem] { Self.bank.problems }

    var questions: [Question] { quizzes.flatMap(\.questions) }

    func findQuestion(_ id: String) -> Question? { questions.first { $0.id == id } }

    @Test func loadsWithoutProblems() {
        #expect(problems.map(\.description) == [])
    }

    @Test func hasEnoughQuizzesAndQuestions() {
        #expect(quizzes.count >= 12)
        #expect(questions.count >= 190)
    }

    @Test(arguments: ["t-tests", "anova", "chi-square", "matrix-multiplication"])
    func coreStatisticsTopicsHaveFifteenQuestions(topic: String) {
        #expect(questions.filter { $0.topics.contains(topic) }.count >= 15)
    }

    @Test(arguments: ["z-tests", "probability", "linear-algebra", "gradient-descent", "bayesian-statistics", "python", "career"])
    func everyTopicHasAQuiz(topic: String) {
        #expect(quizzes.contains { $0.topic == topic })
    }

    @Test func careerGuideHasTwoQuizzesCoveringTheKeyFigures() {
        let career = quizzes.filter { $0.topic == "career" }
        #expect(career.count >= 2)
        let numbers = career.flatMap(\.questions).compactMap { question -> Double? in
            if case .numeric(let answer, _, _) = question.kind { return answer }
            return nil
        }
        // Average salary, the additional-cash floor, adoption and growth figures from the guide.
        for figure in [12.0, 77.5, 56, 40] {
            #expect(numbers.contains(figure), "no career question has the answer \(figure)")
        }
    }

    @Test func everyQuestionTypeIsUsed() {
        var counts: [String: Int] = [:]
        for question in questions { counts[question.kind.typeName, default: 0] += 1 }
        #expect(counts["single", default: 0] >= 10)
        #expect(counts["multiple", default: 0] >= 5)
        #expect(counts["truefalse", default: 0] >= 5)
        #expect(counts["numeric", default: 0] >= 10)
        #expect(counts["matrix", default: 0] >= 5)
        let tolerances = Set(questions.compactMap { question -> String? in
            switch question.kind {
            case .numeric(_, .absolute, _), .matrix(_, .absolute): return "absolute"
            case .numeric(_, .relative, _), .matrix(_, .relative): return "relative"
            case .numeric(_, .significantFigures, _), .matrix(_, .significantFigures): return "sigfigs"
            default: return nil
            }
        })
        #expect(tolerances.isSuperset(of: ["absolute", "sigfigs"]))
        #expect(questions.contains { if case .numeric(_, _, true) = $0.kind { true } else { false } })
    }

    @Test func idsAreUniqueAndDistinctFromSectionIDs() {
        let ids = quizzes.map(\.id) + questions.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids).intersection(Self.sectionIDs) == [])
    }

    @Test func everyQuestionPointsAtAKnownSection() {
        for question in questions {
            #expect(question.sectionID.map(Self.sectionIDs.contains) == true, "\(question.id) → \(question.sectionID ?? "none")")
        }
    }

    @Test func explanationsAreSubstantial() {
        // Each explanation must justify the right answer and take apart the tempting wrong one,
        // which cannot be done in a single short sentence.
        for question in questions {
            let sentences = question.explanation.split(whereSeparator: { ".!?".contains($0) }).filter { $0.count > 3 }
            #expect(question.explanation.count >= 100 && sentences.count >= 2, "\(question.id): explanation too thin")
        }
    }

    @Test func atLeastThirtyAnswersAreRecomputed() {
        #expect(QuizBankRecomputations.all.count >= 30)
        let ids = QuizBankRecomputations.all.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test(arguments: QuizBankRecomputations.all)
    func answerMatchesRecomputation(_ check: Recomputation) throws {
        let question = try #require(findQuestion(check.id), "no question \(check.id) in the bank")
        for fragment in check.data {
            #expect(question.prompt.contains(fragment), "\(check.id): prompt does not show '\(fragment)'")
        }
        switch (check.value, question.kind) {
        case (.number(let value), .numeric(let answer, let tolerance, _)):
            // Typing the exact value must be graded right, and the stored answer must be that value.
            #expect(question.grade(.number(value)), "\(check.id): stored \(answer), recomputed \(value)")
            #expect(tolerance.accepts(answer, expected: value))
        case (.matrix(let value), .matrix(let answer, let tolerance)):
            #expect(question.grade(.matrix(value)), "\(check.id): stored \(answer), recomputed \(value)")
            #expect(Question(id: "x", prompt: "x", kind: .matrix(answer: value, tolerance: tolerance), explanation: "x")
                .grade(.matrix(answer)))
        default:
            Issue.record("\(check.id): recomputation kind does not match the question type \(question.kind.typeName)")
        }
    }

    /// Validates the real quizzes against stub guide sections carrying the planned ids, so the
    /// whole bank passes the validator even before the guide itself is merged.
    @Test func bankPassesTheValidatorWithThePlannedSections() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-bank-\(UUID().uuidString)").path
        defer { FixtureSupport.remove(directory) }
        try FileManager.default.createDirectory(atPath: directory + "/guide", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FixtureSupport.contentDirectory + "/quizzes", toPath: directory + "/quizzes")
        for (order, id) in Self.sectionIDs.sorted().enumerated() {
            try FixtureSupport.write("---\nid: \(id)\ntitle: \(id)\norder: \(order)\n---\nStub.\n", to: "\(directory)/guide/\(id).md")
        }
        let report = ContentValidator.validate(contentDirectory: directory)
        #expect(report.problems.map(\.description) == [])
        #expect(report.summary == "18 sections, \(quizzes.count) quizzes, \(questions.count) questions: OK")
    }

    /// Once the real guide is in the same tree, the whole content folder must validate.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: FixtureSupport.contentDirectory + "/guide")))
    func realContentFolderValidates() {
        let report = ContentValidator.validate(contentDirectory: FixtureSupport.contentDirectory)
        #expect(report.problems.map(\.description) == [])
    }
}

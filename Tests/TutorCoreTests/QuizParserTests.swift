import Testing
@testable import TutorCore

@Suite("QuizParser")
struct QuizParserTests {
    let path = "quizzes/sample.yaml"

    /// A minimal valid quiz with one numeric question, for edits in individual tests.
    let base = """
    id: sample
    title: Sample
    topic: t-tests
    timeLimit: 120
    questions:
      - id: sample-01
        type: numeric
        prompt: "Mean of 1, 2, 6?"
        answer: 3
        tolerance: {absolute: 0.01}
        explanation: "Sum 9 over 3 values."
    """

    func problems(_ text: String) -> [String] {
        QuizParser.parseAll(text, path: path).problems.map(\.description)
    }

    @Test func parsesEveryQuestionType() throws {
        let fixture = try FixtureSupport.read(FixtureSupport.fixturesDirectory + "/valid-content/quizzes/fixture-quiz.yaml")
        let quiz = try QuizParser.parse(fixture, path: "fixture-quiz.yaml")
        #expect(quiz.id == "fixture-quiz")
        #expect(quiz.timeLimit == 300)
        #expect(quiz.sectionID == "concept-t-tests")
        let kinds = quiz.questions.map(\.kind)
        #expect(kinds == [
            .single(choices: ["Welch t-test", "chi-square test", "F-test of variances"], answer: 0),
            .multiple(choices: ["independent observations", "equal group sizes", "roughly normal data"], answers: [0, 2]),
            .trueFalse(answer: true),
            .numeric(answer: 5, tolerance: .absolute(0.01), percent: false),
            .numeric(answer: 25, tolerance: .relative(0.01), percent: true),
            .matrix(answer: [[1, 2], [3, 4]], tolerance: .significantFigures(3)),
        ])
        let numeric = quiz.questions[3]
        #expect(numeric.sectionID == "salary-india")
        #expect(numeric.timeLimit == 60)
        #expect(numeric.line == 25)
        #expect(quiz.questions[0].sectionID == "concept-t-tests")
        // A question without topics inherits the quiz topic.
        #expect(quiz.questions[1].topics == ["t-tests"])
    }

    @Test func linesAreOneBased() {
        let text = base.replacingOccurrences(of: "answer: 3", with: "answer: three")
        #expect(problems(text) == ["quizzes/sample.yaml:9: 'answer' must be a number, found 'three'"])
    }

    @Test func brokenYAMLGivesTheLine() {
        let text = base.replacingOccurrences(of: "tolerance: {absolute: 0.01}", with: "tolerance: {absolute: 0.01")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("quizzes/sample.yaml:11: YAML syntax error") == true)
    }

    @Test func duplicateKeyIsReported() {
        let text = base + "\n    answer: 4"
        #expect(problems(text) == ["quizzes/sample.yaml:9: duplicate key 'answer' in one mapping"])
    }

    @Test func unknownKeySuggestsTheNearestKnownOne() {
        let text = base.replacingOccurrences(of: "explanation:", with: "explaination:")
        #expect(problems(text) == [
            "quizzes/sample.yaml:11: unknown key 'explaination' in a question (did you mean 'explanation'?)",
            "quizzes/sample.yaml:6: question 'sample-01' has no 'explanation'",
        ])
    }

    @Test func unknownTopLevelKey() {
        let text = base.replacingOccurrences(of: "timeLimit: 120", with: "timeLimit: 120\nauthor: me")
        #expect(problems(text) == ["quizzes/sample.yaml:5: unknown key 'author' in the quiz (known: id, title, topic, timeLimit, section, questions)"])
    }

    @Test func missingToleranceIsReported() {
        let text = base.replacingOccurrences(of: "    tolerance: {absolute: 0.01}\n", with: "")
        #expect(problems(text) == ["quizzes/sample.yaml:6: question 'sample-01' needs a 'tolerance' (one of absolute, relative, sigfigs)"])
    }

    @Test func toleranceNeedsExactlyOnePositiveRule() {
        let two = base.replacingOccurrences(of: "{absolute: 0.01}", with: "{absolute: 0.01, relative: 0.1}")
        #expect(problems(two) == ["quizzes/sample.yaml:10: a tolerance needs exactly one of absolute, relative, sigfigs; found 2"])
        let zero = base.replacingOccurrences(of: "{absolute: 0.01}", with: "{absolute: 0}")
        #expect(problems(zero) == ["quizzes/sample.yaml:10: 'absolute' tolerance must be greater than zero, found 0.0"])
        let figures = base.replacingOccurrences(of: "{absolute: 0.01}", with: "{sigfigs: 0}")
        #expect(problems(figures) == ["quizzes/sample.yaml:10: 'sigfigs' must be between 1 and 15, found 0"])
    }

    @Test func timeLimitsMustBePositive() {
        let quiz = base.replacingOccurrences(of: "timeLimit: 120", with: "timeLimit: 0")
        #expect(problems(quiz) == ["quizzes/sample.yaml:4: 'timeLimit' must be a positive number of seconds, found 0"])
        let question = base + "\n    timeLimit: -5"
        #expect(problems(question) == ["quizzes/sample.yaml:12: 'timeLimit' must be a positive number of seconds, found -5"])
    }

    @Test func emptyPromptAndExplanation() {
        let text = base.replacingOccurrences(of: "\"Mean of 1, 2, 6?\"", with: "\"  \"")
            .replacingOccurrences(of: "\"Sum 9 over 3 values.\"", with: "\"\"")
        #expect(problems(text) == [
            "quizzes/sample.yaml:8: 'prompt' is empty",
            "quizzes/sample.yaml:11: 'explanation' is empty",
        ])
    }

    func choiceQuiz(_ lines: String) -> String {
        """
        id: sample
        title: Sample
        topic: anova
        timeLimit: 120
        questions:
          - id: sample-01
            prompt: "Pick"
            explanation: "Because."
        \(lines)
        """
    }

    @Test func singleAnswerOutOfRange() {
        let text = choiceQuiz("    type: single\n    choices: [a, b, c]\n    answer: 3")
        #expect(problems(text) == ["quizzes/sample.yaml:11: answer index 3 is out of range: there are 3 choices, numbered 0 to 2"])
    }

    @Test func duplicateChoices() {
        let text = choiceQuiz("    type: single\n    choices:\n      - yes\n      - no\n      - yes\n    answer: 0")
        #expect(problems(text) == ["quizzes/sample.yaml:13: duplicate choice 'yes'"])
    }

    @Test func multipleNeedsAtLeastOneAnswer() {
        let empty = choiceQuiz("    type: multiple\n    choices: [a, b, c]\n    answer: []")
        #expect(problems(empty) == ["quizzes/sample.yaml:11: a multiple-choice 'answer' needs at least one index"])
        let scalar = choiceQuiz("    type: multiple\n    choices: [a, b, c]\n    answer: 1")
        #expect(problems(scalar) == ["quizzes/sample.yaml:11: a multiple-choice 'answer' must be a list of indices like [0, 2]"])
        let twice = choiceQuiz("    type: multiple\n    choices: [a, b, c]\n    answer: [1, 1]")
        #expect(problems(twice) == ["quizzes/sample.yaml:11: answer index 1 is listed twice"])
    }

    @Test func missingAnswer() {
        let text = choiceQuiz("    type: truefalse")
        #expect(problems(text) == ["quizzes/sample.yaml:6: question 'sample-01' has no 'answer'"])
    }

    @Test func trueFalseNeedsABoolean() {
        let text = choiceQuiz("    type: truefalse\n    answer: maybe")
        #expect(problems(text) == ["quizzes/sample.yaml:10: 'answer' must be true or false, found 'maybe'"])
    }

    @Test func keysThatDoNotFitTheTypeAreReported() {
        let text = choiceQuiz("    type: truefalse\n    choices: [a, b]\n    answer: true")
        #expect(problems(text) == ["quizzes/sample.yaml:10: 'choices' does not apply to truefalse questions"])
    }

    @Test func unknownTypeSuggests() {
        let text = choiceQuiz("    type: singel\n    choices: [a, b]\n    answer: 0")
        #expect(problems(text) == ["quizzes/sample.yaml:9: unknown question type 'singel' (known: single, multiple, truefalse, numeric, matrix); did you mean 'single'?"])
    }

    @Test func matrixRowsMustHaveEqualLength() {
        let text = choiceQuiz("    type: matrix\n    answer: [[1, 2], [3]]\n    tolerance: {absolute: 0.5}")
        #expect(problems(text) == ["quizzes/sample.yaml:10: matrix rows must have equal length: row 2 has 1 entries, row 1 has 2"])
    }

    @Test func invalidIDs() {
        let text = base.replacingOccurrences(of: "id: sample-01", with: "id: Sample_01")
        #expect(problems(text) == ["quizzes/sample.yaml:6: id 'Sample_01' must be lowercase letters, digits and '-' only"])
    }

    @Test func missingHeaderKeys() {
        let text = base.replacingOccurrences(of: "title: Sample\n", with: "")
        let parsed = QuizParser.parseAll(text, path: path)
        #expect(parsed.problems.map(\.description) == ["quizzes/sample.yaml:1: the quiz needs 'title'"])
        #expect(parsed.quiz == nil)
        #expect(parsed.declaredIDs.map(\.id) == ["sample", "sample-01"])
    }

    @Test func badQuestionIsDroppedButItsIDStaysDeclared() {
        let text = base + """

          - id: sample-02
            type: single
            prompt: "?"
            choices: [a, b]
            answer: 5
            explanation: "x"
        """
        let parsed = QuizParser.parseAll(text, path: path)
        #expect(parsed.quiz?.questions.map(\.id) == ["sample-01"])
        #expect(parsed.declaredIDs.map(\.id) == ["sample", "sample-01", "sample-02"])
        #expect(parsed.questionEntries == 2)
    }

    @Test func throwingParseReportsTheFirstProblem() {
        let text = base.replacingOccurrences(of: "answer: 3", with: "answer: x")
        #expect(throws: ContentProblem(path: path, line: 9, message: "'answer' must be a number, found 'x'")) {
            try QuizParser.parse(text, path: path)
        }
    }

    @Test func emptyFileAndNonMapping() {
        #expect(problems("") == ["quizzes/sample.yaml:1: the quiz file is empty"])
        #expect(problems("- a\n- b") == ["quizzes/sample.yaml:1: the quiz must be a mapping of 'key: value' lines"])
    }
}

import Testing
@testable import TutorCore

/// Quiz files with `generator:` entries: parsing, `path:line:` problems, and materialising by seed.
@Suite("Generator entries in quiz files")
struct GeneratorEntryParsingTests {
    let path = "quizzes/gen.yaml"

    func quiz(_ entries: String) -> String {
        """
        id: gen
        title: Generated
        topic: t-tests
        timeLimit: 600
        section: concept-t-tests
        questions:
          - id: gen-static
            type: numeric
            prompt: "Mean of 1, 2, 6?"
            answer: 3
            tolerance: {absolute: 0.01}
            explanation: "Sum 9 over 3 values."
        \(entries)
        """
    }

    func problems(_ text: String) -> [String] {
        QuizParser.parseAll(text, path: path).problems.map(\.description)
    }

    @Test func generatorEntryBecomesAGradableQuestionWithItsReference() throws {
        let text = quiz("""
              - id: gen-welch
                generator: ttest.welch
                parameters: {target: df, alpha: 0.01}
                topics: [t-tests, welch]
                timeLimit: 90
            """)
        let parsed = try QuizParser.parse(text, path: path)
        #expect(parsed.questions.count == 2)
        let question = parsed.questions[1]
        #expect(question.id == "gen-welch")
        #expect(question.generator == GeneratorReference(name: "ttest.welch", parameters: .init(target: .df, alpha: 0.01)))
        #expect(question.topics == ["t-tests", "welch"])
        #expect(question.sectionID == "concept-t-tests")
        #expect(question.timeLimit == 90)
        #expect(question.line == 13)
        #expect(question.prompt.contains("Welch–Satterthwaite degrees of freedom"))
        // Loaded without an attempt, the entry holds seed 0's numbers.
        let seedZero = try QuestionGenerators.generate(try #require(question.generator), id: "gen-welch", seed: 0)
        #expect(question.kind == seedZero.question.kind)
    }

    @Test func materialisedReplacesOnlyGeneratedQuestionsAndKeepsIDs() throws {
        let text = quiz("""
              - id: gen-anova
                generator: anova.one-way
              - id: gen-matrix
                generator: matrix.multiply
                parameters: {target: product}
            """)
        let loaded = try QuizParser.parse(text, path: path)
        #expect(loaded.hasGeneratedQuestions)
        let first = loaded.materialised(seed: 12345)
        let again = loaded.materialised(seed: 12345)
        let other = loaded.materialised(seed: 999)
        #expect(first == again)
        #expect(first.questions.map(\.id) == ["gen-static", "gen-anova", "gen-matrix"])
        #expect(first.questions[0] == loaded.questions[0])
        #expect(first.questions[1].prompt != other.questions[1].prompt)
        #expect(first.questions[1].line == loaded.questions[1].line)
        #expect(first.questions[2].generator?.parameters.target == .product)
        // The worked solutions and hints that go with the materialised questions.
        let generated = loaded.generatedQuestions(seed: 12345)
        #expect(Set(generated.keys) == ["gen-anova", "gen-matrix"])
        #expect(generated["gen-anova"]?.question == first.questions[1])
        #expect(generated["gen-anova"]?.worked.title == "one-way ANOVA")
    }

    @Test func unknownGeneratorIsALocatedProblemWithASuggestion() {
        let found = problems(quiz("""
              - id: gen-bad
                generator: ttest.welsh
            """))
        #expect(found == ["quizzes/gen.yaml:14: unknown generator 'ttest.welsh' (known: "
            + QuestionGenerators.names.joined(separator: ", ") + "); did you mean 'ttest.welch'?"])
    }

    @Test func badParametersAreLocatedProblems() {
        let found = problems(quiz("""
              - id: gen-a
                generator: ztest.one-sample
                parameters:
                  target: df
              - id: gen-b
                generator: chisq.gof
                parameters: {alpha: 0.9}
              - id: gen-c
                generator: anova.one-way
                parameters: {target: slope, tails: 2}
              - id: gen-d
                generator: anova.one-way
                parameters: {alpha: lots}
            """))
        #expect(found.contains("quizzes/gen.yaml:16: generator 'ztest.one-sample' cannot ask for 'df' (it can ask for: statistic, p, critical, decision)"))
        #expect(found.contains("quizzes/gen.yaml:19: 'alpha' must lie between 0 and 0.5, found 0.9"))
        #expect(found.contains { $0.hasPrefix("quizzes/gen.yaml:22: unknown key 'tails' in generator parameters") })
        #expect(found.contains("quizzes/gen.yaml:25: 'alpha' must be a number, found 'lots'"))
        #expect(found.contains("quizzes/gen.yaml:22: unknown target 'slope' (known: statistic, df, p, critical, decision)"))
        #expect(found.count == 5)
    }

    @Test func writtenFieldsAreRefusedOnGeneratorEntriesAndParametersOnStaticOnes() {
        let found = problems(quiz("""
              - id: gen-a
                generator: ttest.paired
                prompt: "Compute t."
                answer: 2
              - id: gen-b
                type: truefalse
                prompt: "True?"
                answer: true
                explanation: "Because it is. It simply is."
                parameters: {target: df}
            """))
        #expect(found.contains("quizzes/gen.yaml:15: 'prompt' does not apply to a generator entry: the generator writes it"))
        #expect(found.contains("quizzes/gen.yaml:16: 'answer' does not apply to a generator entry: the generator writes it"))
        #expect(found.contains("quizzes/gen.yaml:22: 'parameters' applies only to generator entries (add 'generator:')"))
        let quiz = QuizParser.parseAll(quiz(""), path: path).quiz
        #expect(quiz?.questions.count == 1)
    }

    @Test func shippedGeneratedPracticeQuizLoadsAndMaterialises() throws {
        let text = try FixtureSupport.read(FixtureSupport.contentDirectory + "/quizzes/generated-practice.yaml")
        let quiz = try QuizParser.parse(text, path: "generated-practice.yaml")
        #expect(quiz.questions.count >= 8)
        #expect(quiz.questions.allSatisfy { $0.generator != nil })
        let names = Set(quiz.questions.compactMap { $0.generator?.name })
        #expect(names.count >= 8)
        let materialised = quiz.materialised(seed: 2026)
        #expect(materialised.questions.map(\.id) == quiz.questions.map(\.id))
        #expect(materialised.questions != quiz.questions)
    }
}

import Testing
import TutorCore
@testable import TutorUI

/// Generated questions in plain mode: fresh numbers per attempt, hints for typical mistakes, the
/// worked solution line by line, and the same numbers after a resume.
@Suite struct PlainGeneratedQuizTests {
    let quiz = Quiz(id: "gen", title: "Generated", topic: "t-tests", timeLimit: 600, questions: [
        Question(id: "gen-welch-df", prompt: "", kind: .numeric(answer: 0, tolerance: .absolute(0.05), percent: false),
                 explanation: "", topics: ["t-tests"],
                 generator: GeneratorReference(name: "ttest.welch", parameters: GeneratorParameters(target: .df))),
    ])

    func started(seed: UInt64) -> PlainScript {
        var script = PlainScript(quizzes: [quiz], seed: seed)
        script.type("z")
        script.type("1")
        script.type("p")
        return script
    }

    /// The question the session's first attempt draws, computed the way the tutor does.
    func generated(seed: UInt64) throws -> GeneratedQuestion {
        var seeds = SeededGenerator(seed: seed)
        return try #require(QuestionGenerators.generate(for: quiz.questions[0], seed: seeds.next()))
    }

    @Test func eachAttemptGetsItsOwnNumbers() throws {
        let first = started(seed: 1).last
        let second = started(seed: 2).last
        #expect(first != second)
        let expected = try generated(seed: 1)
        let firstLine = try #require(expected.question.prompt.split(separator: "\n").first)
        #expect(first.contains(firstLine))
    }

    @Test func aTypicalMistakeGetsItsHintAndTheWorkedSolutionKeepsItsLines() throws {
        var script = started(seed: 7)
        let expected = try generated(seed: 7)
        let mistake = try #require(expected.mistakes.first { $0.hint.lowercased().contains("pooled") })
        guard case let .number(pooled) = mistake.value else { Issue.record("not a number"); return }
        let feedback = script.type(String(pooled))
        #expect(feedback.hasPrefix("\nNot quite."))
        #expect(feedback.contains("Hint: " + String(mistake.hint.prefix(30))))
        // Each step of the worked solution stays on a line of its own.
        let steps = expected.question.explanation.split(separator: "\n").map(String.init).filter { $0.count < 70 && !$0.isEmpty }
        let step = try #require(steps.last)
        #expect(feedback.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == step.trimmingCharacters(in: .whitespaces) })
    }

    @Test func theRightAnswerIsAcceptedWithoutAHint() throws {
        var script = started(seed: 7)
        guard case let .numeric(answer, _, _) = try generated(seed: 7).question.kind else { Issue.record("not numeric"); return }
        let feedback = script.type(String(answer))
        #expect(feedback.hasPrefix("\nCorrect."))
        #expect(!feedback.contains("Hint:"))
    }

    @Test func aResumedAttemptShowsTheSameNumbers() throws {
        var script = started(seed: 5)
        let question = script.last
        script.type("q")
        let resumed = script.type("r")
        let prompt = try #require(try generated(seed: 5).question.prompt.split(separator: "\n").first)
        #expect(question.contains(prompt))
        #expect(resumed.contains(prompt))
    }
}

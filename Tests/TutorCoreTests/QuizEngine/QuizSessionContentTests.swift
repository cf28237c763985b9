import Testing
@testable import TutorCore

/// Attempts at a quiz from the content: generated questions take the attempt's seed, also on resume.
@Suite struct QuizSessionContentTests {
    static let quiz = Quiz(id: "gen", title: "Generated", topic: "t-tests", timeLimit: 600, questions: [
        Question(id: "gen-welch-df", prompt: "placeholder", kind: .numeric(answer: 0, tolerance: .absolute(0.05), percent: false),
                 explanation: "", generator: GeneratorReference(name: "ttest.welch", parameters: GeneratorParameters(target: .df))),
    ])

    @Test func anAttemptAsksWithItsOwnSeedAndAResumeWithTheSame() throws {
        let first = QuizSession(attemptAt: Self.quiz, settings: QuizSettings(mode: .exam), seed: 11, now: .zero)
        let other = QuizSession(attemptAt: Self.quiz, settings: QuizSettings(mode: .exam), seed: 12, now: .zero)
        let expected = try #require(QuestionGenerators.generate(for: Self.quiz.questions[0], seed: 11))
        #expect(first.currentQuestion?.prompt == expected.question.prompt)
        #expect(first.currentQuestion?.prompt != other.currentQuestion?.prompt)
        let resumed = try #require(QuizSession(resuming: first.snapshot(started: 0), attemptAt: Self.quiz, now: .zero))
        #expect(resumed.currentQuestion?.prompt == expected.question.prompt)
    }
}

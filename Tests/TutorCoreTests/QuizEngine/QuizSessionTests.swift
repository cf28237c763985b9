import Testing
@testable import TutorCore

@Suite struct QuizSessionTests {
    static let quiz = Quiz(id: "q", title: "Q", topic: "t", timeLimit: 60, questions: [
        Question(id: "a", prompt: "pick the first", kind: .single(choices: ["x", "y", "z", "w"], answer: 0), explanation: "e"),
        Question(id: "b", prompt: "0.75?", kind: .numeric(answer: 0.75, tolerance: .absolute(0.001), percent: false), explanation: "e"),
        Question(id: "c", prompt: "true?", kind: .trueFalse(answer: true), explanation: "e", timeLimit: 10),
    ])

    func session(_ mode: QuizSettings.Mode = .practice, limit: Int? = nil, seed: UInt64 = 7, shuffle: Bool = false) -> QuizSession {
        QuizSession(quiz: Self.quiz, settings: QuizSettings(mode: mode, timeLimitOverride: limit, shuffleQuestions: shuffle),
                    seed: seed, now: .seconds(100))
    }

    @Test func practiceShowsFeedbackThenMovesOn() throws {
        var s = session()
        let submitted = s.submit(.choice(0), now: .seconds(104))
        let record = try #require(submitted)
        #expect(record.correct)
        #expect(record.seconds == 4)
        #expect(s.phase == .feedback(correct: true))
        // Time does not run while feedback is on screen.
        s.tick(now: .seconds(130))
        #expect(s.secondsLeft == 56)
        s.continueAfterFeedback(now: .seconds(130))
        #expect(s.phase == .answering)
        #expect(s.currentQuestion?.id == "b")
        let second = s.submit(.number(0.7504), typed: "0.7504", now: .seconds(131))
        #expect(second?.correct == true)
        #expect(s.answers["b"]?.answer == .typed(text: "0.7504", number: 0.7504))
    }

    @Test func examMovesOnWithoutFeedbackAndFinishes() {
        var s = session(.exam)
        s.submit(.choice(2), now: .seconds(101))
        #expect(s.phase == .answering)
        s.submit(.number(1), now: .seconds(102))
        s.submit(.truth(true), now: .seconds(103))
        #expect(s.phase == .finished(.completed))
        #expect(s.score == QuizScore(correct: 1, total: 3))
        #expect(s.timeUsed == .seconds(3))
    }

    @Test func runningOutExactlyAtTheDeadlineEndsTheQuiz() {
        var s = session(.exam, limit: 3)
        s.submit(.choice(0), now: .seconds(101))
        s.tick(now: .milliseconds(102_999))
        #expect(s.phase == .answering)
        #expect(s.secondsLeft == 1)  // 1 ms left still shows 0:01
        s.tick(now: .seconds(103))
        #expect(s.phase == .finished(.timeUp))
        #expect(s.secondsLeft == 0)
        // Unanswered questions count as unanswered, and nothing more can be submitted.
        #expect(s.orderedAnswers.map(\.answer) == [.choice(0), .unanswered, .unanswered])
        let late = s.submit(.number(0.75), now: .seconds(104))
        #expect(late == nil)
        #expect(s.score == QuizScore(correct: 1, total: 3))
    }

    @Test func anAnswerAfterTheDeadlineDoesNotCount() {
        var s = session(.exam, limit: 5)
        let late = s.submit(.choice(0), now: .seconds(105))
        #expect(late == nil)
        #expect(s.phase == .finished(.timeUp))
        #expect(s.answers.isEmpty)
    }

    @Test func aQuestionsOwnLimitMovesTheQuizOn() {
        var s = session(.exam)
        s.submit(.choice(0), now: .seconds(101))
        s.submit(.number(0.75), now: .seconds(102))
        #expect(s.currentQuestion?.id == "c")
        s.tick(now: .seconds(111))
        #expect(s.answers["c"] == nil)  // 9 of its 10 seconds used
        s.tick(now: .seconds(112))
        #expect(s.answers["c"]?.answer == .unanswered)
        #expect(s.answers["c"]?.seconds == 10)
        // It was the last question, so the quiz is complete.
        #expect(s.phase == .finished(.completed))
    }

    @Test func aSuspendIsNotCharged() {
        var s = session(limit: 60)
        s.tick(now: .seconds(110))
        #expect(s.secondsLeft == 50)
        s.excludePause(.seconds(300))
        s.tick(now: .seconds(415))
        #expect(s.secondsLeft == 45)
    }

    @Test func choiceShuffleDependsOnlyOnSeedAndQuestion() {
        let question = Self.quiz.questions[0]
        let first = session(seed: 42).displayedChoices(of: question).map(\.original)
        let again = session(seed: 42).displayedChoices(of: question).map(\.original)
        #expect(first == again)
        #expect(Set(first) == [0, 1, 2, 3])
        // Some seed gives another order (the shuffle is real), and the answer key follows the text.
        let orders = Set((0..<20).map { session(seed: $0).displayedChoices(of: question).map(\.original) })
        #expect(orders.count > 1)
        let shown = session(seed: 3).displayedChoices(of: question)
        #expect(shown.allSatisfy { ["x", "y", "z", "w"][$0.original] == $0.text })
    }

    @Test func questionOrderShufflesOnlyWhenAsked() {
        #expect(session().order == [0, 1, 2])
        let orders = Set((0..<20).map { session(seed: $0, shuffle: true).order })
        #expect(orders.count > 1)
        #expect(orders.allSatisfy { $0.sorted() == [0, 1, 2] })
    }

    @Test func snapshotAndResumeKeepAnswersPositionAndTimeLeft() throws {
        var s = session(.exam, limit: 60)
        s.submit(.choice(1), now: .seconds(110))
        s.tick(now: .seconds(115))
        let saved = s.snapshot(started: 1_800_000_000)
        #expect(saved.currentIndex == 1)
        #expect(saved.secondsRemaining == 45)
        #expect(saved.mode == "exam")
        // Much later (the program was closed): the clock starts again from what was left.
        var resumed = try #require(QuizSession(resuming: saved, quiz: Self.quiz, now: .seconds(9000)))
        #expect(resumed.currentQuestion?.id == "b")
        #expect(resumed.secondsLeft == 45)
        #expect(resumed.answers["a"]?.answer == .choice(1))
        #expect(resumed.displayedChoices(of: Self.quiz.questions[0]).map(\.original)
                == s.displayedChoices(of: Self.quiz.questions[0]).map(\.original))
        resumed.tick(now: .seconds(9010))
        #expect(resumed.secondsLeft == 35)
    }

    @Test func resumeInPracticeFeedbackContinuesWithTheNextQuestion() throws {
        var s = session()
        s.submit(.choice(0), now: .seconds(101))
        let resumed = try #require(QuizSession(resuming: s.snapshot(started: 0), quiz: Self.quiz, now: .zero))
        #expect(resumed.currentQuestion?.id == "b")
    }

    @Test func resumeRefusesAQuizWhoseQuestionsChanged() {
        let saved = session().snapshot(started: 0)
        var changed = Self.quiz
        changed.questions.removeLast()
        #expect(QuizSession(resuming: saved, quiz: changed, now: .zero) == nil)
    }

    @Test func seededGeneratorIsDeterministic() {
        var a = SeededGenerator(seed: 1)
        var b = SeededGenerator(seed: 1)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
        var c = SeededGenerator(seed: 1, stream: "x")
        var d = SeededGenerator(seed: 1, stream: "y")
        #expect(c.next() != d.next())
    }
}

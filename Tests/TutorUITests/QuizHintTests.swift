import Testing
import TutorCore
@testable import TutorUI

/// A question's hint in the full-screen quiz and in plain mode, and what asking costs in review.
@Suite struct QuizHintTests {
    static let hinted = Question(id: "h", prompt: "What is 3/4 as a decimal?",
                                 kind: .numeric(answer: 0.75, tolerance: .absolute(0.001), percent: false),
                                 explanation: "It is 0.75.", hint: "Divide 3 by 4.")
    static let quiz = Quiz(id: "hq", title: "Hinted", topic: "testing", timeLimit: 120,
                           questions: [hinted, QuizSamples.trueFalse])

    @Test func ctrlTShowsTheHintAndTheFooterOffersIt() {
        var state = AppState(sections: Samples.sections, quizzes: [Self.quiz])
        let size = Size(width: 100, height: 30)
        _ = state.update(.resize(size))
        _ = state.startQuiz(id: "hq", settings: QuizSettings(mode: .practice))
        let before = state.frame(size: size).lines
        #expect(before.last?.contains("Ctrl-T hint") == true)
        #expect(!before.joined().contains("Divide 3 by 4."))
        _ = state.update(.key(QuizScreen.hintKey))
        let after = state.frame(size: size).lines
        #expect(after.contains { $0.contains("Hint: Divide 3 by 4.") })
        #expect(after.last?.contains("Ctrl-T hint") == false)
    }

    @Test func aQuestionWithoutAHintSaysSo() {
        var screen = QuizScreen(session: QuizSamples.session(on: QuizSamples.trueFalse))
        _ = screen.handle(QuizScreen.hintKey, now: .zero)
        #expect(screen.hint == "this question has no hint")
        #expect(screen.questionHint == nil)
        #expect(screen.session.hintsShown.isEmpty)
    }

    @Test func aRightAnswerAfterTheHintIsScheduledAsHard() throws {
        var session = QuizSession(quiz: Self.quiz, settings: QuizSettings(mode: .exam), seed: 1, now: .zero)
        _ = session.showHint()
        _ = session.submit(.number(0.75), typed: "0.75", now: .seconds(4))
        _ = session.submit(.truth(false), now: .seconds(6))
        var recorder = ProgressRecorder(progress: Progress())
        _ = recorder.apply(.quizFinished(session.snapshot(started: 0)), now: 1_800_000_000,
                           day: CivilDay(secondsSince1970: 1_800_000_000))
        let log = recorder.progress.reviewLog
        #expect(log.first { $0.itemID == "question:h" }?.rating == .hard)
        #expect(log.first { $0.itemID == "question:t" }?.rating == .good)
    }

    @Test func plainModeShowsTheHintOnRequestAndRecordsIt() throws {
        var script = PlainScript(quizzes: [Self.quiz])
        script.type("z")
        script.type("1")
        let question = script.type("p")
        #expect(question.contains("Type a number (such as 0.25, 3/4 or 1e-3), or type hint for a hint."))
        #expect(script.type("hint").hasPrefix("Hint: Divide 3 by 4.\n"))
        #expect(script.type("0.75").hasPrefix("\nCorrect."))
        guard case let .quizSaved(running) = script.effects.last else {
            Issue.record("the answer was not saved")
            return
        }
        #expect(running.answers["h"]?.usedHint == true)
    }
}

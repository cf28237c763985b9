import Testing
import TutorCore
@testable import TutorUI

@Suite struct GeneratedQuizTests {
    let size = Size(width: 100, height: 40)

    /// A quiz whose only question is a generated Welch df question (as a quiz file's generator entry loads).
    let quiz = Quiz(id: "gen", title: "Generated", topic: "t-tests", timeLimit: 600, questions: [
        Question(id: "gen-welch-df", prompt: "", kind: .numeric(answer: 0, tolerance: .absolute(0.05), percent: false),
                 explanation: "", topics: ["t-tests"],
                 generator: GeneratorReference(name: "ttest.welch", parameters: GeneratorParameters(target: .df))),
    ])

    func started(seed: UInt64) -> AppState {
        var s = AppState(sections: Samples.sections, quizzes: [quiz], seed: seed)
        _ = s.update(.resize(size))
        _ = s.startQuiz(id: "gen", settings: QuizSettings(mode: .practice))
        return s
    }

    func screen(_ s: AppState) -> QuizScreen? {
        if case let .quiz(screen) = s.route { return screen }
        return nil
    }

    @Test func eachAttemptGetsItsOwnNumbersAndKeepsTheId() throws {
        let first = try #require(screen(started(seed: 1)))
        let second = try #require(screen(started(seed: 2)))
        #expect(first.session.currentQuestion?.id == "gen-welch-df")
        #expect(first.session.currentQuestion?.prompt != second.session.currentQuestion?.prompt)
        #expect(first.generated["gen-welch-df"] != nil)
    }

    @Test func theRightDfIsAcceptedAndTheWorkedSolutionShown() throws {
        var s = started(seed: 7)
        let generated = try #require(screen(s)?.generated["gen-welch-df"])
        guard case let .numeric(answer, _, _) = generated.question.kind else { Issue.record("not numeric"); return }
        for c in String(format2(answer)) { _ = s.update(.key(.character(c))) }
        _ = s.update(.key(.enter))
        let text = s.frame(size: size).lines.joined(separator: "\n")
        #expect(text.contains("✓ Correct"))
        #expect(text.contains("Worked solution"))
        #expect(text.contains(generated.worked.lines.last ?? "—"))
    }

    @Test func thePooledDfGetsATargetedHint() throws {
        var s = started(seed: 7)
        let generated = try #require(screen(s)?.generated["gen-welch-df"])
        let mistake = try #require(generated.mistakes.first { $0.hint.lowercased().contains("pooled") })
        guard case let .number(pooled) = mistake.value else { Issue.record("not a number"); return }
        for c in String(format2(pooled)) { _ = s.update(.key(.character(c))) }
        _ = s.update(.key(.enter))
        let text = s.frame(size: size).lines.joined(separator: "\n")
        #expect(text.contains("✗ Not quite"))
        #expect(text.contains("Hint:"))
    }

    /// Two decimals, as a learner would type a df.
    func format2(_ value: Double) -> String {
        let scaled = (value * 100).rounded()
        let whole = Int(scaled) / 100, fraction = abs(Int(scaled) % 100)
        return "\(whole)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}

@Suite struct GeneratedReviewItemTests {
    @Test func generatedQuestionsAreScheduledAsTheirTemplate() {
        var recorder = ProgressRecorder(progress: Progress())
        recorder.generatorOfQuestion = ["gen-welch-df": "ttest.welch"]
        let answers = ["gen-welch-df": AnswerRecord(questionID: "gen-welch-df", answer: .typed(text: "8", number: 8), correct: false, seconds: 30),
                       "plain": AnswerRecord(questionID: "plain", answer: .choice(0), correct: true, seconds: 5)]
        let running = RunningQuiz(quizID: "q", seed: 1, started: 0, questionOrder: ["gen-welch-df", "plain"], answers: answers, currentIndex: 2)
        recorder.apply(.quizFinished(running), now: 1_800_000_000, day: CivilDay(secondsSince1970: 1_800_000_000))
        #expect(Set(recorder.progress.review.cards.keys) == ["template:ttest.welch", "question:plain"])
    }

    @Test func aDueTemplateIsServedWithFreshNumbers() throws {
        let entry = Question(id: "gen-welch-df", prompt: "", kind: .numeric(answer: 0, tolerance: .absolute(0.05), percent: false),
                             explanation: "", generator: GeneratorReference(name: "ttest.welch", parameters: GeneratorParameters(target: .df)))
        let quiz = Quiz(id: "gen", title: "Generated", topic: "t-tests", timeLimit: 600, questions: [entry])
        var progress = Progress()
        progress.recordReview(of: "template:ttest.welch", outcome: AnswerOutcome(correct: false, seconds: 5), at: 1_800_000_000, utcOffsetSeconds: 0)
        var s = AppState(sections: Samples.sections, quizzes: [quiz], progress: progress, seed: 4)
        _ = s.update(.resize(Size(width: 100, height: 30)))
        _ = s.update(.context(ProgressContext(progress: progress, wallNow: 1_800_000_000 + 3 * 86_400, utcOffsetSeconds: 0)))
        #expect(s.frame(size: Size(width: 100, height: 30)).lines.contains { $0.contains("v  Review — 1 due") })
        _ = s.update(.key(.character("v")))
        _ = s.update(.key(.enter))
        guard case let .quiz(screen) = s.route else { Issue.record("no review started"); return }
        let prompt = try #require(screen.session.currentQuestion?.prompt)
        #expect(!prompt.isEmpty)
        #expect(screen.generated["gen-welch-df"] != nil)
        for c in "1" { _ = s.update(.key(.character(c))) }
        let effects = s.update(.key(.enter))
        guard case let .reviewed(itemID, _, _)? = effects.first else { Issue.record("no review recorded"); return }
        #expect(itemID == "template:ttest.welch")
    }
}

@Suite struct GeneratedTextLayoutTests {
    @Test func generatedTextKeepsItsLinesAndWrittenTextFlows() {
        let generated = GeneratedFeedback.text("Group A: 1, 2\nGroup B: 3, 4\n\nWhat is t?", generated: true, width: 40).map(\.text)
        #expect(generated == ["Group A: 1, 2", "Group B: 3, 4", "", "What is t?"])
        let written = GeneratedFeedback.text("Group A: 1, 2\nGroup B: 3, 4", generated: false, width: 40).map(\.text)
        #expect(written == ["Group A: 1, 2 Group B: 3, 4"])
    }

    @Test func computedAnswersReadAsSixSignificantDigits() {
        #expect(AnswerText.number(6.679357649217634) == "6.67936")
        #expect(AnswerText.number(0.75) == "0.75")
        #expect(AnswerText.number(19) == "19")
        #expect(AnswerText.number(-0.0001234) == "-0.0001234")
    }
}

import Testing
import TutorCore
@testable import TutorUI

/// Quizzes in plain mode: typed answers of each kind, the clock, leaving and resuming, results.
@Suite struct PlainQuizTests {
    /// A script at the first question of the sample quiz in `mode`.
    func started(_ mode: String = "p") -> PlainScript {
        var script = PlainScript()
        script.type("z")
        script.type("1")
        script.type(mode)
        return script
    }

    @Test func theQuizListAndModeChoiceAreNumberedText() {
        var script = PlainScript()
        #expect(script.type("z").contains("1) Sample quiz: 5 questions, 2:00, not taken yet\n"))
        let choice = script.type("1")
        #expect(choice.contains("p) practice"))
        #expect(choice.contains("e) exam"))
        #expect(script.effects.isEmpty)
    }

    @Test func eachQuestionShowsTheTimeLeftAndItsChoices() throws {
        var script = started()
        #expect(script.last.contains("Question 1 of 5 [2:00 left]\nWhich statistic does a chi-square test use?\n\n"))
        #expect(script.last.contains("Type the number of your answer (1 to 3).\n> "))
        guard case let .quizSaved(running) = script.effects.first else {
            Issue.record("starting a quiz saves it")
            return
        }
        #expect(running.quizID == "sample")
        let right = try #require(script.number(ofChoice: "χ² = Σ (O − E)² / E"))
        let feedback = script.type(right, after: .seconds(29))
        #expect(feedback.hasPrefix("\nCorrect.\nYour answer: \(right)) χ² = Σ (O − E)² / E\n"))
        #expect(feedback.contains("Counts compared with expected counts."))
        #expect(feedback.contains("Taught in: Chi-square: χ² tests (g opens it)."))
        // Feedback does not run the clock: 29 s were used, whatever the wait before Enter.
        let next = script.type("", after: .seconds(40))
        #expect(next.contains("Question 2 of 5 [1:31 left]\nWhat is 3/4 as a decimal?\n"))
        #expect(next.contains("Type a number (such as 0.25, 3/4 or 1e-3)."))
    }

    @Test func typedAnswersOfEveryKindAreGraded() throws {
        var script = started()
        let right = try #require(script.number(ofChoice: "χ² = Σ (O − E)² / E"))
        script.type(right)
        script.type("")
        #expect(script.type("abc") == "Not counted: not a number: abc — type a number such as 0.25, 3/4, -1.5 or 1e-3. [1:58 left]\n> ")
        #expect(script.type("3/4").hasPrefix("\nCorrect."))
        script.type("")
        #expect(script.last.contains("True or false? Type t or f."))
        #expect(script.type("maybe").hasPrefix("Not counted: type t for true or f for false."))
        #expect(script.type("t").hasPrefix("\nNot quite.\nYour answer: True\nRight answer: False\n"))
        script.type("")
        let independence = try #require(script.number(ofChoice: "Independence"))
        let variances = try #require(script.number(ofChoice: "Equal variances"))
        #expect(script.type("4").hasPrefix("Not counted: '4' is not a choice"))
        #expect(script.type("\(variances), \(independence)").hasPrefix("\nCorrect."))
        script.type("")
        #expect(script.last.contains("Type the 2 by 2 matrix row by row, rows separated by ; (such as 1 2; 3 4)."))
        #expect(script.type("19 22 43 50").hasPrefix("Not counted: expected a 2 by 2 matrix: 2 rows of 2 numbers"))
        #expect(script.type("19 22; 43 5O").hasPrefix("Not counted: not a number: 5O"))
        #expect(script.type("19 22; 43 50").hasPrefix("\nCorrect.\nYour answer: [19 22; 43 50]\n"))
        let results = script.type("")
        #expect(results.contains("Results of Sample quiz: score 4/5 (80%)."))
        #expect(results.contains("1) Right: Which statistic does a chi-square test use?\n"))
        #expect(results.contains("3) Wrong: Matrix multiplication is commutative.\n"))
        guard case let .quizFinished(running) = script.effects.last else {
            Issue.record("the last effect records the attempt")
            return
        }
        #expect(running.answers.count == 5)
        let attempts = script.recorder.progress.quizzes["sample"]?.attempts ?? []
        #expect(attempts.count == 1)
        #expect(attempts.first?.score == QuizScore(correct: 4, total: 5))
        #expect(script.recorder.progress.runningQuiz == nil)
    }

    @Test func timeRunningOutEndsTheQuizAtTheNextAnswer() throws {
        var script = started("e")
        let right = try #require(script.number(ofChoice: "χ² = Σ (O − E)² / E"))
        script.type(right, after: .seconds(10))
        #expect(script.last.contains("Question 2 of 5 [1:50 left]"))
        let late = script.type("0.75", after: .seconds(200))
        #expect(late.hasPrefix("Time is up: the quiz ended before this answer, so it did not count.\n"))
        #expect(late.contains("score 1/5 (20%)"))
        #expect(late.contains("time ran out, so unanswered questions count as wrong"))
        #expect(late.contains("2) Unanswered: What is 3/4 as a decimal?"))
        #expect(script.recorder.progress.quizzes["sample"]?.attempts.first?.score == QuizScore(correct: 1, total: 5))
    }

    @Test func examResultsExplainEachQuestionOnRequest() {
        var script = started("e")
        script.type("1")
        #expect(script.last.contains("Question 2 of 5"))
        #expect(!script.last.contains("Correct.") && !script.last.contains("Not quite."))
        script.type("0.7")
        script.type("f")
        script.type("1")
        let results = script.type("19 22; 43 50")
        #expect(results.contains("Results of Sample quiz"))
        let review = script.type("2")
        #expect(review.hasPrefix("\nQuestion 2 of 5: Wrong.\nWhat is 3/4 as a decimal?\n\nYour answer: 0.7\nRight answer: 0.75 (accepted"))
        #expect(review.contains("It is 0.75."))
        #expect(script.type("9").hasPrefix("Type a question number from 1 to 5"))
        // Back goes to the quiz list (with the new best score), then to the menu.
        #expect(script.type("").contains("1) Sample quiz: 5 questions, 2:00, best"))
        #expect(script.type("").contains("Menu."))
    }

    @Test func leavingSavesTheAttemptAndResumeContinuesIt() throws {
        var script = started()
        let right = try #require(script.number(ofChoice: "χ² = Σ (O − E)² / E"))
        script.type(right, after: .seconds(20))
        script.type("")
        let left = script.type("q", after: .seconds(10))
        #expect(left.hasPrefix("Left the quiz with its answers and time saved: r in the menu resumes it.\n"))
        #expect(left.contains("r) Resume quiz: Sample quiz, question 2 of 5, 1:30 left\n"))
        let saved = try #require(script.recorder.progress.runningQuiz)
        #expect(saved.currentIndex == 1)
        #expect(saved.secondsRemaining == 90)
        // Time away from the quiz is not charged.
        let resumed = script.type("r", after: .seconds(600))
        #expect(resumed.contains("Resuming Sample quiz."))
        #expect(resumed.contains("Question 2 of 5 [1:30 left]"))
    }

    @Test func theSectionThatTeachesAQuestionOpensFromFeedbackAndReturns() {
        var script = started()
        script.type("2")
        let section = script.type("g")
        #expect(section.hasPrefix("Chi-square: χ² tests\n"))
        #expect(section.contains("-- End of Chi-square: χ² tests --"))
        #expect(section.hasSuffix("Press Enter for the next question, or q to leave.\n> "))
        #expect(script.type("").contains("Question 2 of 5"))
    }

    @Test func endOfInputSavesTheRunningQuizWithTheTimeUsed() {
        var script = started()
        script.endOfInput(after: .seconds(30))
        #expect(script.effects.last == .quit)
        #expect(script.recorder.progress.runningQuiz?.secondsRemaining == 90)
        // A full-screen session started from this file offers to resume it.
        let app = AppState(sections: Samples.sections, quizzes: [PlainScript.quiz], progress: script.recorder.progress)
        #expect(app.resumable?.quizID == "sample")
    }

    @Test func aQuestionsOwnLimitRunningOutSkipsItAndTheLateAnswerDoesNotCount() {
        let timed = Question(id: "timed", prompt: "Quick: is 2 even?", kind: .trueFalse(answer: true), explanation: "Yes.",
                             timeLimit: 10)
        let quiz = Quiz(id: "quick", title: "Quick quiz", topic: "testing", timeLimit: 120, questions: [timed, QuizSamples.numeric])
        var script = PlainScript(quizzes: [quiz])
        script.type("z")
        script.type("1")
        let first = script.type("e")
        #expect(first.contains("Question 1 of 2 [2:00 left, 0:10 for this question]"))
        let late = script.type("t", after: .seconds(12))
        #expect(late.hasPrefix("Time ran out for question 1: it counts as unanswered, and this answer did not count.\n"))
        #expect(late.contains("Question 2 of 2 [1:48 left]"))
        script.type("0.75")
        #expect(script.last.contains("1) Unanswered: Quick: is 2 even?"))
        #expect(script.last.contains("2) Right: What is 3/4 as a decimal?"))
    }

    @Test func aSavedAttemptWithNoTimeLeftEndsWhenResumed() {
        var progress = Progress()
        progress.runningQuiz = RunningQuiz(quizID: "sample", seed: 1, started: 0, questionOrder: PlainScript.quiz.questions.map(\.id),
                                           answers: [:], currentIndex: 1, secondsRemaining: 0, mode: "practice")
        var script = PlainScript(progress: progress)
        #expect(script.last.contains("r) Resume quiz: Sample quiz, question 2 of 5, 0:00 left"))
        let resumed = script.type("r")
        #expect(resumed.hasPrefix("The saved attempt at Sample quiz had no time left.\n"))
        #expect(resumed.contains("score 0/5 (0%)"))
        #expect(script.recorder.progress.runningQuiz == nil)
        #expect(script.recorder.progress.quizzes["sample"]?.attempts.count == 1)
    }
}

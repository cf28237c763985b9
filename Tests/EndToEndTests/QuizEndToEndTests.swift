import Foundation
import Glibc
import Testing

/// Timed quizzes in the real binary: countdown, answers, hints, auto-submit, resume after kill -9.
@Suite(.serialized) struct QuizEndToEndTests {
    /// The number shown before a choice's text, found on the screen (choices are shuffled).
    func number(of choice: String, on screen: String) -> String? {
        for line in screen.split(separator: "\n") {
            if let range = line.range(of: ") " + choice), let digit = line[..<range.lowerBound].last, digit.isNumber {
                return String(digit)
            }
        }
        return nil
    }

    func withQuiz(_ extra: [String], progress: String? = nil, _ body: (TmuxSession) async throws -> Void) async throws {
        var arguments = ["quiz", "sample-quiz", "--content", TmuxSession.sampleContent] + extra
        if let progress { arguments += ["--progress", progress] }
        // The prompt's choices are the last rows drawn, so wait for the full question.
        try await TmuxSession.with(arguments: arguments, waitingFor: "the clock keeps running", body)
    }

    @Test func answerEveryTypeRightOrWrongAndReviewTheResults() async throws {
        // A generous limit: this test is about answering, and machines under load are slow.
        try await withQuiz(["--time-limit", "600"]) { s in
            let first = try await s.screen()
            // The countdown is on screen (its exact value depends on how busy the machine is).
            #expect(first.contains(#/ (10:00|\d:\d\d) left/#))
            let right = try #require(number(of: "χ² = Σ (O − E)² / E", on: first))
            try await s.send(right)
            try await s.waitFor(text: "✓ Correct")
            try await s.send("Enter")
            let second = try await s.waitFor(text: "Question 2 of 5")
            #expect(second.contains("Ctrl-T hint"))
            try await s.send("C-t")
            try await s.waitFor(text: "Hint: Divide 3 by 4.")
            try await s.send("a", "b", "c", "Enter")
            let hint = try await s.waitFor(text: "! not a number: abc")
            #expect(hint.contains("Question 2 of 5"))
            try await s.send("C-u", "0", ".", "3", "Enter")
            try await s.waitFor(text: "✗ Not quite")
            try await s.send("Enter")
            try await s.waitFor(text: "Question 3 of 5")
            try await s.send("t")                                   // wrong: AB ≠ BA
            try await s.waitFor(text: "✗ Not quite")
            try await s.send("Enter")
            let multiple = try await s.waitFor("question 4's choices") { $0.contains("Question 4 of 5") && $0.contains("Equal group sizes") }
            let independent = try #require(number(of: "[ ] Independent observations", on: multiple))
            let variances = try #require(number(of: "[ ] Equal group variances", on: multiple))
            try await s.send(independent, variances, "Enter")
            try await s.waitFor(text: "✓ Correct")
            try await s.send("Enter")
            try await s.waitFor(text: "Question 5 of 5")
            try await s.send("1", "9", "Tab", "2", "2", "Tab", "4", "3", "Tab", "5", "0", "Enter")
            try await s.waitFor(text: "✓ Correct")
            try await s.send("Enter")
            let results = try await s.waitFor(text: "Score 3/5 (60%)")
            #expect(results.contains("all questions answered"))
            #expect(results.contains("✓ 1. Which statistic"))
            #expect(results.contains("✗ 2. What is 3/4"))
            try await s.send("Down", "Enter")
            let review = try await s.waitFor(text: "Right answer: 0.75")
            #expect(review.contains("Your answer: 0.3"))
            #expect(review.contains("Three quarters is 0.75."))
            try await s.send("C-c")
            #expect(try await s.exitStatus() == 0)
            #expect(try await s.alternateScreenOn() == false)
        }
    }

    @Test func withAThreeSecondLimitTheResultsAppearByThemselves() async throws {
        // On a busy machine the three seconds may be over before the first screen is captured.
        try await TmuxSession.with(arguments: ["quiz", "sample-quiz", "--content", TmuxSession.sampleContent, "--time-limit", "3"],
                                   waitingFor: nil) { s in
            // Nobody touches the keyboard: the quiz submits itself when the clock reaches zero.
            let results = try await s.waitFor(text: "Score 0/5 (0%)")
            #expect(results.contains("time ran out: unanswered questions count as wrong"))
            #expect(results.contains("– 1. Which statistic"))
            try await s.send("C-c")
            #expect(try await s.exitStatus() == 0)
        }
    }

    @Test func killDashNineMidQuizResumesWithTheAnswerAndTheTimeLeft() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-quiz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        try await withQuiz(["--exam", "--time-limit", "100"], progress: progress) { s in
            let right = try #require(number(of: "χ² = Σ (O − E)² / E", on: try await s.screen()))
            try await s.send(right)
            try await s.waitFor(text: "Question 2 of 5")
            try await s.waitFor("the answer to reach the progress file") { _ in
                (try? String(contentsOfFile: progress, encoding: .utf8))?.contains("sample-single") == true
            }
            try await s.signal(SIGKILL)
            #expect(try await s.exitStatus() == 137)
        }
        try await TmuxSession.with(arguments: ["--content", TmuxSession.sampleContent, "--progress", progress],
                                   waitingFor: TutorEndToEndTests.menuFooter) { s in
            let menu = try await s.screen()
            #expect(menu.contains(#/r  Resume quiz: Sample quiz — question 2\/5, 1:([0-3]\d|40) left/#))
            try await s.send("r", "Enter")
            let resumed = try await s.waitFor(text: "Question 2 of 5")
            #expect(resumed.contains(#/1:([0-3]\d|40) left/#))
            try await s.send("Escape", "y")
            try await s.waitFor(text: "Resume quiz: Sample quiz")
            try await s.send("q")
            #expect(try await s.exitStatus() == 0)
        }
    }
}

import Foundation
import Subprocess
import SystemPackage
import Testing

/// Plain line mode run as the real binary over a pipe, as `printf '2\nq\n' | mltutor` would.
@Suite struct PlainModeTests {
    typealias Outcome = BinaryOutcome

    /// A temp folder for the progress file; the sample content is only read.
    final class Workspace: Sendable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-plain-\(UUID().uuidString)")
        var progressPath: String { url.appendingPathComponent("progress.json").path }
        var options: [String] { ["--content", TmuxSession.sampleContent, "--progress", progressPath] }

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        /// The saved progress as JSON objects.
        func progress() throws -> [String: Any] {
            let data = try #require(FileManager.default.contents(atPath: progressPath))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
    }

    /// Runs the binary with `input` piped in by a shell, or with no input at all (`</dev/null`) when nil.
    func mltutor(_ arguments: [String], input: String?) async throws -> Outcome {
        try await runMLTutor(arguments, input: input, environment: ["MLTUTOR_PROGRESS": nil])
    }

    @Test func aSectionIsReadPageByPageOverAPipeAndItsPlaceSaved() async throws {
        let workspace = try Workspace()
        let outcome = try await mltutor(workspace.options, input: "1\n\nq\nq\n")
        #expect(outcome.status == .exited(0))
        #expect(outcome.error == "mltutor: standard input or output is not a terminal: using plain line mode (--plain)\n")
        let output = outcome.output
        #expect(output.contains("1) A long section\n"))
        // Piped input is echoed after the prompt, so the transcript reads like a session.
        #expect(output.contains("> 1\nA long section\n\nParagraph 1 of the long section."))
        #expect(output.contains("-- Enter for more, q to stop -- \n"))
        #expect(output.contains("Stopped. c in the menu continues from line 21 of "))
        #expect(output.hasSuffix("> q\nGoodbye.\n"))
        // Nothing a terminal would interpret, and no drawing characters.
        #expect(!output.contains("\u{1B}"))
        #expect(!output.contains("─") && !output.contains("│"))
        let sections = try #require(try workspace.progress()["sections"] as? [String: [String: Any]])
        #expect(sections["long-section"]?["scrollLine"] as? Int == 20)
        #expect(sections["long-section"]?["openCount"] as? Int == 1)
        #expect(sections["long-section"]?["finished"] as? Bool == false)
    }

    @Test func aQuizTakenOverAPipeIsRecorded() async throws {
        let workspace = try Workspace()
        // Exam mode: the first choice (shuffled), 0.75 (right), t (wrong), choice 1 alone (wrong), a wrong matrix.
        let outcome = try await mltutor(["--plain"] + workspace.options, input: "z\n1\ne\n1\n0.75\nt\n1\n1 2; 3 4\n\nq\n")
        #expect(outcome.status == .exited(0))
        // Asked for with --plain: no note.
        #expect(outcome.error.isEmpty)
        #expect(outcome.output.contains("Question 1 of 5 [2:00 left]"))
        #expect(outcome.output.contains("Question 5 of 5 ["))
        #expect(outcome.output.contains("Results of Sample quiz: score"))
        #expect(outcome.output.contains("2) Right: What is 3/4 written as a decimal?\n"))
        #expect(outcome.output.contains("3) Wrong: Matrix multiplication is commutative.\n"))
        let quizzes = try #require(try workspace.progress()["quizzes"] as? [String: [String: Any]])
        let attempts = try #require(quizzes["sample-quiz"]?["attempts"] as? [[String: Any]])
        #expect(attempts.count == 1)
        let answers = try #require(attempts.first?["answers"] as? [[String: Any]])
        #expect(answers.count == 5)
        let correct = Dictionary(uniqueKeysWithValues: answers.compactMap { answer in
            (answer["question"] as? String).map { ($0, answer["correct"] as? Bool ?? false) }
        })
        #expect(correct["sample-numeric"] == true)
        #expect(correct["sample-truefalse"] == false)
        #expect(correct["sample-matrix"] == false)
        let score = try #require(attempts.first?["score"] as? [String: Int])
        #expect(score["correct"] == correct.values.filter { $0 }.count)
        #expect(try workspace.progress()["runningQuiz"] == nil)
    }

    /// Missed questions come back as spaced reviews in plain mode days later, and answers go to the log.
    @Test func missedQuestionsComeBackAsReviewsDaysLater() async throws {
        let workspace = try Workspace()
        let day1 = ["MLTUTOR_NOW": "2026-11-02T09:00:00Z", "MLTUTOR_PROGRESS": nil]
        // Exam mode, every answer wrong or skipped: the first choice may be right, the rest are not.
        let quiz = try await runMLTutor(["--plain"] + workspace.options, input: "z\n1\ne\n1\n9\nt\n3\n0 0; 0 0\n\nq\n",
                                        environment: day1)
        #expect(quiz.status == .exited(0))
        #expect(!quiz.output.contains("v) Review"))
        let logPath = workspace.url.appendingPathComponent("progress.reviews.jsonl").path
        let logged = try String(contentsOfFile: logPath, encoding: .utf8).split(separator: "\n").count
        #expect(logged == 5)

        let later = ["MLTUTOR_NOW": "2026-11-05T09:00:00Z", "MLTUTOR_PROGRESS": nil]
        // Items due at the same moment come oldest-id first: the matrix question leads.
        let review = try await runMLTutor(["--plain"] + workspace.options, input: "v\n19 22; 43 50\n\nq\nq\n", environment: later)
        #expect(review.status == .exited(0))
        #expect(review.output.contains("v) Review: 5 questions due for spaced review"))
        #expect(review.output.contains("Question 1 of 5 [no time limit]\nCompute [[1, 2], [3, 4]]"))
        #expect(review.output.contains("Correct."))
        #expect(review.output.contains("Next review "))
        #expect(review.output.contains("Review stopped"))
        #expect(review.output.contains("v) Review: 4 questions due"))
        let afterReview = try String(contentsOfFile: logPath, encoding: .utf8).split(separator: "\n").count
        #expect(afterReview == 6)
    }

    @Test func endOfInputInAQuizSavesItForLater() async throws {
        let workspace = try Workspace()
        let outcome = try await mltutor(["quiz", "sample-quiz", "--plain"] + workspace.options, input: "1\n")
        #expect(outcome.status == .exited(0))
        #expect(outcome.output.contains("Question 1 of 5 [2:00 left]"))
        let running = try #require(try workspace.progress()["runningQuiz"] as? [String: Any])
        #expect(running["quiz"] as? String == "sample-quiz")
        let seconds = try #require(running["secondsRemaining"] as? Double)
        #expect(seconds > 60 && seconds <= 120)
        // The next plain session offers to resume it.
        let next = try await mltutor(workspace.options, input: "q\n")
        #expect(next.output.contains("r) Resume quiz: Sample quiz, question 2 of 5"))
    }

    @Test func noInputAtAllFallsBackToPlainModeAndEndsCleanly() async throws {
        let workspace = try Workspace()
        let outcome = try await mltutor(workspace.options, input: nil)
        #expect(outcome.status == .exited(0))
        #expect(outcome.error.contains("mltutor: standard input or output is not a terminal: using plain line mode (--plain)"))
        #expect(outcome.output.hasPrefix("mltutor, plain mode: type a choice and press Enter; h explains the commands.\n"))
        #expect(outcome.output.hasSuffix("q) Quit\n> \n"))
    }

    @Test func searchFromAPipeOpensTheSectionAtTheHit() async throws {
        let workspace = try Workspace()
        let outcome = try await mltutor(workspace.options, input: "/UNICODE CHECK\n1\n\nq\n")
        #expect(outcome.status == .exited(0))
        #expect(outcome.output.contains("1 line in 1 section contain \"UNICODE CHECK\":\n1) Markdown sample, line 3:\n   Unicode check: χ², x̄, σ — é 漢字.\n"))
        #expect(outcome.output.contains("> 1\nMarkdown sample\n\nUnicode check"))
    }
}

/// Plain mode in a real terminal (tmux): what a learner with a screen reader or a dumb terminal gets.
@Suite struct PlainModeTerminalTests {
    /// Signals are sent to mltutor alone: Ctrl-C in the pane would also stop the wrapper shell
    /// that records the exit status.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalSavesTheOpenSectionAndExitsWith128PlusIt(signal: Int32) async throws {
        try await TmuxSession.with(arguments: ["--plain", "--content", TmuxSession.sampleContent], waitingFor: "q) Quit") { s in
            try await s.send("1", "Enter")
            try await s.waitFor(text: "-- Enter for more, q to stop --")
            try await s.send("Enter")
            try await s.waitFor(text: "Paragraph 6")
            try await s.signal(signal)
            #expect(try await s.exitStatus() == 128 + Int(signal))
            let data = try #require(FileManager.default.contents(atPath: s.directory.appendingPathComponent("progress.json").path))
            let progress = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let sections = try #require(progress["sections"] as? [String: [String: Any]])
            #expect(sections["long-section"]?["scrollLine"] as? Int == 20)
            // Closing the section on the signal is what records the time spent reading it.
            #expect(sections["long-section"]?["secondsSpent"] as? Double ?? 0 > 0)
            let place = try #require(progress["lastPlace"] as? [String: Any])
            #expect(place["section"] as? String == "long-section")
            #expect(place["line"] as? Int == 20)
        }
    }

    @Test(arguments: [["env", "TERM=nonsense"], ["env", "-u", "TERM"]])
    func aTerminalThatCursesCannotDriveGetsPlainMode(wrapper: [String]) async throws {
        try await TmuxSession.with(arguments: ["--content", TmuxSession.sampleContent], wrapper: wrapper, waitingFor: "q) Quit") { s in
            let screen = try await s.screen()
            #expect(screen.contains(wrapper.count == 2 ? "unknown terminal type 'nonsense' (TERM): using plain line mode" : "TERM is not set: using plain line mode"))
            try await s.send("2", "Enter")
            try await s.waitFor(text: "-- End of Markdown sample --")
            try await s.send("q", "Enter")
            #expect(try await s.exitStatus() == 0)
            #expect(try await s.alternateScreenOn() == false)
        }
    }
}

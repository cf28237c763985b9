import Foundation
import Glibc
import Subprocess
import SystemPackage
import Testing

/// `mltutor progress`, `export` and `reset` run as the real binary against a progress file in a temp folder.
@Suite struct ProgressCommandTests {
    typealias Outcome = BinaryOutcome

    /// Runs the binary with `input` on stdin: nil gives no input (not a terminal), a string gives a pipe.
    func mltutor(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) async throws -> Outcome {
        var env: [String: String?] = ["MLTUTOR_PROGRESS": nil]
        for (key, value) in environment { env[key] = value }
        return try await runMLTutor(arguments, input: input, environment: env)
    }

    /// A temp folder with a content copy (the sample guide plus a two-question quiz) and a progress file.
    final class Workspace: Sendable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-progcli-\(UUID().uuidString)")
        var content: String { url.appendingPathComponent("content").path }
        var state: URL { url.appendingPathComponent("state") }
        var progressPath: String { state.appendingPathComponent("progress.json").path }

        init() throws {
            let content = url.appendingPathComponent("content")
            try FileManager.default.createDirectory(at: content.appendingPathComponent("quizzes"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: TmuxSession.sampleContent + "/guide", toPath: content.appendingPathComponent("guide").path)
            try Data(Self.quiz.utf8).write(to: content.appendingPathComponent("quizzes/tiny.yaml"))
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        /// Writes `text` as the progress file and returns its bytes.
        @discardableResult
        func writeProgress(_ text: String = ProgressCommandTests.sampleProgress) throws -> Data {
            let data = Data(text.utf8)
            try data.write(to: URL(fileURLWithPath: progressPath))
            return data
        }

        func progressBytes() -> Data? { FileManager.default.contents(atPath: progressPath) }

        func stateListing() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: state.path).sorted()
        }

        /// The options every command gets: this workspace's content and progress file.
        var options: [String] { ["--content", content, "--progress", progressPath] }

        static let quiz = """
            id: tiny
            title: A tiny quiz
            topic: testing
            timeLimit: 60
            questions:
              - id: tiny-1
                type: single
                prompt: "Which is even?"
                choices: ["2", "3"]
                answer: 0
                explanation: "2 divides by 2."
              - id: tiny-2
                type: single
                prompt: "Which is odd?"
                choices: ["4", "5"]
                answer: 1
                explanation: "5 leaves remainder 1."
            """
    }

    /// Progress as the tutor writes it: one section read, one half-way, two quiz attempts (best 2/2, last 1/2).
    /// The study days are long past, so the streak is 0 (longest 2) whatever today is.
    static let sampleProgress = """
        {
          "schemaVersion": 2,
          "sections": {
            "long-section": {"openCount": 2, "scrollLine": 0, "finished": true, "secondsSpent": 1234.5},
            "markdown-sample": {"openCount": 1, "scrollLine": 12, "finished": false, "secondsSpent": 30}
          },
          "quizzes": {
            "tiny": {
              "attempts": [
                {"quiz": "tiny", "started": 1700000000, "ended": 1700000060, "seed": 1,
                 "answers": [
                   {"question": "tiny-1", "answer": {"kind": "choice", "index": 0}, "correct": true, "seconds": 10, "answeredAt": 1700000010},
                   {"question": "tiny-2", "answer": {"kind": "choice", "index": 1}, "correct": true, "seconds": 20, "answeredAt": 1700000030}
                 ],
                 "score": {"correct": 2, "total": 2}},
                {"quiz": "tiny", "started": 1700086400, "ended": 1700086460, "seed": 2,
                 "answers": [
                   {"question": "tiny-2", "answer": {"kind": "choice", "index": 0}, "correct": false, "seconds": 5, "answeredAt": 1700086405},
                   {"question": "tiny-1", "answer": {"kind": "unanswered"}, "correct": false, "seconds": 0}
                 ],
                 "score": {"correct": 0, "total": 2}}
              ],
              "bestScore": {"correct": 2, "total": 2}
            }
          },
          "lastPlace": {"screen": "menu"},
          "totalStudySeconds": 1264.5,
          "studyDays": {"2023-11-14": 1000, "2023-11-15": 264.5}
        }
        """

    // MARK: progress

    @Test func summaryShowsTitlesScoresTimeStreakAndWhereTheFileIs() async throws {
        let workspace = try Workspace()
        let before = try workspace.writeProgress()
        let outcome = try await mltutor(["progress"] + workspace.options)
        #expect(outcome.status == .exited(0))
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Progress file: \(workspace.progressPath) (given with --progress)")
        #expect(lines.contains("Study time: 21 min 05 s over 2 days"))
        #expect(lines.contains("Streak: 0 days (longest 2)"))
        #expect(lines.contains("Sections read: 1/3"))
        #expect(lines.contains("  ✓ A long section [long-section]: read, opened 2×, 20 min 35 s"))
        #expect(lines.contains("  · Markdown sample [markdown-sample]: not finished, at line 12, opened 1×, 30 s"))
        #expect(lines.contains("  · A concept lesson [concept-sample]: not opened"))
        #expect(lines.contains("Quizzes taken: 1/1"))
        #expect(lines.contains("  A tiny quiz [tiny]: best 2/2, last 0/2, 2 attempts"))
        #expect(workspace.progressBytes() == before)
    }

    @Test func summarySaysWhenThePathComesFromTheEnvironment() async throws {
        let workspace = try Workspace()
        try workspace.writeProgress()
        let outcome = try await mltutor(["progress", "--content", workspace.content],
                                        environment: ["MLTUTOR_PROGRESS": workspace.progressPath])
        #expect(outcome.status == .exited(0))
        #expect(outcome.output.hasPrefix("Progress file: \(workspace.progressPath) (set by MLTUTOR_PROGRESS)\n"))
    }

    @Test func missingProgressIsNotAnErrorAndCreatesNothing() async throws {
        let workspace = try Workspace()
        let path = workspace.state.appendingPathComponent("new/progress.json").path
        let outcome = try await mltutor(["progress", "--content", workspace.content, "--progress", path])
        #expect(outcome.status == .exited(0))
        #expect(outcome.output.contains("no progress yet at \(path)"))
        #expect(try workspace.stateListing().isEmpty)
    }

    @Test func jsonIsTheProgressWithItsValues() async throws {
        let workspace = try Workspace()
        let before = try workspace.writeProgress()
        let outcome = try await mltutor(["progress", "--json"] + workspace.options)
        #expect(outcome.status == .exited(0))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 2)
        #expect(object["totalStudySeconds"] as? Double == 1264.5)
        let sections = try #require(object["sections"] as? [String: [String: Any]])
        #expect(sections["long-section"]?["finished"] as? Bool == true)
        #expect(sections["markdown-sample"]?["scrollLine"] as? Int == 12)
        let tiny = try #require((object["quizzes"] as? [String: [String: Any]])?["tiny"])
        #expect(tiny["bestScore"] as? [String: Int] == ["correct": 2, "total": 2])
        #expect((tiny["attempts"] as? [Any])?.count == 2)
        #expect(workspace.progressBytes() == before)
    }

    // MARK: export

    @Test func exportCSVHasOneRowPerAnswer() async throws {
        let workspace = try Workspace()
        try workspace.writeProgress()
        let outcome = try await mltutor(["export", "--format", "csv"] + workspace.options)
        #expect(outcome.status == .exited(0))
        #expect(outcome.output.split(separator: "\r\n") == [
            "quiz,question,correct,seconds,when,hint",
            "tiny,tiny-1,true,10,2023-11-14T22:13:30Z,false",
            "tiny,tiny-2,true,20,2023-11-14T22:13:50Z,false",
            "tiny,tiny-2,false,5,2023-11-15T22:13:25Z,false",
            "tiny,tiny-1,false,0,2023-11-15T22:14:20Z,false",
        ])
    }

    @Test func exportJSONToAFileIsWrittenWholeAndMatchesStandardOutput() async throws {
        let workspace = try Workspace()
        try workspace.writeProgress()
        let toStdout = try await mltutor(["export", "--format", "json"] + workspace.options)
        #expect(toStdout.status == .exited(0))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(toStdout.output.utf8)) as? [String: Any])
        let attempts = try #require(object["attempts"] as? [[String: Any]])
        #expect(attempts.map { $0["seed"] as? Int } == [1, 2])
        #expect(attempts.map { $0["score"] as? [String: Int] } == [["correct": 2, "total": 2], ["correct": 0, "total": 2]])

        let file = workspace.url.appendingPathComponent("history.json").path
        let toFile = try await mltutor(["export", "--format", "json", "--output", file] + workspace.options)
        #expect(toFile.status == .exited(0))
        #expect(toFile.output.isEmpty)
        #expect(FileManager.default.contents(atPath: file) == Data(toStdout.output.utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func exportRefusesToWriteOverTheProgressFile() async throws {
        let workspace = try Workspace()
        let before = try workspace.writeProgress()
        let outcome = try await mltutor(["export", "--format", "csv", "--output", workspace.progressPath] + workspace.options)
        #expect(outcome.status == .exited(1))
        #expect(outcome.error.contains("this is the progress file; choose another --output"))
        #expect(workspace.progressBytes() == before)
    }

    @Test func exportRefusesAnUnknownFormat() async throws {
        let workspace = try Workspace()
        try workspace.writeProgress()
        let outcome = try await mltutor(["export", "--format", "xml"] + workspace.options)
        #expect(outcome.status == .exited(64))
        #expect(outcome.error.contains("'xml'"))
        #expect(outcome.error.contains("'json' and 'csv'"))
        #expect(outcome.output.isEmpty)
    }

    // MARK: reset

    /// Files in the state folder named like reset backups.
    func backups(_ workspace: Workspace) throws -> [String] {
        try workspace.stateListing().filter { $0.contains(#/^progress\.json\.bak-\d{8}-\d{6}(-\d+)?$/#) }
    }

    @Test func resetWithYesKeepsAByteIdenticalBackupAndClearsTheSection() async throws {
        let workspace = try Workspace()
        let before = try workspace.writeProgress()
        let outcome = try await mltutor(["reset", "--section", "long-section", "--yes"] + workspace.options)
        #expect(outcome.status == .exited(0))
        let backup = try #require(try backups(workspace).first)
        let backupPath = workspace.state.appendingPathComponent(backup).path
        #expect(FileManager.default.contents(atPath: backupPath) == before)
        #expect(outcome.output.contains("Reset section 'long-section' (A long section): read mark, 20 min 35 s of reading."))
        #expect(outcome.output.contains(backupPath))

        let after = try await mltutor(["progress", "--json"] + workspace.options)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(after.output.utf8)) as? [String: Any])
        let sections = try #require(object["sections"] as? [String: Any])
        #expect(sections.keys.sorted() == ["markdown-sample"])
        #expect((object["quizzes"] as? [String: Any])?.keys.sorted() == ["tiny"])
    }

    @Test func resetOfAQuizAndOfEverything() async throws {
        let workspace = try Workspace()
        try workspace.writeProgress()
        let quiz = try await mltutor(["reset", "--quiz", "tiny", "--yes"] + workspace.options)
        #expect(quiz.status == .exited(0))
        let summary = try await mltutor(["progress"] + workspace.options)
        #expect(summary.output.contains("Quizzes taken: 0/1"))
        #expect(summary.output.contains("Sections read: 1/3"))

        let all = try await mltutor(["reset", "--all", "--yes"] + workspace.options)
        #expect(all.status == .exited(0))
        let json = try await mltutor(["progress", "--json"] + workspace.options)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["sections"] as? [String: Any])?.isEmpty == true)
        #expect(object["totalStudySeconds"] as? Double == 0)
        #expect(try backups(workspace).count == 2)
    }

    @Test func resetOnAPipeWithoutYesRefusesEvenAYes() async throws {
        let workspace = try Workspace()
        let before = try workspace.writeProgress()
        let outcome = try await mltutor(["reset", "--all"] + workspace.options, input: "y\n")
        #expect(outcome.status == .exited(1))
        #expect(outcome.error.contains("pass --yes"))
        #expect(outcome.error.contains("nothing was changed"))
        #expect(workspace.progressBytes() == before)
        #expect(try workspace.stateListing() == ["progress.json"])
    }

    @Test func resetOfAnUnknownIDChangesNothing() async throws {
        let workspace = try Workspace()
        let before = try workspace.writeProgress()
        let section = try await mltutor(["reset", "--section", "nope", "--yes"] + workspace.options)
        #expect(section.status == .exited(1))
        #expect(section.error.contains("no progress for section 'nope' (sections with progress: long-section, markdown-sample); nothing was changed"))
        let quiz = try await mltutor(["reset", "--quiz", "long-section", "--yes"] + workspace.options)
        #expect(quiz.status == .exited(1))
        #expect(quiz.error.contains("no progress for quiz 'long-section' (quizzes with progress: tiny); nothing was changed"))
        #expect(workspace.progressBytes() == before)
        #expect(try workspace.stateListing() == ["progress.json"])
    }

    @Test func resetNeedsExactlyOneTarget() async throws {
        let workspace = try Workspace()
        try workspace.writeProgress()
        let none = try await mltutor(["reset", "--yes"] + workspace.options)
        #expect(none.status == .exited(64))
        #expect(none.error.contains("choose exactly one of --section ID, --quiz ID or --all"))
        let two = try await mltutor(["reset", "--all", "--quiz", "tiny", "--yes"] + workspace.options)
        #expect(two.status == .exited(64))
        #expect(try workspace.stateListing() == ["progress.json"])
    }

    @Test func resetOnATerminalAsksAndGoesAheadOnYes() async throws {
        let workspace = try Workspace()
        let before = try workspace.writeProgress()
        try await TmuxSession.with(arguments: ["reset", "--quiz", "tiny"] + workspace.options, waitingFor: "[y/N]") { terminal in
            let screen = try await terminal.screen()
            #expect(screen.contains("Reset quiz 'tiny' (A tiny quiz): 2 attempts, best 2/2? [y/N]"))
            try await terminal.send("y", "Enter")
            #expect(try await terminal.exitStatus() == 0)
        }
        let backup = try #require(try backups(workspace).first)
        #expect(FileManager.default.contents(atPath: workspace.state.appendingPathComponent(backup).path) == before)
        #expect(workspace.progressBytes() != before)
    }

    @Test func resetOnATerminalChangesNothingWhenTheAnswerIsNo() async throws {
        let workspace = try Workspace()
        let before = try workspace.writeProgress()
        try await TmuxSession.with(arguments: ["reset", "--all"] + workspace.options, waitingFor: "[y/N]") { terminal in
            try await terminal.send("Enter")
            #expect(try await terminal.exitStatus() == 1)
            #expect(try await terminal.screen().contains("nothing was changed"))
        }
        #expect(workspace.progressBytes() == before)
        #expect(try workspace.stateListing() == ["progress.json"])
    }

    // MARK: damaged file

    @Test func aDamagedFileIsReportedByEveryCommandAndLeftInPlace() async throws {
        let workspace = try Workspace()
        let damaged = try workspace.writeProgress(#"{"schemaVersion": 1, "sections": {"long-sec"#)
        let commands: [[String]] = [
            ["progress"], ["progress", "--json"], ["export", "--format", "csv"], ["export", "--format", "json"],
            ["reset", "--all", "--yes"], ["reset", "--section", "long-section", "--yes"],
        ]
        for command in commands {
            let outcome = try await mltutor(command + workspace.options)
            #expect(outcome.status == .exited(1), "\(command)")
            #expect(outcome.error.contains("\(workspace.progressPath): progress file is damaged: "), "\(command)")
            #expect(outcome.error.contains("; the tutor will move it aside when it starts"), "\(command)")
            #expect(outcome.output.isEmpty, "\(command)")
        }
        #expect(workspace.progressBytes() == damaged)
        #expect(try workspace.stateListing() == ["progress.json"])
    }

    // MARK: with a tutor running

    @Test func whileATutorRunsReadingWorksAndResetIsRefused() async throws {
        let workspace = try Workspace()
        try workspace.writeProgress()
        try await TmuxSession.with(arguments: workspace.options, waitingFor: "mltutor · Guide") { tutor in
            // Whatever the tutor itself may have saved since it started is what must stay untouched.
            let before = workspace.progressBytes()
            let summary = try await mltutor(["progress"] + workspace.options)
            #expect(summary.status == .exited(0))
            #expect(summary.output.contains("Sections read: 1/3"))
            let export = try await mltutor(["export", "--format", "csv"] + workspace.options)
            #expect(export.status == .exited(0))

            let reset = try await mltutor(["reset", "--all", "--yes"] + workspace.options)
            #expect(reset.status == .exited(1))
            #expect(reset.error.contains("a running mltutor is using this progress file"))
            #expect(reset.error.contains("nothing was changed"))
            #expect(workspace.progressBytes() == before)
            #expect(try backups(workspace).isEmpty)
            try await tutor.send("q")
            #expect(try await tutor.exitStatus() == 0)
        }
    }
}

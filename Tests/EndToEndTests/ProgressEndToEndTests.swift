import Foundation
import Glibc
import Testing

/// Progress across runs of the real binary: read marks, the place to continue, damaged files, kill -9.
@Suite(.serialized) struct ProgressEndToEndTests {
    /// A folder for a progress file shared by several runs, removed afterwards.
    final class SharedFolder: Sendable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-progress-\(UUID().uuidString)")
        var progressPath: String { url.appendingPathComponent("progress.json").path }
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    /// Runs the tutor on `folder`'s progress file; waits for the menu's last row (drawn last).
    func run(_ folder: SharedFolder, waitingFor first: String = TutorEndToEndTests.menuFooter,
             _ body: (TmuxSession) async throws -> Void) async throws {
        try await TmuxSession.with(arguments: ["--content", TmuxSession.sampleContent, "--progress", folder.progressPath],
                                   waitingFor: first, body)
    }

    @Test func readMarksAndTheContinueItemSurviveARestart() async throws {
        let folder = try SharedFolder()
        try await run(folder) { s in
            try await s.send("1", "Enter")  // the sample content lists its quiz first
            try await s.waitFor(text: "Paragraph 1 of the long section")
            try await s.send("End")
            try await s.waitFor(text: "The last line of the long section.")
            try await s.send("Escape", "q")
            #expect(try await s.exitStatus() == 0)
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.progressPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        try await run(folder) { s in
            let menu = try await s.screen()
            #expect(menu.contains("c  Continue: A long section (line"))
            #expect(menu.contains("1/3 read"))
            #expect(menu.contains("✓ read"))
            try await s.send("q")
        }
    }

    @Test func killDashNineLosesNothingAlreadyShown() async throws {
        let folder = try SharedFolder()
        try await run(folder) { s in
            try await s.send("1", "Enter")  // the sample content lists its quiz first
            try await s.waitFor(text: "Paragraph 1 of the long section")
            try await s.send("PageDown")
            try await s.waitFor(text: "28–55/")
            // Give the save (which follows the frame's effects) a moment to reach the disk.
            try await s.waitFor("the scroll position to be saved") { _ in
                (try? String(contentsOfFile: folder.progressPath, encoding: .utf8))?.contains("\"scrollLine\" : 27") == true
                    || (try? String(contentsOfFile: folder.progressPath, encoding: .utf8))?.contains("\"scrollLine\":27") == true
            }
            try await s.signal(SIGKILL)
            #expect(try await s.exitStatus() == 137)
        }
        try await run(folder) { s in
            let menu = try await s.screen()
            #expect(menu.contains("c  Continue: A long section (line 28)"))
            try await s.send("c", "Enter")
            try await s.waitFor(text: "28–55/")
            try await s.send("q", "q")
        }
    }

    @Test func aDamagedProgressFileIsMovedAsideAndTheLearnerIsTold() async throws {
        let folder = try SharedFolder()
        let damaged = Data("{\"schemaVersion\": 1, \"sections\": {".utf8)
        try damaged.write(to: URL(fileURLWithPath: folder.progressPath))
        try await run(folder, waitingFor: "mltutor · Guide") { s in
            let screen = try await s.waitFor(text: "⚠ Your progress file was damaged")
            #expect(screen.contains("progress.json.corrupt-"))
            try await s.send("q")
            #expect(try await s.exitStatus() == 0)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        let aside = try #require(names.first { $0.hasPrefix("progress.json.corrupt-") })
        #expect(FileManager.default.contents(atPath: folder.url.appendingPathComponent(aside).path) == damaged)
    }

    @Test func aDamagedReviewLogIsCopiedAsideAndItsGoodLinesKept() async throws {
        let folder = try SharedFolder()
        let document = #"{"schemaVersion": 2, "reviewLog": {"file": "progress.reviews.jsonl", "entries": 3}}"#
        try Data(document.utf8).write(to: URL(fileURLWithPath: folder.progressPath))
        let logPath = folder.url.appendingPathComponent("progress.reviews.jsonl").path
        let good = #"{"item":"question:sample-numeric","at":1790000000,"rating":1,"elapsedDays":0,"day":"2026-09-21"}"#
        let later = #"{"item":"question:sample-single","at":1790000100,"rating":3,"elapsedDays":0,"day":"2026-09-21"}"#
        let damaged = Data((good + "\n" + "{\"item\": tru\n" + later + "\n").utf8)
        try damaged.write(to: URL(fileURLWithPath: logPath))
        try await run(folder, waitingFor: "mltutor · Guide") { s in
            let screen = try await s.waitFor(text: "⚠ Your review log is damaged")
            #expect(screen.contains("2 of 3 reviews were kept"))
            try await s.send("q")
            #expect(try await s.exitStatus() == 0)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        let aside = try #require(names.first { $0.hasPrefix("progress.reviews.jsonl.corrupt-") })
        #expect(FileManager.default.contents(atPath: folder.url.appendingPathComponent(aside).path) == damaged)
        // The next start finds a sound log with the two readable reviews: no second copy, no notice.
        try await run(folder) { s in
            let menu = try await s.screen()
            #expect(!menu.contains("review log is damaged"))
            try await s.send("q")
            #expect(try await s.exitStatus() == 0)
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(after.filter { $0.hasPrefix("progress.reviews.jsonl.corrupt-") }.count == 1)
        let kept = try String(contentsOfFile: logPath, encoding: .utf8).split(separator: "\n")
        #expect(kept.count == 2)
    }
}

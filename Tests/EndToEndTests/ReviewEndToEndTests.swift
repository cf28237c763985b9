import Foundation
import Testing

/// Spaced review in the real binary: missed questions come back days later (`MLTUTOR_NOW` moves the clock).
@Suite(.serialized) struct ReviewEndToEndTests {
    @Test func missedQuestionsAreDueThreeDaysLaterAndAReviewServesThem() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        // Day 1: the clock runs out on the whole quiz, so every question is missed.
        try await TmuxSession.with(arguments: ["quiz", "sample-quiz", "--exam", "--time-limit", "1", "--content", TmuxSession.sampleContent,
                                               "--progress", progress],
                                   // With a one-second limit the results may be all there is to see.
                                   environment: ["MLTUTOR_NOW": "2026-11-20T10:00:00Z"], waitingFor: nil) { s in
            try await s.waitFor(text: "Score 0/5 (0%)")
            try await s.send("Escape", "Escape", "q")
            #expect(try await s.exitStatus() == 0)
        }
        // The same day nothing is due yet (a missed item comes back the next study day).
        try await TmuxSession.with(arguments: ["--content", TmuxSession.sampleContent, "--progress", progress],
                                   environment: ["MLTUTOR_NOW": "2026-11-20T10:05:00Z"], waitingFor: TutorEndToEndTests.menuFooter) { s in
            let menu = try await s.screen()
            #expect(!menu.contains("Review —"))
            #expect(menu.contains("Practice more"))
            try await s.send("q")
        }
        // Three days later all five are due, oldest first, and a review session serves them.
        try await TmuxSession.with(arguments: ["--content", TmuxSession.sampleContent, "--progress", progress],
                                   environment: ["MLTUTOR_NOW": "2026-11-23T10:00:00Z"], waitingFor: TutorEndToEndTests.menuFooter) { s in
            let menu = try await s.screen()
            #expect(menu.contains("v  Review — 5 due"))
            try await s.send("v", "Enter")
            try await s.waitFor(text: "Question 1 of 5")
            try await s.waitFor(text: "the clock keeps running")
            let screen = try await s.screen()
            #expect(screen.contains("mltutor · Review"))
            // Answer whatever type comes first; right or wrong, the feedback says when it comes back.
            if screen.contains("one answer") { try await s.send("1") }
            else if screen.contains("true or false") { try await s.send("t") }
            else if screen.contains("several answers") { try await s.send("1", "Enter") }
            else if screen.contains("a matrix") { try await s.send("1", "Tab", "1", "Tab", "1", "Tab", "1", "Enter") }
            else { try await s.send("1", "Enter") }
            let feedback = try await s.waitFor(text: "Next review ")
            #expect(feedback.contains(#/Next review (tomorrow|in \d+ days?) — because /#))
            try await s.send("Escape", "y")
            try await s.waitFor(text: TutorEndToEndTests.menuFooter)
            try await s.send("q")
            #expect(try await s.exitStatus() == 0)
        }
        // Reviews are saved in the log beside the progress file, which commits how many lines count.
        let log = try String(contentsOfFile: folder.appendingPathComponent("progress.reviews.jsonl").path, encoding: .utf8)
        #expect(log.contains(#""item":"question:sample-single""#))
        let saved = try String(contentsOfFile: progress, encoding: .utf8)
        let lines = log.split(separator: "\n").count
        #expect(saved.contains(#""entries" : \#(lines)"#))
    }

    @Test func aMalformedNowIsAClearError() async throws {
        try await TmuxSession.with(arguments: ["--content", TmuxSession.sampleContent], environment: ["MLTUTOR_NOW": "tomorrow"],
                                   waitingFor: nil) { s in
            #expect(try await s.exitStatus() == 1)
            let screen = try await s.screen()
            #expect(screen.contains("MLTUTOR_NOW: 'tomorrow'"))
        }
    }
}

import Foundation
import Testing

/// Search and the stats lab in the real binary.
@Suite(.serialized) struct SearchAndLabEndToEndTests {
    @Test func searchFindsAccentInsensitiveHitsAndOpensTheSection() async throws {
        try await TmuxSession.with(arguments: ["--content", TmuxSession.sampleContent], waitingFor: TutorEndToEndTests.menuFooter) { s in
            try await s.send("/")
            try await s.waitFor(text: "mltutor · Search")
            // The sample section says "é"; a plain "e" query after "check: χ², x̄, σ — " still finds it.
            try await s.send("U", "N", "I", "C", "O", "D", "E", "Space", "c", "h", "e", "c", "k")
            let hits = try await s.waitFor(text: "Markdown sample")
            #expect(hits.contains("Unicode check"))
            try await s.send("Enter")
            let reader = try await s.waitForReader(showing: "Unicode check: χ², x̄, σ — é 漢字.")
            #expect(reader.contains("hit 1 of 1"))
            try await s.send("Escape")
            try await s.waitFor(text: TutorEndToEndTests.menuFooter)
            try await s.send("q")
            #expect(try await s.exitStatus() == 0)
        }
    }

    @Test func theLabRunsAWelchTestOnTypedNumbers() async throws {
        try await TmuxSession.with(arguments: ["--content", TmuxSession.sampleContent], waitingFor: TutorEndToEndTests.menuFooter) { s in
            try await s.send("b", "Enter")
            try await s.waitFor(text: "mltutor · Stats lab")
            try await s.send("3", "Enter")
            try await s.waitFor(text: "Stats lab · Two-sample t (Welch)")
            // The cursor is at the end of the example's group B: add one more value to it.
            try await s.send("Space", "2", "0", "F5")
            let worked = try await s.waitFor(text: "p (two-sided)")
            #expect(worked.contains("18 17 21 16 19 20"))
            #expect(worked.contains(#/t = .*= -?\d/#))
            #expect(worked.contains("df"))
            try await s.send("Escape", "Escape")
            try await s.waitFor(text: TutorEndToEndTests.menuFooter)
            try await s.send("q")
            #expect(try await s.exitStatus() == 0)
        }
    }
}

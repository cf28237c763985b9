import Foundation
import Testing
@testable import TutorCore

@Suite("Progress migrations and fixtures")
struct ProgressMigrationTests {
    /// `Tests/Fixtures/progress/`, found from this file's own path.
    static func fixture(_ name: String) throws -> [UInt8] {
        let here = URL(fileURLWithPath: #filePath)
        let url = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/progress/\(name)")
        return [UInt8](try Data(contentsOf: url))
    }

    @Test("the chain has exactly one step from every older schema to the current one")
    func chainIsComplete() {
        let froms = ProgressMigration.chain.map(\.from)
        #expect(froms == Array(0..<Progress.currentSchemaVersion))
    }

    @Test("the schema-0 draft fixture migrates to schema 1 with everything it knew")
    func draftFixture() throws {
        guard case .migrated(let progress, let version) = ProgressDocument.decode(try Self.fixture("schema0-draft.json")) else {
            Issue.record("the draft should migrate")
            return
        }
        #expect(version == 0)
        #expect(progress.schemaVersion == 1)
        #expect(progress.sections["intro"] == SectionProgress(openCount: 3, scrollLine: 40, finished: true))
        #expect(progress.sections["linear-algebra"] == SectionProgress(openCount: 1, scrollLine: 12))
        // Ids the content may no longer have are kept too.
        #expect(progress.sections["retired-section"] == SectionProgress(openCount: 2, finished: true))
        #expect(progress.quizzes["basics"] == QuizProgress(attempts: [], bestScore: QuizScore(correct: 4, total: 5)))
        #expect(progress.quizzes["probability"]?.bestScore == QuizScore(correct: 7, total: 10))
        #expect(progress.totalStudySeconds == 5400)
        #expect(progress.daysStudied == ["2026-10-30", "2026-10-31", "2026-11-01"])
        #expect(progress.skills == ["python": .have, "pytorch": .learning, "cuda": .notYet])
        #expect(progress.lastPlace == .reader(sectionID: "linear-algebra", line: 12))
        #expect(progress.unknownMembers == ["theme": .string("dark")])
        #expect(progress.runningQuiz == nil)
        #expect(progress.reviewLog.isEmpty)
    }

    @Test("a draft with an explicit schemaVersion 0 migrates too")
    func explicitZero() throws {
        guard case .migrated(let progress, 0) = ProgressDocument.decode(try Self.fixture("schema0-explicit-version.json")) else {
            Issue.record("the draft should migrate from 0")
            return
        }
        #expect(progress.sections["intro"]?.openCount == 1)
        #expect(progress.lastPlace == .quiz(quizID: "basics"))
    }

    @Test("a draft with wrong types is reported as damaged, naming the member")
    func badDraft() throws {
        guard case .damaged(let reason) = ProgressDocument.decode(try Self.fixture("schema0-bad-types.json")) else {
            Issue.record("a bad draft must not load")
            return
        }
        #expect(reason.contains("opened.intro"))
    }

    @Test("the hand-written schema-1 fixture decodes to the expected values")
    func schema1Fixture() throws {
        guard case .current(let progress) = ProgressDocument.decode(try Self.fixture("schema1.json")) else {
            Issue.record("the schema 1 fixture should load as current")
            return
        }
        let attempt = try #require(progress.quizzes["basics"]?.attempts.first)
        #expect(attempt.seed == UInt64.max)
        #expect(attempt.answers.map(\.answer) == [.choice(2), .unanswered])
        #expect(attempt.score == QuizScore(correct: 1, total: 2))
        #expect(progress.sections["intro"]?.secondsSpent == 1234.5)
        #expect(progress.lastPlace == .quiz(quizID: "basics"))
        #expect(progress.reviewLog == [ReviewLogEntry(itemID: "basics/q1", at: 1_795_709_500, rating: .good, elapsedDays: 0)])
        #expect(progress.studyDays == ["2026-11-26": 1234.5])
    }

    @Test("the store loads a draft file as migrated, and its next save writes schema 1")
    func storeMigrates() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            try write(try Self.fixture("schema0-draft.json"), to: path)
            let store = ProgressStore(path: path, now: sampleNow)
            #expect(store.outcome == .migrated(fromVersion: 0))
            #expect(store.access == .readWrite)
            // The old bytes are kept before the first save replaces them.
            #expect(bytes(at: path + ".schema0-backup") == (try Self.fixture("schema0-draft.json")))
            #expect(mode(of: path + ".schema0-backup") == 0o600)
            try store.save(store.loadedProgress)
            let saved = try #require(bytes(at: path))
            #expect(ProgressDocument.decode(saved) == .current(store.loadedProgress))
            #expect(String(decoding: saved, as: UTF8.self).contains("\"schemaVersion\" : 1"))
        }
    }
}

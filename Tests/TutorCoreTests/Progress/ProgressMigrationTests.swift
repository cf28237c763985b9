import Foundation
import Testing
@testable import TutorCore

@Suite("Progress migrations and fixtures")
struct ProgressMigrationTests {
    /// `Tests/Fixtures/progress/`, found from this file's own path.
    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixturePath(name))))
    }

    static func fixturePath(_ name: String) -> String {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/progress/\(name)").path
    }

    @Test("the chain has exactly one step from every older schema to the current one")
    func chainIsComplete() {
        let froms = ProgressMigration.chain.map(\.from)
        #expect(froms == Array(0..<Progress.currentSchemaVersion))
    }

    @Test("the schema-0 draft fixture migrates to the current schema with everything it knew")
    func draftFixture() throws {
        guard case .migrated(let progress, let version) = ProgressDocument.decode(try Self.fixture("schema0-draft.json")) else {
            Issue.record("the draft should migrate")
            return
        }
        #expect(version == 0)
        #expect(progress.schemaVersion == Progress.currentSchemaVersion)
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

    @Test("the hand-written schema-1 fixture migrates to the expected values")
    func schema1Fixture() throws {
        guard case .migrated(let progress, 1) = ProgressDocument.decode(try Self.fixture("schema1.json")) else {
            Issue.record("the schema 1 fixture should load as migrated from 1")
            return
        }
        #expect(progress.schemaVersion == 2)
        let attempt = try #require(progress.quizzes["basics"]?.attempts.first)
        #expect(attempt.seed == UInt64.max)
        #expect(attempt.answers.map(\.answer) == [.choice(2), .unanswered])
        #expect(attempt.score == QuizScore(correct: 1, total: 2))
        #expect(progress.sections["intro"]?.secondsSpent == 1234.5)
        #expect(progress.lastPlace == .quiz(quizID: "basics"))
        #expect(progress.reviewLog == [ReviewLogEntry(itemID: "basics/q1", at: 1_795_709_500, rating: .good, elapsedDays: 0)])
        #expect(progress.studyDays == ["2026-11-26": 1234.5])
    }

    @Test("the store loads a draft file as migrated, and its next save writes schema 2")
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
            #expect(String(decoding: saved, as: UTF8.self).contains("\"schemaVersion\" : 2"))
        }
    }

    @Test("the store migrates the schema-1 fixture: backup kept, log split out on the first save")
    func storeMigratesSchema1() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let original = try Self.fixture("schema1.json")
            try write(original, to: path)
            let store = ProgressStore(path: path, now: sampleNow)
            #expect(store.outcome == .migrated(fromVersion: 1))
            #expect(bytes(at: path + ".schema1-backup") == original)
            let migrated = store.loadedProgress
            #expect(migrated.reviewLog.count == 1)
            try store.save(migrated)

            let log = String(decoding: try #require(bytes(at: folder.file("progress.reviews.jsonl"))), as: UTF8.self)
            #expect(log == #"{"item":"basics/q1","at":1795709500,"rating":3,"elapsedDays":0}"# + "\n")
            let document = try JSONSerialization.jsonObject(with: Data(try #require(bytes(at: path)))) as? [String: Any]
            #expect(document?["schemaVersion"] as? Int == 2)
            let reference = document?["reviewLog"] as? [String: Any]
            #expect(reference?["file"] as? String == "progress.reviews.jsonl")
            #expect(reference?["entries"] as? Int == 1)

            let reopened = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            #expect(reopened.outcome == .loaded)
            var expected = migrated
            // The saved document keeps no cards; the log replays to them.
            expected.rebuildReviewSchedule()
            #expect(reopened.loadedProgress == expected)
        }
    }

    @Test("the schema-2 fixture pair reads its committed lines, with the cards they replay to")
    func schema2Fixture() throws {
        let path = Self.fixturePath("schema2.json")
        let snapshot = ProgressSnapshot.read(path: path)
        guard case .current(let progress) = snapshot.state else {
            Issue.record("the schema 2 fixture should load as current, got \(snapshot.state)")
            return
        }
        #expect(snapshot.logDamage == nil)
        #expect(progress.review.settings.desiredRetention == 0.85)
        #expect(progress.reviewLog.map(\.itemID) == ["question:basics/q1", "question:basics/q2", "question:basics/q1"])
        #expect(progress.reviewLog[1].at == 1_760_000_060.5)
        #expect(progress.reviewLog[2].studyDay == CivilDay(year: 2025, month: 10, day: 12))
        let replayed = ReviewSchedule.replay(progress.reviewLog, settings: progress.review.settings)
        #expect(progress.review == replayed)
        #expect(progress.review.cards.count == 2)
        #expect(progress.sections["intro"]?.finished == true)
    }
}

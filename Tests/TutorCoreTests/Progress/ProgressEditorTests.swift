import Foundation
import Glibc
import Testing
@testable import TutorCore

@Suite("Progress editor: resets under the lock, after a byte-exact backup")
struct ProgressEditorTests {
    /// The backup name for `sampleNow` (2026-11-26 16:20:00 UTC).
    static let backupName = "progress.json.bak-20261126-162000"
    static let logName = "progress.reviews.jsonl"
    static let logBackupName = "progress.reviews.jsonl.bak-20261126-162000"

    /// A folder with the sample progress saved in it, the way the tutor saves it.
    func savedSample(in folder: TemporaryFolder) throws -> (path: String, bytes: [UInt8]) {
        let path = folder.file("progress.json")
        try ProgressStore(path: path, now: sampleNow).save(sampleProgress())
        return (path, try #require(bytes(at: path)))
    }

    @Test("a reset keeps the old bytes in a 0600 backup and writes the reset progress")
    func backupThenWrite() throws {
        try withTemporaryFolder { folder in
            let (path, old) = try savedSample(in: folder)
            let outcome = try ProgressEditor.reset(.section("intro"), path: path, now: sampleNow)
            #expect(outcome.backupPath == folder.file(Self.backupName))
            #expect(bytes(at: folder.file(Self.backupName)) == old)
            #expect(mode(of: folder.file(Self.backupName)) == 0o600)
            let expected = try sampleProgress().resetting(.section("intro"))
            #expect(outcome.progress == expected)
            #expect(ProgressSnapshot.read(path: path).state == .current(expected))
            #expect(mode(of: path) == 0o600)
            let listing = try folder.listing()
            #expect(listing == ["progress.json", Self.backupName, "progress.lock", Self.logName, Self.logBackupName])
        }
    }

    @Test("a second reset in the same second gets a unique backup name")
    func uniqueBackupName() throws {
        try withTemporaryFolder { folder in
            let (path, first) = try savedSample(in: folder)
            _ = try ProgressEditor.reset(.section("intro"), path: path, now: sampleNow)
            let second = try #require(bytes(at: path))
            let outcome = try ProgressEditor.reset(.quiz("basics"), path: path, now: sampleNow)
            #expect(outcome.backupPath == folder.file(Self.backupName + "-2"))
            #expect(bytes(at: folder.file(Self.backupName)) == first)
            #expect(bytes(at: folder.file(Self.backupName + "-2")) == second)
        }
    }

    @Test("the backup is named in the learner's zone")
    func backupInLocalTime() throws {
        try withTemporaryFolder { folder in
            let (path, _) = try savedSample(in: folder)
            let outcome = try ProgressEditor.reset(.all, path: path, now: sampleNow, utcOffsetSeconds: 19_800)
            #expect(outcome.backupPath == folder.file("progress.json.bak-20261126-215000"))
        }
    }

    @Test("while a tutor's store holds the lock, the reset is refused and nothing changes")
    func lockedByTutor() throws {
        try withTemporaryFolder { folder in
            let (path, old) = try savedSample(in: folder)
            let tutor = ProgressStore(path: path, now: sampleNow)
            #expect(tutor.access == .readWrite)
            #expect(throws: ProgressEditError.locked(filePath: path, lockPath: folder.file("progress.lock"))) {
                try ProgressEditor.reset(.all, path: path, now: sampleNow)
            }
            #expect(bytes(at: path) == old)
            let listing = try folder.listing()
            #expect(listing == ["progress.json", "progress.lock", Self.logName])
            #expect(ProgressEditError.locked(filePath: path, lockPath: "L").description.contains("nothing was changed"))
        }
    }

    @Test("the lock is released afterwards, so the tutor can open the file read-write")
    func releasesLock() throws {
        try withTemporaryFolder { folder in
            let (path, _) = try savedSample(in: folder)
            _ = try ProgressEditor.reset(.section("intro"), path: path, now: sampleNow)
            let tutor = ProgressStore(path: path, now: sampleNow)
            #expect(tutor.access == .readWrite)
            #expect(tutor.loadedProgress == (try sampleProgress().resetting(.section("intro"))))
        }
    }

    @Test("a damaged file is refused and left in place, even for --all")
    func damagedRefused() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let damaged = Array(#"{"schemaVersion": 1, "sec"#.utf8)
            try write(damaged, to: path)
            do throws(ProgressEditError) {
                _ = try ProgressEditor.reset(.all, path: path, now: sampleNow)
                Issue.record("a damaged file was reset")
            } catch {
                guard case .unusable(let problem) = error else {
                    Issue.record("expected unusable, got \(error)")
                    return
                }
                #expect(problem.contains("progress file is damaged"))
                #expect(error.description.hasSuffix("nothing was changed"))
            }
            #expect(bytes(at: path) == damaged)
            let names = try folder.listing()
            #expect(!names.contains { $0.contains(".bak-") || $0.contains(".corrupt-") })
        }
    }

    @Test("a newer file is refused untouched")
    func newerRefused() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let newer = Array(#"{"schemaVersion": 7, "sections": {"intro": {"openCount": 1}}}"#.utf8)
            try write(newer, to: path)
            #expect(throws: ProgressEditError.newerSchema(filePath: path, version: 7)) {
                try ProgressEditor.reset(.section("intro"), path: path, now: sampleNow)
            }
            #expect(bytes(at: path) == newer)
        }
    }

    @Test("an unknown id is refused before any backup is made")
    func unknownID() throws {
        try withTemporaryFolder { folder in
            let (path, old) = try savedSample(in: folder)
            #expect(throws: ProgressEditError.reset(.unknownQuiz(id: "nope", known: ["basics", "stats"]))) {
                try ProgressEditor.reset(.quiz("nope"), path: path, now: sampleNow)
            }
            #expect(bytes(at: path) == old)
            let listing = try folder.listing()
            #expect(listing == ["progress.json", "progress.lock", Self.logName])
        }
    }

    @Test("without a file, --all changes nothing and an id is unknown; nothing is created")
    func missingFile() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let outcome = try ProgressEditor.reset(.all, path: path, now: sampleNow)
            #expect(outcome.backupPath == nil)
            #expect(outcome.progress == Progress())
            #expect(throws: ProgressEditError.reset(.unknownSection(id: "intro", known: []))) {
                try ProgressEditor.reset(.section("intro"), path: path, now: sampleNow)
            }
            let listing = try folder.listing()
            #expect(listing.isEmpty)
        }
    }

    @Test("an old-format file is reset into the current format; the backup keeps the old bytes")
    func migrated() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let draft = Array(#"{"opened": {"intro": 3, "other": 1}, "finished": ["intro"], "studySeconds": 60}"#.utf8)
            try write(draft, to: path)
            let outcome = try ProgressEditor.reset(.section("intro"), path: path, now: sampleNow)
            #expect(bytes(at: folder.file(Self.backupName)) == draft)
            guard case .current(let progress) = ProgressSnapshot.read(path: path).state else {
                Issue.record("the reset file is not in the current format")
                return
            }
            #expect(progress == outcome.progress)
            #expect(progress.sections.keys.sorted() == ["other"])
            #expect(progress.totalStudySeconds == 60)
        }
    }

    @Test("a full disk leaves the progress file as it was")
    func diskFull() throws {
        try withTemporaryFolder { folder in
            let (path, old) = try savedSample(in: folder)
            let disk = ProgressStoreTests.FaultyDisk()
            do throws(ProgressEditError) {
                _ = try ProgressEditor.reset(.all, path: path, now: sampleNow, operations: disk.operations)
                Issue.record("the reset succeeded on a full disk")
            } catch {
                guard case .save(let saveError) = error else {
                    Issue.record("expected a save error, got \(error)")
                    return
                }
                #expect(saveError.code == ENOSPC)
            }
            #expect(bytes(at: path) == old)
            #expect(ProgressSnapshot.read(path: path).state == .current(sampleProgress()))
            let listing = try folder.listing()
            #expect(listing.filter { !$0.contains(".bak-") } == ["progress.json", "progress.lock", Self.logName])
        }
    }

    @Test("a reset of everything backs up both files, then writes 0 entries and an empty log")
    func resetAllSplitPair() throws {
        try withTemporaryFolder { folder in
            let (path, old) = try savedSample(in: folder)
            let oldLog = try #require(bytes(at: folder.file(Self.logName)))
            #expect(!oldLog.isEmpty)
            let outcome = try ProgressEditor.reset(.all, path: path, now: sampleNow)
            #expect(outcome.backupPath == folder.file(Self.backupName))
            #expect(outcome.logBackupPath == folder.file(Self.logBackupName))
            #expect(bytes(at: folder.file(Self.backupName)) == old)
            #expect(bytes(at: folder.file(Self.logBackupName)) == oldLog)
            #expect(mode(of: folder.file(Self.logBackupName)) == 0o600)
            #expect(bytes(at: folder.file(Self.logName)) == [])
            let snapshot = ProgressSnapshot.read(path: path)
            #expect(snapshot.state == .current(Progress()))
            #expect(snapshot.logDamage == nil)
            // The tutor starting next reads the pair cleanly.
            #expect(ProgressStore(path: path, now: sampleNow).outcome == .loaded)
        }
    }

    @Test("a reset of one quiz keeps every review: the log is rewritten with the same lines")
    func resetQuizKeepsLog() throws {
        try withTemporaryFolder { folder in
            let (path, _) = try savedSample(in: folder)
            let oldLog = try #require(bytes(at: folder.file(Self.logName)))
            let outcome = try ProgressEditor.reset(.quiz("basics"), path: path, now: sampleNow)
            #expect(bytes(at: folder.file(Self.logName)) == oldLog)
            #expect(outcome.progress.reviewLog == sampleProgress().reviewLog)
            let store = ProgressStore(path: path, now: sampleNow)
            #expect(store.outcome == .loaded)
            #expect(store.loadedProgress == (try sampleProgress().resetting(.quiz("basics"))))
        }
    }

    @Test("a reset through a symlinked log writes its target, keeps the link and the document's name for it")
    func resetThroughASymlinkedLog() throws {
        try withTemporaryFolder { folder in
            let (path, _) = try savedSample(in: folder)
            mkdir(folder.file("synced"), 0o700)
            let target = folder.file("synced/reviews.jsonl")
            let oldLog = try #require(bytes(at: folder.file(Self.logName)))
            #expect(rename(folder.file(Self.logName), target) == 0)
            #expect(symlink("synced/reviews.jsonl", folder.file(Self.logName)) == 0)

            let outcome = try ProgressEditor.reset(.all, path: path, now: sampleNow)
            #expect(outcome.logBackupPath == target + ".bak-20261126-162000")
            #expect(bytes(at: target + ".bak-20261126-162000") == oldLog)
            #expect(isSymlink(folder.file(Self.logName)))
            #expect(bytes(at: target) == [])
            let reference = try #require(try ReviewLogFiles.document(path)["reviewLog"] as? [String: Any])
            #expect(reference["file"] as? String == Self.logName)
            #expect(ProgressStore(path: path, now: sampleNow).outcome == .loaded)
        }
    }
}

import Foundation
import Glibc
import Synchronization
import Testing
@testable import TutorCore

@Suite("Progress store: the review log file beside the progress file")
struct ReviewLogStoreTests {
    static let logName = ReviewLogFiles.logName
    static func lines(_ entries: [ReviewLogEntry]) throws -> [UInt8] { try ReviewLogFiles.lines(entries) }
    static func document(_ path: String) throws -> [String: Any] { try ReviewLogFiles.document(path) }
    static func saved(_ progress: Progress, in folder: TemporaryFolder) throws { try ReviewLogFiles.saved(progress, in: folder) }

    @Test("the document references the log and keeps only the settings of the schedule")
    func documentShape() throws {
        try withTemporaryFolder { folder in
            let progress = sampleProgress()
            try Self.saved(progress, in: folder)
            let document = try Self.document(folder.file("progress.json"))
            let reference = try #require(document["reviewLog"] as? [String: Any])
            #expect(reference["file"] as? String == Self.logName)
            #expect(reference["entries"] as? Int == progress.reviewLog.count)
            let review = try #require(document["review"] as? [String: Any])
            #expect(Array(review.keys) == ["settings"])
            #expect(bytes(at: folder.file(Self.logName)) == (try Self.lines(progress.reviewLog)))
            #expect(mode(of: folder.file(Self.logName)) == 0o600)
        }
    }

    @Test("a save after one review appends exactly one line and rewrites only the small document")
    func appendsOneLine() throws {
        try withTemporaryFolder { folder in
            let disk = RecordingDisk()
            let path = folder.file("progress.json")
            let store = ProgressStore(path: path, now: sampleNow, operations: disk.operations)
            var progress = sampleProgress()
            try store.save(progress)
            let logBefore = try #require(bytes(at: store.logPath))
            disk.bytesWritten.store(0, ordering: .relaxed)
            disk.syncedFiles.store(0, ordering: .relaxed)
            disk.syncedFolders.store(0, ordering: .relaxed)

            progress.recordReview(of: "question:basics/q9", rating: .hard, at: sampleNow, utcOffsetSeconds: 3600)
            try store.save(progress)
            let newLine = try Self.lines([try #require(progress.reviewLog.last)])
            #expect(bytes(at: store.logPath) == logBefore + newLine)
            let document = try #require(bytes(at: path))
            // Nothing else was written: one line, one document.
            #expect(disk.bytesWritten.load(ordering: .relaxed) == newLine.count + document.count)
            // The log is flushed, then the document and its folder (the log's name already existed).
            #expect(disk.syncedFiles.load(ordering: .relaxed) == 2)
            #expect(disk.syncedFolders.load(ordering: .relaxed) == 1)
            #expect((try Self.document(path)["reviewLog"] as? [String: Any])?["entries"] as? Int == progress.reviewLog.count)
        }
    }

    @Test("the first save creates the log and flushes the folder for it too")
    func firstSaveSyncsFolder() throws {
        try withTemporaryFolder { folder in
            let disk = RecordingDisk()
            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow, operations: disk.operations)
            try store.save(sampleProgress())
            #expect(disk.syncedFiles.load(ordering: .relaxed) == 2)
            #expect(disk.syncedFolders.load(ordering: .relaxed) == 2)
        }
    }

    @Test("a reopened store sees the same progress, cards equal to those recorded")
    func reopenSeesSameProgress() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            var progress = sampleProgress()
            let store = ProgressStore(path: path, now: sampleNow, utcOffsetSeconds: 3600)
            try store.save(progress)
            for step in 0..<50 {
                progress.recordReview(of: "question:q\(step % 7)", rating: ReviewRating.allCases[step % 4],
                                      at: sampleNow + Double(step) * 40_000, utcOffsetSeconds: 3600)
                try store.save(progress)
            }
            let reopened = ProgressStore(path: path, now: sampleNow, utcOffsetSeconds: 3600)
            #expect(reopened.outcome == .loaded)
            #expect(reopened.loadedProgress.review.cards == progress.review.cards)
            #expect(reopened.loadedProgress == progress)
        }
    }

    @Test("lines after the committed ones are ignored, and cut off at open by the lock holder only")
    func uncommittedTail() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let progress = sampleProgress()
            try Self.saved(progress, in: folder)
            let logPath = folder.file(Self.logName)
            let committed = try #require(bytes(at: logPath))
            // A save that appended a line and half of another, then died before its document.
            let extra = try Self.lines([ReviewLogEntry(itemID: "question:lost", at: sampleNow, rating: .good, elapsedDays: 0)])
            let withTail = committed + extra + Array(#"{"item":"question:ha"#.utf8)
            try write(withTail, to: logPath)

            let snapshot = ProgressSnapshot.read(path: path)
            #expect(snapshot.state == .current(progress))
            #expect(snapshot.logDamage == nil)
            #expect(bytes(at: logPath) == withTail)

            let store = ProgressStore(path: path, now: sampleNow)
            #expect(store.outcome == .loaded)
            #expect(store.loadedProgress == progress)
            #expect(bytes(at: logPath) == committed)
        }
    }

    @Test("a full disk mid-append leaves the document untouched; the retry loses nothing and leaves no junk")
    func failedAppendThenRetry() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let disk = RecordingDisk()
            let store = ProgressStore(path: path, now: sampleNow, operations: disk.operations)
            var progress = sampleProgress()
            try store.save(progress)
            let documentBefore = try #require(bytes(at: path))
            let logBefore = try #require(bytes(at: store.logPath))

            progress.recordReview(of: "question:basics/q7", rating: .good, at: sampleNow + 10, utcOffsetSeconds: 0)
            disk.full.store(true, ordering: .relaxed)
            let error = #expect(throws: ProgressSaveError.self) { try store.save(progress) }
            #expect(error?.code == ENOSPC)
            #expect(error?.description.hasPrefix(store.logPath + ": cannot write") == true)
            #expect(bytes(at: path) == documentBefore)
            // Part of the line reached the file; no document commits it.
            let partial = try #require(bytes(at: store.logPath))
            #expect(partial.count > logBefore.count)
            #expect(ProgressSnapshot.read(path: path).progress?.reviewLog.count == 3)

            progress.recordReview(of: "question:basics/q8", rating: .again, at: sampleNow + 20, utcOffsetSeconds: 0)
            disk.full.store(false, ordering: .relaxed)
            try store.save(progress)
            #expect(bytes(at: store.logPath) == logBefore + (try Self.lines(Array(progress.reviewLog.suffix(2)))))
            let reopened = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            #expect(reopened.outcome == .loaded)
            #expect(reopened.loadedProgress == progress)
        }
    }

    @Test("a shorter log (reset everything) is rewritten: the document with 0 entries, then an empty log")
    func shorterLogIsRewritten() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let store = ProgressStore(path: path, now: sampleNow)
            try store.save(sampleProgress())
            try store.save(Progress())
            #expect(bytes(at: store.logPath) == [])
            #expect((try Self.document(path)["reviewLog"] as? [String: Any])?["entries"] as? Int == 0)
            var again = Progress()
            again.recordReview(of: "question:z", rating: .good, at: sampleNow, utcOffsetSeconds: 0)
            try store.save(again)
            #expect(bytes(at: store.logPath) == (try Self.lines(again.reviewLog)))
            #expect(ProgressStore(path: folder.file("progress.json"), now: sampleNow).loadedProgress == again)
        }
    }

    @Test("a log whose entries changed is replaced whole, not appended to")
    func changedLogIsRewritten() throws {
        try withTemporaryFolder { folder in
            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            var progress = sampleProgress()
            try store.save(progress)
            progress.reviewLog[2].rating = .hard
            progress.rebuildReviewSchedule()
            progress.recordReview(of: "question:basics/q1", rating: .good, at: sampleNow + 86_400, utcOffsetSeconds: 0)
            try store.save(progress)
            #expect(bytes(at: store.logPath) == (try Self.lines(progress.reviewLog)))
            #expect(ProgressStore(path: folder.file("progress.json"), now: sampleNow).loadedProgress == progress)
        }
    }

    @Test("the log name the document records is honoured; a name with a path is a damaged document",
          arguments: ["mine.jsonl", "../elsewhere.jsonl", "sub/log.jsonl", ".."])
    func recordedName(name: String) throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let entry = ReviewLogEntry(itemID: "question:a", at: 1_760_000_000, rating: .good, elapsedDays: 0,
                                       studyDay: CivilDay(year: 2025, month: 10, day: 9))
            try write(#"{"schemaVersion": 2, "reviewLog": {"file": "\#(name)", "entries": 1}}"#, to: path)
            try write(try Self.lines([entry]), to: folder.file("mine.jsonl"))
            let store = ProgressStore(path: path, now: sampleNow)
            if name == "mine.jsonl" {
                #expect(store.outcome == .loaded)
                #expect(store.logPath == folder.file("mine.jsonl"))
                #expect(store.loadedProgress.reviewLog == [entry])
                var progress = store.loadedProgress
                progress.recordReview(of: "question:b", rating: .easy, at: 1_760_000_100, utcOffsetSeconds: 0)
                try store.save(progress)
                #expect(bytes(at: folder.file("mine.jsonl")) == (try Self.lines(progress.reviewLog)))
                #expect(!FileManager.default.fileExists(atPath: folder.file(Self.logName)))
            } else {
                guard case .movedAside(_, let reason) = store.outcome else {
                    Issue.record("expected the document moved aside, got \(store.outcome)")
                    return
                }
                #expect(reason.contains("reviewLog.file"))
                #expect(reason.contains("must be a bare name") || reason.contains("is empty"))
            }
        }
    }

    @Test("through a symlink, the log goes beside the link's target and is named after it")
    func logBesideSymlinkTarget() throws {
        try withTemporaryFolder { folder in
            mkdir(folder.file("real"), 0o700)
            symlink("real/target.json", folder.file("progress.json"))
            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            #expect(store.logPath == folder.file("real/target.reviews.jsonl"))
            try store.save(sampleProgress())
            #expect(try folder.listing(folder.file("real")) == ["progress.lock", "target.json", "target.reviews.jsonl"])
            #expect(ProgressSnapshot.read(path: folder.file("progress.json")).state == .current(sampleProgress()))
        }
    }

    @Test("a reset of a document with its log inline still backs up a log file found beside it")
    func editorBacksUpUnreferencedLog() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let progress = sampleProgress()
            try write(try progress.jsonText(), to: path)
            let stray = Array("{\"item\":\"question:old\"}\n".utf8)
            try write(stray, to: folder.file(Self.logName))
            let outcome = try ProgressEditor.reset(.quiz("basics"), path: path, now: sampleNow)
            #expect(outcome.logBackupPath == folder.file(Self.logName + ".bak-20261126-162000"))
            #expect(bytes(at: folder.file(Self.logName + ".bak-20261126-162000")) == stray)
            #expect(bytes(at: folder.file(Self.logName)) == (try Self.lines(progress.reviewLog)))
        }
    }

    @Test("a snapshot reads the pair as saved, with the log's path and exact bytes for a backup")
    func snapshotReadsPair() throws {
        try withTemporaryFolder { folder in
            let progress = sampleProgress()
            try Self.saved(progress, in: folder)
            let snapshot = ProgressSnapshot.read(path: folder.file("progress.json"))
            #expect(snapshot.state == .current(progress))
            #expect(snapshot.logPath == folder.file(Self.logName))
            #expect(snapshot.logBytes == bytes(at: folder.file(Self.logName)))
            #expect(snapshot.logDamage == nil)
            #expect(snapshot.note == nil)
        }
    }

    @Test("stray temporaries of both files are removed at open")
    func strayTemporaries() throws {
        try withTemporaryFolder { folder in
            try Self.saved(sampleProgress(), in: folder)
            try write("half", to: folder.file(".progress.json.tmp-1234"))
            try write("half", to: folder.file(".\(Self.logName).tmp-abcd"))
            _ = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            #expect(try folder.listing() == ["progress.json", "progress.lock", Self.logName])
        }
    }

    @Test("the export stays one document with the log and the cards inline, and decodes back equal")
    func exportStaysInline() throws {
        try withTemporaryFolder { folder in
            try Self.saved(sampleProgress(), in: folder)
            let loaded = ProgressStore(path: folder.file("progress.json"), now: sampleNow).loadedProgress
            let text = try loaded.jsonText()
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect((object["reviewLog"] as? [Any])?.count == 3)
            #expect(((object["review"] as? [String: Any])?["cards"] as? [String: Any])?.count == 2)
            #expect(ProgressDocument.decode(Array(text.utf8)) == .current(loaded))
        }
    }
}

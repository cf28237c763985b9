import Foundation
import Glibc
import Testing
@testable import TutorCore

@Suite("Progress store: a damaged or unreferenced review log is kept, reported and repaired")
struct ReviewLogDamageTests {
    static let logName = ReviewLogFiles.logName
    static func lines(_ entries: [ReviewLogEntry]) throws -> [UInt8] { try ReviewLogFiles.lines(entries) }
    static func saved(_ progress: Progress, in folder: TemporaryFolder) throws { try ReviewLogFiles.saved(progress, in: folder) }

    @Test("a missing log: nothing kept, the learner told, and the next save starts a consistent pair")
    func missingLog() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let progress = sampleProgress()
            try Self.saved(progress, in: folder)
            let logPath = folder.file(Self.logName)
            unlink(logPath)

            let store = ProgressStore(path: path, now: sampleNow)
            let expected = ReviewLogDamage(
                logPath: logPath, problem: "\(logPath): missing, but the progress file records 3 reviews",
                keptEntries: 0, committedEntries: 3, copyPath: nil)
            #expect(store.outcome == .reviewLogDamaged(expected))
            #expect(store.outcome.notice == "Your review log is damaged (\(logPath): missing, but the progress file records "
                    + "3 reviews): 0 of 3 reviews were kept.")
            #expect(store.access == .readWrite)
            #expect(store.loadedProgress.reviewLog.isEmpty)
            #expect(store.loadedProgress.review.cards.isEmpty)
            #expect(store.loadedProgress.sections == progress.sections)

            try store.save(store.loadedProgress)
            #expect(bytes(at: logPath) == [])
            let reopened = ProgressSnapshot.read(path: path)
            #expect(reopened.logDamage == nil)
            #expect(reopened.state == .current(store.loadedProgress))
        }
    }

    @Test("a short log keeps what it has, is copied aside untouched, and is rewritten at the next save")
    func shortLog() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let progress = sampleProgress()
            try Self.saved(progress, in: folder)
            let logPath = folder.file(Self.logName)
            let cut = try Self.lines(Array(progress.reviewLog.prefix(2))) + Array(#"{"item":"q"#.utf8)
            try write(cut, to: logPath)

            let store = ProgressStore(path: path, now: sampleNow)
            guard case .reviewLogDamaged(let damage) = store.outcome else {
                Issue.record("expected a damaged log, got \(store.outcome)")
                return
            }
            #expect(damage.problem == "\(logPath): holds 2 complete lines but the progress file records 3 reviews (it was cut short)")
            #expect(damage.keptEntries == 2)
            let copy = folder.file(Self.logName + ".corrupt-20261126-162000")
            #expect(damage.copyPath == copy)
            #expect(bytes(at: copy) == cut)
            #expect(store.loadedProgress.reviewLog == Array(progress.reviewLog.prefix(2)))

            try store.save(store.loadedProgress)
            #expect(bytes(at: logPath) == (try Self.lines(Array(progress.reviewLog.prefix(2)))))
            let reopened = ProgressStore(path: folder.file("progress.json"), now: sampleNow + 60)
            #expect(reopened.outcome == .loaded)
        }
    }

    @Test("a malformed middle line: copy aside, a notice with path:line, and every other entry kept")
    func malformedMiddleLine() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let progress = sampleProgress()
            try Self.saved(progress, in: folder)
            let logPath = folder.file(Self.logName)
            let log = progress.reviewLog
            let damaged = try Self.lines([log[0]]) + Array("{\"item\": 12}\n".utf8) + Self.lines([log[2]])
            try write(damaged, to: logPath)

            let snapshot = ProgressSnapshot.read(path: path)
            #expect(snapshot.logDamage?.problem == "\(logPath):2: column 10: expected a string")
            #expect(snapshot.progress?.reviewLog == [log[0], log[2]])
            #expect(snapshot.note?.contains("2 of 3 reviews") == true)
            #expect(try folder.listing() == ["progress.json", "progress.lock", Self.logName])

            let store = ProgressStore(path: path, now: sampleNow)
            let copy = folder.file(Self.logName + ".corrupt-20261126-162000")
            #expect(store.outcome == .reviewLogDamaged(ReviewLogDamage(
                logPath: logPath, problem: "\(logPath):2: column 10: expected a string",
                keptEntries: 2, committedEntries: 3, copyPath: copy)))
            let notice = try #require(store.outcome.notice)
            #expect(notice.contains("\(logPath):2:"))
            #expect(notice.contains(copy))
            #expect(notice.contains("2 of 3 reviews were kept"))
            #expect(bytes(at: copy) == damaged)
            // Repaired at open, once the copy is safe: the readable reviews, committed by the document.
            #expect(bytes(at: logPath) == (try Self.lines([log[0], log[2]])))
            #expect(ProgressSnapshot.read(path: path).logDamage == nil)
            #expect(store.loadedProgress.reviewLog == [log[0], log[2]])
            #expect(store.loadedProgress.review == ReviewSchedule.replay([log[0], log[2]], settings: progress.review.settings))

            var next = store.loadedProgress
            next.recordReview(of: "question:new", rating: .good, at: sampleNow + 100, utcOffsetSeconds: 0)
            try store.save(next)
            #expect(bytes(at: logPath) == (try Self.lines(next.reviewLog)))
            let reopened = ProgressStore(path: folder.file("progress.json"), now: sampleNow + 60)
            #expect(reopened.outcome == .loaded)
            #expect(reopened.loadedProgress == next)
        }
    }

    @Test("without the lock a damaged log is only reported: no copy, nothing rewritten")
    func damagedWithoutLock() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            try Self.saved(sampleProgress(), in: folder)
            let logPath = folder.file(Self.logName)
            // Damaged while a tutor holds the lock (a lock holder repairs what it finds at open).
            let tutor = ProgressStore(path: path, now: sampleNow)
            #expect(tutor.access == .readWrite)
            try write(Array("garbage\n".utf8), to: logPath)
            let names = try folder.listing()
            let second = ProgressStore(path: path, now: sampleNow + 5)
            guard case .reviewLogDamaged(let damage) = second.outcome else {
                Issue.record("expected a damaged log, got \(second.outcome)")
                return
            }
            #expect(damage.copyPath == nil)
            #expect(second.access.isReadOnly)
            #expect(try folder.listing() == names)
        }
    }

    @Test("a log no document references is moved aside at open, never written over")
    func unreferencedLogIsKept() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            try Self.saved(sampleProgress(), in: folder)
            let log = try #require(bytes(at: folder.file(Self.logName)))
            // The document is damaged: the tutor moves it aside and starts afresh.
            try write("{\"schemaVersion\": 2, \"sec", to: path)
            let store = ProgressStore(path: path, now: sampleNow)
            guard case .movedAside = store.outcome else {
                Issue.record("expected the document moved aside, got \(store.outcome)")
                return
            }
            var progress = Progress()
            progress.recordReview(of: "question:fresh", rating: .good, at: sampleNow, utcOffsetSeconds: 0)
            try store.save(progress)
            #expect(bytes(at: folder.file(Self.logName + ".corrupt-20261126-162000")) == log)
            #expect(bytes(at: folder.file(Self.logName)) == (try Self.lines(progress.reviewLog)))
        }
    }

    @Test("a newer mltutor's pair is left exactly as it is: its log is not taken for an unreferenced one")
    func newerSchemaLogUntouched() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let entry = ReviewLogEntry(itemID: "question:a", at: 1_760_000_000, rating: .good, elapsedDays: 0)
            let log = try Self.lines([entry])
            try write(#"{"schemaVersion": 3, "reviewLog": {"file": "\#(Self.logName)", "entries": 1}, "decks": []}"#, to: path)
            try write(log, to: folder.file(Self.logName))
            let store = ProgressStore(path: path, now: sampleNow)
            #expect(store.outcome == .newerSchema(version: 3))
            #expect(store.access.isReadOnly)
            #expect(store.loadedProgress.reviewLog == [entry])
            #expect(bytes(at: folder.file(Self.logName)) == log)
            #expect(try folder.listing() == ["progress.json", "progress.lock", Self.logName])
        }
    }
}

@Suite("Progress store: a review log that is a symlink")
struct ReviewLogSymlinkTests {
    @Test("saves append to the symlink's target and keep the link, as the progress file does")
    func appendsThroughASymlink() throws {
        try withTemporaryFolder { folder in
            let progress = sampleProgress()
            try ReviewLogFiles.saved(progress, in: folder)
            mkdir(folder.file("synced"), 0o700)
            let target = folder.file("synced/reviews.jsonl")
            let logPath = folder.file(ReviewLogFiles.logName)
            #expect(rename(logPath, target) == 0)
            #expect(symlink("synced/reviews.jsonl", logPath) == 0)

            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            #expect(store.outcome == .loaded)
            var next = store.loadedProgress
            next.recordReview(of: "question:new", rating: .good, at: sampleNow + 100, utcOffsetSeconds: 0)
            try store.save(next)
            #expect(isSymlink(logPath))
            #expect(bytes(at: target) == (try ReviewLogFiles.lines(next.reviewLog)))
            #expect(ProgressStore(path: folder.file("progress.json"), now: sampleNow + 200).loadedProgress == next)
        }
    }
}

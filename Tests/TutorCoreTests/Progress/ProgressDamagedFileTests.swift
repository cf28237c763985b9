import Foundation
import Glibc
import Testing
@testable import TutorCore

@Suite("Progress store: damaged, unreadable and newer files")
struct ProgressDamagedFileTests {
    /// The corrupt name for `sampleNow` (2026-11-26 16:20:00 UTC).
    static let corruptName = "progress.json.corrupt-20261126-162000"

    static let validText = #"{"schemaVersion": 1, "sections": {"intro": {"openCount": 2}}, "skills": {"python": "have"}}"#

    static let damaged: [String: [UInt8]] = [
        "empty": [],
        "blank": Array("  \n\t\n".utf8),
        "truncated": Array(validText.utf8.prefix(40)),
        "not JSON": Array("progress: lots\n".utf8),
        "not UTF-8": [0xFF, 0xFE, 0x7B, 0x00, 0x7D],
        "NUL bytes": Array(validText.utf8) + [0, 0, 0, 0],
        "an array": Array("[1, 2, 3]".utf8),
        "a wrong member type": Array(#"{"schemaVersion": 2, "sections": {"intro": {"openCount": "three"}}}"#.utf8),
        "a wrong schemaVersion type": Array(#"{"schemaVersion": "one"}"#.utf8),
        "an unknown answer kind": Array(#"{"schemaVersion": 2, "quizzes": {"q": {"attempts": [{"quiz": "q", "started": 1, "answers": [{"question": "a", "answer": {"kind": "essay"}}]}]}}}"#.utf8),
    ]

    @Test("a damaged file is moved aside with its bytes intact, and never overwritten", arguments: damaged.keys.sorted())
    func movedAside(name: String) throws {
        let content = try #require(Self.damaged[name])
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            try write(content, to: path)
            let store = ProgressStore(path: path, now: sampleNow)
            guard case .movedAside(let newPath, let reason) = store.outcome else {
                Issue.record("\(name): expected movedAside, got \(store.outcome)")
                return
            }
            #expect(!reason.isEmpty)
            #expect(newPath == folder.file(Self.corruptName))
            #expect(bytes(at: newPath) == content)
            #expect(bytes(at: path) == nil)
            #expect(store.loadedProgress == Progress())
            #expect(store.access == .readWrite)

            try store.save(sampleProgress())
            #expect(bytes(at: newPath) == content)
            #expect(try folder.listing() == ["progress.json", Self.corruptName, "progress.lock", "progress.reviews.jsonl"])
        }
    }

    @Test("the reasons say what is wrong")
    func reasons() {
        func reason(_ text: String) -> String? {
            if case .damaged(let reason) = ProgressDocument.decode(Array(text.utf8)) { return reason }
            return nil
        }
        #expect(reason("") == "the file is empty")
        #expect(reason("{\"schemaVersion\": 1, \"sec")?.contains("not valid JSON") == true)
        #expect(reason("[]")?.contains("an array") == true)
        #expect(reason(#"{"schemaVersion": 2, "sections": {"intro": {"openCount": "three"}}}"#)
                == "sections.intro.openCount: expected a number")
    }

    @Test("an existing corrupt file of the same name is kept: the new one gets a unique suffix")
    func uniqueName() throws {
        try withTemporaryFolder { folder in
            try write("older damage", to: folder.file(Self.corruptName))
            try write("older damage 2", to: folder.file(Self.corruptName + "-2"))
            try write("{{{", to: folder.file("progress.json"))
            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            #expect(store.outcome == .movedAside(path: folder.file(Self.corruptName + "-3"), reason: "the file is not valid JSON (it may have been cut short)"))
            #expect(bytes(at: folder.file(Self.corruptName)) == Array("older damage".utf8))
            #expect(bytes(at: folder.file(Self.corruptName + "-2")) == Array("older damage 2".utf8))
            #expect(bytes(at: folder.file(Self.corruptName + "-3")) == Array("{{{".utf8))
        }
    }

    @Test("the corrupt name uses the caller's zone offset")
    func localStamp() throws {
        try withTemporaryFolder { folder in
            try write("", to: folder.file("progress.json"))
            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow, utcOffsetSeconds: 9 * 3600)
            #expect(store.outcome == .movedAside(path: folder.file("progress.json.corrupt-20261127-012000"), reason: "the file is empty"))
        }
    }

    @Test("a file from a newer schema is left untouched and the store is read-only")
    func newerSchema() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let content = Array(#"{"schemaVersion": 3, "sections": {"intro": {"openCount": 5}}, "decks": []}"#.utf8)
            try write(content, to: path)
            chmod(path, 0o600)
            var before = stat()
            stat(path, &before)

            let store = ProgressStore(path: path, now: sampleNow)
            #expect(store.outcome == .newerSchema(version: 3))
            guard case .readOnly(let reason) = store.access else {
                Issue.record("expected read-only, got \(store.access)")
                return
            }
            #expect(reason.contains("newer mltutor"))
            // What this build can read is shown, but never written back.
            #expect(store.loadedProgress.sections["intro"]?.openCount == 5)
            #expect(throws: ProgressSaveError.readOnly(reason: reason)) { try store.save(store.loadedProgress) }

            var after = stat()
            stat(path, &after)
            #expect(bytes(at: path) == content)
            #expect(after.st_ino == before.st_ino)
            #expect(try folder.listing() == ["progress.json", "progress.lock"])
        }
    }

    @Test("a file that cannot be read is moved aside when its folder allows")
    func unreadableMovedAside() throws {
        try withTemporaryFolder { folder in
            chmod(folder.path, 0o777)
            let path = folder.file("progress.json")
            try write(Self.validText, to: path)
            chmod(path, 0o000)
            let store = try withFileAccessOfNobody { ProgressStore(path: path, now: sampleNow) }
            guard case .movedAside(let newPath, let reason) = store.outcome else {
                Issue.record("expected movedAside, got \(store.outcome)")
                return
            }
            #expect(reason.contains("Permission denied"))
            #expect(bytes(at: newPath) == Array(Self.validText.utf8))
            #expect(mode(of: newPath) == 0o000)
            #expect(store.access == .readWrite)
        }
    }

    @Test("a file that cannot be read or moved gives a read-only store, and the file is untouched")
    func unreadableAndStuck() throws {
        try withTemporaryFolder { folder in
            chmod(folder.path, 0o755)
            let path = folder.file("progress.json")
            try write(Self.validText, to: path)
            chmod(path, 0o000)
            let store = try withFileAccessOfNobody { ProgressStore(path: path, now: sampleNow) }
            guard case .unusable(let reason) = store.outcome else {
                Issue.record("expected unusable, got \(store.outcome)")
                return
            }
            #expect(reason.contains("cannot be read"))
            #expect(store.access.isReadOnly)
            #expect(throws: ProgressSaveError.self) { try store.save(Progress()) }
            #expect(bytes(at: path) == Array(Self.validText.utf8))
            #expect(try folder.listing() == ["progress.json"])
        }
    }

    @Test("a damaged file is not moved while another store holds the lock")
    func damagedButLocked() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let owner = ProgressStore(path: path, now: sampleNow)
            try write("{oops", to: path)
            let second = ProgressStore(path: path, now: sampleNow)
            guard case .unusable = second.outcome else {
                Issue.record("expected unusable, got \(second.outcome)")
                return
            }
            #expect(second.access.isReadOnly)
            #expect(bytes(at: path) == Array("{oops".utf8))
            withExtendedLifetime(owner) {}
        }
    }

    @Test("a folder where the file should be gives a read-only store")
    func folderInsteadOfFile() throws {
        try withTemporaryFolder { folder in
            mkdir(folder.file("progress.json"), 0o700)
            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            #expect(store.outcome == .unusable(reason: "\(folder.file("progress.json")) is a folder, not a file"))
            #expect(store.access.isReadOnly)
        }
    }
}

@Suite("Progress load notices")
struct ProgressLoadNoticeTests {
    @Test("only outcomes the learner must hear about have a notice, and it names the new path")
    func notices() {
        #expect(ProgressLoadOutcome.fresh.notice == nil)
        #expect(ProgressLoadOutcome.loaded.notice == nil)
        let moved = ProgressLoadOutcome.movedAside(path: "/s/progress.json.corrupt-20261126-162000", reason: "the file is empty")
        #expect(moved.notice?.contains("/s/progress.json.corrupt-20261126-162000") == true)
        #expect(moved.notice?.contains("the file is empty") == true)
        #expect(ProgressLoadOutcome.newerSchema(version: 3).notice?.contains("will not be saved") == true)
        #expect(ProgressLoadOutcome.migrated(fromVersion: 0).notice?.contains("format 0") == true)
    }
}

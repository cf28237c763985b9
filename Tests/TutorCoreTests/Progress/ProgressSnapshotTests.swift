import Foundation
import Glibc
import Testing
@testable import TutorCore

@Suite("Progress snapshot: reading the file without changing anything")
struct ProgressSnapshotTests {
    @Test("a missing file reads as empty progress and creates neither folder nor lock")
    func missing() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("state/mltutor/progress.json")
            let snapshot = ProgressSnapshot.read(path: path)
            #expect(snapshot.state == .missing)
            #expect(snapshot.progress == Progress())
            #expect(snapshot.problem == nil)
            let listing = try folder.listing()
            #expect(listing.isEmpty)
        }
    }

    @Test("a current file is read with its exact bytes, and no lock file appears")
    func current() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let store = ProgressStore(path: path, now: sampleNow)
            try store.save(sampleProgress())
            let before = try #require(bytes(at: path))
            let snapshot = ProgressSnapshot.read(path: folder.file("progress.json"))
            #expect(snapshot.state == .current(sampleProgress()))
            #expect(snapshot.bytes == before)
            #expect(snapshot.note == nil)
        }
    }

    @Test("reading works while a store holds the lock")
    func whileLocked() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let store = ProgressStore(path: path, now: sampleNow)
            try store.save(sampleProgress())
            #expect(store.access == .readWrite)
            #expect(ProgressSnapshot.read(path: path).progress == sampleProgress())
        }
    }

    @Test("an old-format file is upgraded in memory only: no backup, no rewrite")
    func migratedIsNotWritten() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let draft = Array(#"{"opened": {"intro": 3}, "finished": ["intro"]}"#.utf8)
            try write(draft, to: path)
            let snapshot = ProgressSnapshot.read(path: path)
            guard case .migrated(_, let version) = snapshot.state else {
                Issue.record("expected migrated, got \(snapshot.state)")
                return
            }
            #expect(version == 0)
            #expect(snapshot.progress?.sections["intro"]?.finished == true)
            #expect(snapshot.note?.contains("older format 0") == true)
            #expect(bytes(at: path) == draft)
            let listing = try folder.listing()
            #expect(listing == ["progress.json"])
        }
    }

    @Test("a damaged file is reported with the tutor's remedy and left in place, byte for byte",
          arguments: ProgressDamagedFileTests.damaged.keys.sorted())
    func damaged(name: String) throws {
        let content = try #require(ProgressDamagedFileTests.damaged[name])
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            try write(content, to: path)
            let snapshot = ProgressSnapshot.read(path: path)
            guard case .damaged = snapshot.state else {
                Issue.record("\(name): expected damaged, got \(snapshot.state)")
                return
            }
            #expect(snapshot.progress == nil)
            let problem = try #require(snapshot.problem)
            #expect(problem.hasPrefix("\(path): progress file is damaged: "))
            #expect(problem.hasSuffix("; the tutor will move it aside when it starts"))
            #expect(bytes(at: path) == content)
            let listing = try folder.listing()
            #expect(listing == ["progress.json"])
        }
    }

    @Test("a newer file shows what can be read, with a note; an unreadable newer file is a problem")
    func newer() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            try write(#"{"schemaVersion": 9, "sections": {"intro": {"openCount": 3}}}"#, to: path)
            let readable = ProgressSnapshot.read(path: path)
            #expect(readable.progress?.sections["intro"]?.openCount == 3)
            #expect(readable.problem == nil)
            #expect(readable.note?.contains("newer mltutor (schema 9)") == true)

            try write(#"{"schemaVersion": 9, "sections": 12}"#, to: path)
            let unreadable = ProgressSnapshot.read(path: path)
            #expect(unreadable.progress == nil)
            #expect(unreadable.problem?.contains("schema 9") == true)
        }
    }

    @Test("a folder at the path is unreadable, not damaged")
    func folderAtPath() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            let snapshot = ProgressSnapshot.read(path: path)
            #expect(snapshot.state == .unreadable(reason: "it is a folder, not a file"))
            #expect(snapshot.problem == "\(path): progress file cannot be read: it is a folder, not a file")
        }
    }

    @Test("a symlink is followed to the file it names")
    func followsSymlink() throws {
        try withTemporaryFolder { folder in
            let target = folder.file("real.json")
            try ProgressStore(path: target, now: sampleNow).save(sampleProgress())
            let link = folder.file("progress.json")
            #expect(symlink("real.json", link) == 0)
            let snapshot = ProgressSnapshot.read(path: link)
            #expect(snapshot.filePath == target)
            #expect(snapshot.progress == sampleProgress())
        }
    }

    @Test("the location's source explains itself")
    func sourceExplanations() {
        let env = ["MLTUTOR_PROGRESS": "/p.json", "XDG_STATE_HOME": "/state"]
        #expect(ProgressLocation.resolve(option: "/o.json", environment: env, homeDirectory: "/h").source.explanation
                == "given with --progress")
        #expect(ProgressLocation.resolve(option: nil, environment: env, homeDirectory: "/h").source.explanation
                == "set by MLTUTOR_PROGRESS")
        #expect(ProgressLocation.resolve(option: nil, environment: ["XDG_STATE_HOME": "/state"], homeDirectory: "/h")
                .source.explanation.contains("XDG_STATE_HOME"))
        #expect(ProgressLocation.resolve(option: nil, environment: [:], homeDirectory: "/h").source.explanation
                .contains("~/.local/state"))
    }
}

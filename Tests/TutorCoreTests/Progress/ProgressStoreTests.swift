import Foundation
import Glibc
import Synchronization
import Testing
@testable import TutorCore

@Suite("Progress store: saving, modes, symlinks, lock")
struct ProgressStoreTests {
    @Test("a fresh store starts empty, and what it saves loads back equal")
    func roundTrip() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("state/mltutor/progress.json")
            let original = sampleProgress()
            do {
                let store = ProgressStore(path: path, now: sampleNow)
                #expect(store.outcome == .fresh)
                #expect(store.access == .readWrite)
                #expect(store.loadedProgress == Progress())
                try store.save(original)
            }
            let reopened = ProgressStore(path: path, now: sampleNow)
            #expect(reopened.outcome == .loaded)
            #expect(reopened.loadedProgress == original)
        }
    }

    @Test("a save leaves only the progress file and the lock file behind")
    func noTemporaryFiles() throws {
        try withTemporaryFolder { folder in
            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            var progress = Progress()
            for line in 0..<5 {
                progress.setScroll(section: "intro", line: line)
                try store.save(progress)
            }
            #expect(try folder.listing() == ["progress.json", "progress.lock"])
        }
    }

    @Test("created folders get mode 0700 and the file 0600, even replacing a 0644 file")
    func modes() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("a/b/progress.json")
            let store = ProgressStore(path: path, now: sampleNow)
            try store.save(sampleProgress())
            #expect(mode(of: folder.file("a")) == 0o700)
            #expect(mode(of: folder.file("a/b")) == 0o700)
            #expect(mode(of: path) == 0o600)
            #expect(mode(of: folder.file("a/b/progress.lock")) == 0o600)
            chmod(path, 0o644)
            try store.save(Progress())
            #expect(mode(of: path) == 0o600)
        }
    }

    @Test("an existing folder keeps the mode the learner gave it")
    func existingFolderMode() throws {
        try withTemporaryFolder { folder in
            let shared = folder.file("shared")
            mkdir(shared, 0o755)
            chmod(shared, 0o755)
            try ProgressStore(path: shared + "/progress.json", now: sampleNow).save(Progress())
            #expect(mode(of: shared) == 0o755)
        }
    }

    @Test("saving through a symlink replaces the link's target and keeps the link")
    func symlinkWriteThrough() throws {
        try withTemporaryFolder { folder in
            mkdir(folder.file("real"), 0o700)
            let target = folder.file("real/target.json")
            try write(#"{"schemaVersion": 2, "skills": {"python": "learning"}}"#, to: target)
            symlink("real/target.json", folder.file("progress.json"))

            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            #expect(store.outcome == .loaded)
            #expect(store.loadedProgress.skills == ["python": .learning])
            #expect(store.filePath == target)
            var progress = store.loadedProgress
            progress.setSkill("python", .have)
            try store.save(progress)

            #expect(isSymlink(folder.file("progress.json")))
            #expect(mode(of: target) == 0o600)
            let saved = try JSONDecoder().decode(Progress.self, from: Data(try #require(bytes(at: target))))
            #expect(saved.skills == ["python": .have])
            #expect(try folder.listing(folder.file("real")) == ["progress.lock", "target.json"])
        }
    }

    @Test("a dangling symlink is followed: the first save creates its target")
    func danglingSymlink() throws {
        try withTemporaryFolder { folder in
            symlink(folder.file("elsewhere/p.json"), folder.file("progress.json"))
            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            #expect(store.outcome == .fresh)
            try store.save(sampleProgress())
            #expect(isSymlink(folder.file("progress.json")))
            #expect(bytes(at: folder.file("elsewhere/p.json")) != nil)
        }
    }

    @Test("a second store on the same file is read-only and refuses to save until the first is gone")
    func lock() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            var first: ProgressStore? = ProgressStore(path: path, now: sampleNow)
            try first?.save(sampleProgress())
            let before = bytes(at: path)

            let second = ProgressStore(path: path, now: sampleNow)
            guard case .readOnly(let reason) = second.access else {
                Issue.record("the second store should be read-only, got \(second.access)")
                return
            }
            #expect(reason.contains("another mltutor is using"))
            #expect(second.loadedProgress == sampleProgress())
            #expect(throws: ProgressSaveError.readOnly(reason: reason)) { try second.save(Progress()) }
            #expect(bytes(at: path) == before)

            first = nil
            let third = ProgressStore(path: path, now: sampleNow)
            #expect(third.access == .readWrite)
            _ = first
        }
    }

    @Test("a save into a folder that became read-only throws, changes nothing, and succeeds on retry")
    func unwritableFolderMidSession() throws {
        try withTemporaryFolder { folder in
            chmod(folder.path, 0o755)
            let directory = folder.file("mltutor")
            let path = directory + "/progress.json"
            let store = ProgressStore(path: path, now: sampleNow)
            try store.save(Progress())
            let before = try #require(bytes(at: path))

            chmod(directory, 0o555)
            let error = try withFileAccessOfNobody {
                #expect(throws: ProgressSaveError.self) { try store.save(sampleProgress()) }
            }
            #expect(error?.code == EACCES)
            // The review log comes first, and cannot be created there.
            if case .system(let operation, let failedPath, _) = error {
                #expect(operation == .open)
                #expect(failedPath == directory + "/progress.reviews.jsonl")
            }
            #expect(bytes(at: path) == before)
            #expect(try folder.listing(directory) == ["progress.json", "progress.lock"])

            chmod(directory, 0o700)
            try store.save(sampleProgress())
            #expect(try folder.listing(directory) == ["progress.json", "progress.lock", "progress.reviews.jsonl"])
        }
    }

    @Test("a folder that cannot be written at start gives a read-only store with the reason")
    func unwritableFolderAtStart() throws {
        try withTemporaryFolder { folder in
            chmod(folder.path, 0o555)
            let store = try withFileAccessOfNobody { ProgressStore(path: folder.file("sub/progress.json"), now: sampleNow) }
            guard case .readOnly(let reason) = store.access else {
                Issue.record("expected read-only, got \(store.access)")
                return
            }
            #expect(reason.contains("cannot create the folder"))
            #expect(reason.contains("Permission denied"))
            #expect(throws: ProgressSaveError.readOnly(reason: reason)) { try store.save(Progress()) }
        }
    }

    /// Write and fsync calls that can be told to fail like a full disk, and that record what was synced.
    final class FaultyDisk: Sendable {
        let full = Atomic<Bool>(true)
        let syncedFiles = Atomic<Int>(0)
        let syncedFolders = Atomic<Int>(0)

        var operations: ProgressFileOperations {
            ProgressFileOperations(
                write: { [self] descriptor, buffer in
                    guard full.load(ordering: .relaxed) else { return Glibc.write(descriptor, buffer.baseAddress, buffer.count) }
                    // Half the bytes fit, then the disk is full: the partial file must never replace the old one.
                    if buffer.count > 1 { return Glibc.write(descriptor, buffer.baseAddress, buffer.count / 2) }
                    errno = ENOSPC
                    return -1
                },
                fsync: { [self] descriptor in
                    var info = stat()
                    fstat(descriptor, &info)
                    if info.st_mode & S_IFMT == S_IFDIR {
                        syncedFolders.add(1, ordering: .relaxed)
                    } else {
                        syncedFiles.add(1, ordering: .relaxed)
                    }
                    return Glibc.fsync(descriptor)
                })
        }
    }

    @Test("a full disk gives a typed error, keeps the old file and no temporary; the retry succeeds")
    func diskFull() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            do {
                try ProgressStore(path: path, now: sampleNow).save(Progress())
            }
            let before = try #require(bytes(at: path))
            let disk = FaultyDisk()
            let store = ProgressStore(path: path, now: sampleNow, operations: disk.operations)

            let error = #expect(throws: ProgressSaveError.self) { try store.save(sampleProgress()) }
            #expect(error?.code == ENOSPC)
            #expect(error?.description.contains("No space left on device") == true)
            #expect(bytes(at: path) == before)
            // No temporary file; the log holds part of a line that no document commits.
            #expect(try folder.listing() == ["progress.json", "progress.lock", "progress.reviews.jsonl"])
            #expect(ProgressSnapshot.read(path: path).state == .current(Progress()))

            disk.full.store(false, ordering: .relaxed)
            try store.save(sampleProgress())
            #expect(ProgressSnapshot.read(path: path).state == .current(sampleProgress()))
        }
    }

    @Test("a save fsyncs the file and then its folder")
    func syncsFolder() throws {
        try withTemporaryFolder { folder in
            let disk = FaultyDisk()
            disk.full.store(false, ordering: .relaxed)
            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow, operations: disk.operations)
            // No reviews: no log to write, so exactly the document and its folder.
            var progress = sampleProgress()
            progress.reviewLog = []
            progress.review.cards = [:]
            try store.save(progress)
            #expect(disk.syncedFiles.load(ordering: .relaxed) == 1)
            #expect(disk.syncedFolders.load(ordering: .relaxed) == 1)
        }
    }

    @Test("a value that JSON cannot hold gives an encoding error, not a crash")
    func encodingFailure() throws {
        try withTemporaryFolder { folder in
            let store = ProgressStore(path: folder.file("progress.json"), now: sampleNow)
            var progress = Progress()
            progress.totalStudySeconds = .nan
            let error = #expect(throws: ProgressSaveError.self) { try store.save(progress) }
            if case .encoding(let path, _) = error { #expect(path == folder.file("progress.json")) } else {
                Issue.record("expected an encoding error, got \(String(describing: error))")
            }
            let names = try folder.listing()
            #expect(names == ["progress.lock"])
        }
    }
}

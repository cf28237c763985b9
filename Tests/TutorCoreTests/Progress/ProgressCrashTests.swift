import Foundation
import Glibc
import Testing
@testable import TutorCore

@Suite("Progress store: a crash between writing the temporary file and renaming it")
struct ProgressCrashTests {
    @Test("the old file survives whole, and the next run removes the half-written temporary file")
    func crashBeforeRename() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let original = sampleProgress()
            do {
                let store = ProgressStore(path: path, now: sampleNow)
                try store.save(original)
            }
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            // What a process killed after writing its temporary file, before the rename, leaves behind.
            let stray = folder.file(".progress.json.tmp-Ab12Cd")
            try Data("{\"schemaVersion\": 1, \"sections\": {\"half".utf8).write(to: URL(fileURLWithPath: stray))
            let reopened = ProgressStore(path: path, now: sampleNow)
            #expect(reopened.outcome == .loaded)
            #expect(reopened.loadedProgress == original)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            #expect(try folder.listing() == ["progress.json", "progress.lock", "progress.reviews.jsonl"])
        }
    }

    @Test("a second, read-only store leaves another process's temporary files alone")
    func readOnlyStoreDoesNotClean() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("progress.json")
            let owner = ProgressStore(path: path, now: sampleNow)
            try owner.save(sampleProgress())
            let inFlight = folder.file(".progress.json.tmp-Zz99Yy")
            try Data("partial".utf8).write(to: URL(fileURLWithPath: inFlight))
            let second = ProgressStore(path: path, now: sampleNow)
            #expect(second.access.isReadOnly)
            #expect(FileManager.default.fileExists(atPath: inFlight))
            withExtendedLifetime(owner) {}
        }
    }
}

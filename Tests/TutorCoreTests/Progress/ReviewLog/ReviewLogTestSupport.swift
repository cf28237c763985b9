import Foundation
import Glibc
import Synchronization
@testable import TutorCore

/// The system calls of a save, counted and (on demand) failing like a full disk.
final class RecordingDisk: Sendable {
    let full = Atomic<Bool>(false)
    let bytesWritten = Atomic<Int>(0)
    let syncedFiles = Atomic<Int>(0)
    let syncedFolders = Atomic<Int>(0)

    var operations: ProgressFileOperations {
        ProgressFileOperations(
            write: { [self] descriptor, buffer in
                if full.load(ordering: .relaxed) {
                    // Half the bytes fit, then the disk is full, as a real short write would go.
                    guard buffer.count > 1 else {
                        errno = ENOSPC
                        return -1
                    }
                    let count = Glibc.write(descriptor, buffer.baseAddress, buffer.count / 2)
                    if count > 0 { bytesWritten.add(count, ordering: .relaxed) }
                    return count
                }
                let count = Glibc.write(descriptor, buffer.baseAddress, buffer.count)
                if count > 0 { bytesWritten.add(count, ordering: .relaxed) }
                return count
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

/// Helpers shared by the review log suites.
enum ReviewLogFiles {
    static let logName = "progress.reviews.jsonl"

    /// The lines `entries` take in the log.
    static func lines(_ entries: [ReviewLogEntry]) throws -> [UInt8] {
        try ReviewLogLineEncoder.encode(entries)
    }

    /// The document's members as Foundation objects.
    static func document(_ path: String) throws -> [String: Any] {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw TestFailure("\(path) is not a JSON object") }
        return object
    }

    /// Saves `progress` with a fresh store at `folder/progress.json`.
    static func saved(_ progress: Progress, in folder: TemporaryFolder) throws {
        try ProgressStore(path: folder.file("progress.json"), now: sampleNow).save(progress)
    }
}

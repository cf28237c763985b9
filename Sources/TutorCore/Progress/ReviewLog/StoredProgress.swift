#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a progress document together with the review log file it references: the one loading
/// path shared by `ProgressStore` (which may then repair files) and `ProgressSnapshot` (which never does).
///
/// Nothing here writes: what to do about leftovers or damage is the caller's decision.
enum StoredProgress {
    /// What the document and its log produced.
    struct Read: Sendable {
        /// The document's decoding, with the log's entries filled in and the cards replayed from them.
        var decoded: ProgressDocument.Decoded
        /// The log file, when the document references one.
        var log: LogFile?
    }

    /// The review log file a document references, as found on disk.
    struct LogFile: Sendable {
        var name: String
        var path: String
        /// The file's bytes; nil when it does not exist or cannot be read.
        var bytes: [UInt8]?
        /// `errno` when the file exists but cannot be read.
        var readError: Int32?
        var contents: ReviewLogContents
        /// Set when the file does not hold every committed entry intact.
        var damage: ReviewLogDamage?
    }

    /// Decodes `documentBytes` (read from `filePath`) and, if it references a log, reads that log.
    ///
    /// - Parameter fallbackUTCOffsetSeconds: the zone offset for replaying old entries without a study day.
    static func read(documentBytes: [UInt8], filePath: String, fallbackUTCOffsetSeconds: Int = 0) -> Read {
        let decoded = ProgressDocument.decode(documentBytes)
        switch decoded {
        case .current(let progress):
            return attachLog(progress, documentBytes, filePath, fallbackUTCOffsetSeconds) { .current($0) }
        case .migrated(let progress, let version):
            return attachLog(progress, documentBytes, filePath, fallbackUTCOffsetSeconds) { .migrated($0, fromVersion: version) }
        case .newer(let version, .some(let progress)):
            return attachLog(progress, documentBytes, filePath, fallbackUTCOffsetSeconds) { .newer(version: version, readable: $0) }
        case .newer(_, .none), .damaged:
            return Read(decoded: decoded, log: nil)
        }
    }

    private static func attachLog(
        _ progress: Progress, _ documentBytes: [UInt8], _ filePath: String, _ fallbackUTCOffsetSeconds: Int,
        _ wrap: (Progress) -> ProgressDocument.Decoded
    ) -> Read {
        // Only a document whose log decoded empty can hold a reference; an inline log is not probed.
        guard progress.reviewLog.isEmpty, let reference = ProgressDocument.logReference(in: documentBytes) else {
            return Read(decoded: wrap(progress), log: nil)
        }
        let log = readLog(reference, besideDocument: filePath)
        var filled = progress
        filled.reviewLog = log.contents.entries
        // The document keeps no cards: they are what the log replays to under the stored settings.
        filled.rebuildReviewSchedule(fallbackUTCOffsetSeconds: fallbackUTCOffsetSeconds)
        return Read(decoded: wrap(filled), log: log)
    }

    /// Reads the committed lines of the log that `reference` names, in the folder of `documentPath`.
    static func readLog(_ reference: ReviewLogReference, besideDocument documentPath: String) -> LogFile {
        let path = ReviewLogReference.path(of: reference.file, besideDocument: documentPath)
        let expected = reference.entries
        let empty = ReviewLogContents.parse([], committed: expected)
        func damaged(_ problem: String, _ contents: ReviewLogContents) -> ReviewLogDamage {
            ReviewLogDamage(logPath: path, problem: problem, keptEntries: contents.entries.count, committedEntries: expected)
        }
        switch FileAccess.contents(of: path) {
        case .missing:
            let damage = expected == 0 ? nil
                : damaged("\(path): missing, but the progress file records \(expected) reviews", empty)
            return LogFile(name: reference.file, path: path, bytes: nil, readError: nil, contents: empty, damage: damage)
        case .failed(let code):
            return LogFile(name: reference.file, path: path, bytes: nil, readError: code, contents: empty,
                           damage: damaged("\(path): cannot be read (\(systemMessage(code)))", empty))
        case .bytes(let bytes):
            let contents = ReviewLogContents.parse(bytes, committed: expected)
            let damage = contents.problem(path: path).map { damaged($0, contents) }
            return LogFile(name: reference.file, path: path, bytes: bytes, readError: nil, contents: contents, damage: damage)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the two files of a saved progress: the document and its review log.
///
/// The document is the commit point: its `reviewLog.entries` says how many log lines count, so
/// lines written to the log before the document are harmless until a document commits them.
/// Every system call goes through `ProgressFileOperations`, so tests can fail any step.
struct ProgressPairWriter: Sendable {
    var operations: ProgressFileOperations

    private var atomic: AtomicFileWriter { AtomicFileWriter(operations: operations) }

    /// Writes the document (from `documentBytes`) atomically, as saves always have.
    func writeDocument(_ bytes: [UInt8], to path: String) throws(ProgressSaveError) {
        try atomic.write(bytes, to: path)
    }

    /// The document bytes for `progress` with its log kept in `logName`.
    static func documentBytes(_ progress: Progress, logName: String, path: String) throws(ProgressSaveError) -> [UInt8] {
        do {
            return try ProgressDocument.encodeStored(
                progress, logReference: ReviewLogReference(file: logName, entries: progress.reviewLog.count))
        } catch {
            throw .encoding(path: path, message: error.message)
        }
    }

    /// The log lines for `entries`.
    static func lines(_ entries: some Collection<ReviewLogEntry>, path: String) throws(ProgressSaveError) -> [UInt8] {
        do {
            return try ReviewLogLineEncoder.encode(entries)
        } catch {
            throw .encoding(path: path, message: error.message)
        }
    }

    /// Replaces the whole log atomically (for a shorter or different log, or a damaged file).
    func rewriteLog(_ lines: [UInt8], to path: String) throws(ProgressSaveError) {
        try atomic.write(lines, to: path)
    }

    /// Writes `lines` at byte `offset` of the log, cuts off anything after them (a line a failed
    /// save left half written), and flushes the file; the folder too when the file is new.
    ///
    /// On failure the bytes before `offset` are untouched, so a retry from the same offset loses nothing.
    func append(_ lines: [UInt8], to path: String, at offset: Int) throws(ProgressSaveError) {
        let created = !ProgressFiles.exists(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw .system(operation: .open, path: path, code: errno) }
        if created { _ = fchmod(descriptor, 0o600) }
        do throws(ProgressSaveError) {
            guard lseek(descriptor, off_t(offset), SEEK_SET) == off_t(offset) else {
                throw .system(operation: .write, path: path, code: errno)
            }
            try atomic.writeAll(lines, to: descriptor, path: path)
            guard ftruncate(descriptor, off_t(offset + lines.count)) == 0 else {
                throw .system(operation: .truncate, path: path, code: errno)
            }
            if operations.fsync(descriptor) != 0 {
                throw .system(operation: .sync, path: path, code: errno)
            }
        } catch {
            close(descriptor)
            throw error
        }
        if close(descriptor) != 0 {
            throw .system(operation: .close, path: path, code: errno)
        }
        if created { try atomic.syncDirectory(ProgressFiles.directory(of: path)) }
    }

    /// Cuts the log back to `length` bytes (uncommitted lines a crash left), and flushes it.
    func truncate(_ path: String, to length: Int) throws(ProgressSaveError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw .system(operation: .open, path: path, code: errno) }
        defer { close(descriptor) }
        guard ftruncate(descriptor, off_t(length)) == 0 else {
            throw .system(operation: .truncate, path: path, code: errno)
        }
        if operations.fsync(descriptor) != 0 {
            throw .system(operation: .sync, path: path, code: errno)
        }
    }

    /// Writes a whole pair, for a caller that has no record of what the log holds (the editor).
    ///
    /// An empty log goes after the document, so a crash between the two leaves only uncommitted
    /// lines; a non-empty one goes first, so the document never commits lines that are not there.
    func writePair(_ progress: Progress, documentPath: String, logName: String) throws(ProgressSaveError) {
        let logPath = ReviewLogReference.path(of: logName, besideDocument: documentPath)
        let document = try Self.documentBytes(progress, logName: logName, path: documentPath)
        let lines = try Self.lines(progress.reviewLog, path: logPath)
        if progress.reviewLog.isEmpty {
            try writeDocument(document, to: documentPath)
            try rewriteLog(lines, to: logPath)
        } else {
            try rewriteLog(lines, to: logPath)
            try writeDocument(document, to: documentPath)
        }
    }
}

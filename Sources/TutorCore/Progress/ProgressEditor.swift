#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Changes the progress file from outside the tutor, safely: under the lock, after a backup.
///
/// The tutor holds the lock for its whole run, so an edit while it runs is refused rather than
/// overwritten by its next save. The file is read again under the lock (it may have changed since
/// the caller looked), its exact bytes are copied to `progress.json.bak-YYYYmmdd-HHMMSS` (and the
/// review log's to `progress.reviews.jsonl.bak-YYYYmmdd-HHMMSS`), and only then are both files
/// rewritten, each atomically, in the order `ProgressPairWriter.writePair` explains.
public enum ProgressEditor {
    /// What a reset did.
    public struct ResetOutcome: Hashable, Sendable {
        /// The file that was rewritten.
        public var filePath: String
        /// Where the old bytes were kept; nil when there was no file (nothing to reset).
        public var backupPath: String?
        /// Where the old review log's bytes were kept; nil when the document had no log file.
        public var logBackupPath: String? = nil
        /// The progress now in the file.
        public var progress: Progress
    }

    /// Applies `reset` to the file at `path`.
    ///
    /// A missing file with `.all` changes nothing and returns a nil `backupPath`; with a section or a
    /// quiz it is an unknown id. Damaged, unreadable and newer files are refused untouched: the tutor
    /// decides what to do with those when it starts.
    ///
    /// - Parameters:
    ///   - now: seconds since 1970 UTC, used only to name the backup.
    ///   - utcOffsetSeconds: the learner's zone offset for that name.
    ///   - operations: the system calls used for writing; tests inject a full disk here.
    public static func reset(
        _ reset: ProgressReset, path: String, now: Double, utcOffsetSeconds: Int = 0,
        operations: ProgressFileOperations = .system
    ) throws(ProgressEditError) -> ResetOutcome {
        let before = ProgressSnapshot.read(path: path)
        if case .missing = before.state {
            // Nothing on disk: take no lock and create nothing, just check the id.
            do {
                return ResetOutcome(filePath: before.filePath, backupPath: nil, progress: try Progress().resetting(reset))
            } catch {
                throw .reset(error)
            }
        }
        let lockPath = ProgressFiles.join(ProgressFiles.directory(of: before.filePath), "progress.lock")
        let descriptor: Int32
        switch ProgressLock.acquire(at: lockPath) {
        case .acquired(let held): descriptor = held
        case .heldByAnother: throw .locked(filePath: before.filePath, lockPath: lockPath)
        case .failed(let code): throw .lockFailed(lockPath: lockPath, code: code)
        }
        defer { close(descriptor) }

        // Read again under the lock: whatever was saved before we got it is what we back up and change.
        let snapshot = ProgressSnapshot.read(path: path)
        let current: Progress
        switch snapshot.state {
        case .missing:
            do {
                return ResetOutcome(filePath: snapshot.filePath, backupPath: nil, progress: try Progress().resetting(reset))
            } catch {
                throw .reset(error)
            }
        case .current(let progress), .migrated(let progress, _):
            current = progress
        case .newer(let version, _):
            throw .newerSchema(filePath: snapshot.filePath, version: version)
        case .damaged, .unreadable:
            throw .unusable(problem: snapshot.problem ?? snapshot.filePath)
        }
        let changed: Progress
        do {
            changed = try current.resetting(reset)
        } catch {
            throw .reset(error)
        }
        var encoded = changed
        encoded.schemaVersion = Progress.currentSchemaVersion
        let stamp = ProgressFiles.stamp(secondsSince1970: now, utcOffsetSeconds: utcOffsetSeconds)
        let backupPath = ProgressFiles.unusedName(snapshot.filePath + ".bak-" + stamp)
        let logName = snapshot.logName
            ?? ReviewLogReference.defaultName(forDocument: ProgressFiles.name(of: snapshot.filePath))
        let logPath = ReviewLogReference.path(of: logName, besideDocument: snapshot.filePath)
        // The log is backed up whenever one is there, referenced or not: the rewrite replaces it.
        var logBytes = snapshot.logBytes
        if logBytes == nil, case .bytes(let bytes) = FileAccess.contents(of: logPath) { logBytes = bytes }
        let writer = AtomicFileWriter(operations: operations)
        var logBackupPath: String?
        do throws(ProgressSaveError) {
            // Both backups before any change: the document's bytes, and the log's when it has one.
            try writer.write(snapshot.bytes, to: backupPath)
            if let logBytes {
                let path = ProgressFiles.unusedName(logPath + ".bak-" + stamp)
                try writer.write(logBytes, to: path)
                logBackupPath = path
            }
            try ProgressPairWriter(operations: operations).writePair(encoded, documentPath: snapshot.filePath, logName: logName)
        } catch {
            throw .save(error)
        }
        return ResetOutcome(filePath: snapshot.filePath, backupPath: backupPath, logBackupPath: logBackupPath,
                            progress: encoded)
    }
}

extension ProgressFiles {
    /// `base` if nothing exists there, else `base-2`, `base-3`, … (the first free one).
    static func unusedName(_ base: String) -> String {
        var candidate = base
        var suffix = 2
        while exists(candidate) {
            candidate = base + "-\(suffix)"
            suffix += 1
        }
        return candidate
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns the progress file on disk: loads it once on open, saves atomically, and holds the lock.
///
/// A class because it owns a resource: the lock's file descriptor, released when the store is
/// deallocated (or when the process dies). Open one store per run and keep it for the whole run.
///
/// Opening never fails: every problem becomes an outcome (and, when writing would be unsafe, a
/// read-only store with a reason), because the tutor is still useful without saved progress.
public final class ProgressStore: Sendable {
    /// The path as given.
    public let path: String
    /// `path` with symlinks at its end followed: the file that is read and replaced.
    public let filePath: String
    /// `progress.lock` beside `filePath`.
    public let lockPath: String
    public let access: ProgressAccess
    /// What opening found.
    public let outcome: ProgressLoadOutcome
    /// The progress read on open (empty unless the outcome is `loaded` or `migrated`, or `newerSchema`
    /// with a file this build could still read).
    public let loadedProgress: Progress

    private let lockDescriptor: Int32?
    private let writer: AtomicFileWriter

    /// Opens the store for `path`: creates its folder (0700), takes the lock, and reads the file.
    ///
    /// - Parameters:
    ///   - now: seconds since 1970 UTC, used only to name a damaged file `progress.json.corrupt-YYYYmmdd-HHMMSS`.
    ///   - utcOffsetSeconds: the learner's zone offset for that name (0 writes the name in UTC).
    ///   - operations: the system calls used for saving; tests inject failures here.
    public init(path: String, now: Double, utcOffsetSeconds: Int = 0, operations: ProgressFileOperations = .system) {
        self.path = path
        let filePath = ProgressFiles.resolvingSymlinks(path)
        self.filePath = filePath
        let folder = ProgressFiles.directory(of: filePath)
        lockPath = ProgressFiles.join(folder, "progress.lock")
        writer = AtomicFileWriter(operations: operations)

        var lockDescriptor: Int32?
        var readOnlyReason: String?
        do throws(ProgressSaveError) {
            try ProgressFiles.createDirectories(folder)
            switch ProgressLock.acquire(at: lockPath) {
            case .acquired(let descriptor):
                lockDescriptor = descriptor
            case .heldByAnother:
                readOnlyReason = "another mltutor is using \(filePath) (lock \(lockPath)); progress will not be saved"
            case .failed(let code):
                readOnlyReason = "cannot lock \(lockPath): \(systemMessage(code)); progress will not be saved"
            }
        } catch {
            readOnlyReason = "\(error); progress will not be saved"
        }
        self.lockDescriptor = lockDescriptor
        let ownsFile = lockDescriptor != nil

        let stamp = ProgressFiles.stamp(secondsSince1970: now, utcOffsetSeconds: utcOffsetSeconds)
        /// Moves a damaged or unreadable file aside when this store owns it; otherwise leaves it be.
        func setAside(_ reason: String) -> (ProgressLoadOutcome, String?) {
            guard ownsFile else {
                return (.unusable(reason: reason), readOnlyReason ?? "\(filePath): \(reason)")
            }
            do throws(ProgressSaveError) {
                let newPath = try ProgressFiles.moveAside(filePath, stamp: stamp)
                return (.movedAside(path: newPath, reason: reason), nil)
            } catch {
                let why = "\(filePath): \(reason), and it could not be moved aside (\(error)); it is left untouched"
                return (.unusable(reason: why), why)
            }
        }

        var progress = Progress()
        let outcome: ProgressLoadOutcome
        switch ProgressFiles.readAll(filePath) {
        case .missing:
            outcome = .fresh
        case .failed(let code) where code == EISDIR:
            let why = "\(filePath) is a folder, not a file"
            outcome = .unusable(reason: why)
            readOnlyReason = readOnlyReason ?? why
        case .failed(let code):
            let (result, reason) = setAside("the file cannot be read (\(systemMessage(code)))")
            outcome = result
            readOnlyReason = readOnlyReason ?? reason
        case .bytes(let bytes):
            switch ProgressDocument.decode(bytes) {
            case .current(let decoded):
                progress = decoded
                outcome = .loaded
            case .migrated(let decoded, let version):
                progress = decoded
                outcome = .migrated(fromVersion: version)
                // The next save replaces the old-format file; keep its bytes in case a migration
                // step turns out wrong. Best effort: a failed backup must not stop the learner.
                let backup = filePath + ".schema\(version)-backup"
                if ownsFile && !ProgressFiles.exists(backup) {
                    try? writer.write(bytes, to: backup)
                }
            case .newer(let version, let readable):
                progress = readable ?? Progress()
                outcome = .newerSchema(version: version)
                readOnlyReason = readOnlyReason ?? "\(filePath) was written by a newer mltutor (schema \(version), this one "
                    + "knows \(Progress.currentSchemaVersion)); it is left untouched and progress will not be saved"
            case .damaged(let reason):
                let (result, why) = setAside(reason)
                outcome = result
                readOnlyReason = readOnlyReason ?? why
            }
        }
        self.outcome = outcome
        loadedProgress = progress
        access = readOnlyReason.map { .readOnly(reason: $0) } ?? .readWrite
    }

    deinit {
        if let lockDescriptor { close(lockDescriptor) }
    }

    /// Writes `progress` atomically and durably, mode 0600, through any symlink to its target.
    ///
    /// On error nothing on disk changed (see `ProgressSaveError` for the one exception); keep the
    /// progress in memory and call `save` again later.
    public func save(_ progress: Progress) throws(ProgressSaveError) {
        if case .readOnly(let reason) = access {
            throw .readOnly(reason: reason)
        }
        // The file always carries the schema this build writes, whatever the value says.
        var stamped = progress
        stamped.schemaVersion = Progress.currentSchemaVersion
        let bytes: [UInt8]
        do {
            bytes = try ProgressDocument.encode(stamped)
        } catch {
            throw .encoding(path: filePath, message: error.message)
        }
        try writer.write(bytes, to: filePath)
    }
}

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

        let (lockDescriptor, lockProblem) = Self.prepare(folder: folder, lockPath: lockPath, filePath: filePath)
        self.lockDescriptor = lockDescriptor
        if lockDescriptor != nil { Self.removeStrayTemporaries(folder: folder, filePath: filePath) }
        let opened = Self.load(
            filePath: filePath, ownsFile: lockDescriptor != nil, writer: writer,
            stamp: ProgressFiles.stamp(secondsSince1970: now, utcOffsetSeconds: utcOffsetSeconds))
        outcome = opened.outcome
        loadedProgress = opened.progress
        // The lock's reason comes first: it explains why nothing could be written at all.
        access = (lockProblem ?? opened.readOnlyReason).map { .readOnly(reason: $0) } ?? .readWrite
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

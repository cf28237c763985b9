#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Owns the progress files on disk: loads them once on open, saves durably, and holds the lock.
///
/// A progress is kept in two files: the document (`progress.json`, replaced atomically on every
/// save) and its review log (`progress.reviews.jsonl`, JSON Lines), to which a save only appends
/// the reviews since the last one; the document's `reviewLog.entries` commits how many log lines
/// count. So a save costs the size of the document and the new reviews, not of the whole history.
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
    /// The review log file beside `filePath` (the name the document records, or the default one).
    public let logPath: String
    public let access: ProgressAccess
    /// What opening found.
    public let outcome: ProgressLoadOutcome
    /// The progress read on open (empty unless the outcome is `loaded` or `migrated`, or `newerSchema`
    /// with a file this build could still read).
    public let loadedProgress: Progress

    private let lockDescriptor: Int32?
    private let pairWriter: ProgressPairWriter
    /// What the log file holds, updated by every save; a mutex because saves may come from any thread.
    private let logState: Mutex<ReviewLogBookkeeping>

    /// Opens the store for `path`: creates its folder (0700), takes the lock, and reads the file.
    ///
    /// - Parameters:
    ///   - now: seconds since 1970 UTC, used only to name a damaged file `progress.json.corrupt-YYYYmmdd-HHMMSS`.
    ///   - utcOffsetSeconds: the learner's zone offset for that name (0 writes the name in UTC), and
    ///     for replaying old review log entries that carry no study day.
    ///   - operations: the system calls used for saving; tests inject failures here.
    public init(path: String, now: Double, utcOffsetSeconds: Int = 0, operations: ProgressFileOperations = .system) {
        self.path = path
        let filePath = ProgressFiles.resolvingSymlinks(path)
        self.filePath = filePath
        let folder = ProgressFiles.directory(of: filePath)
        lockPath = ProgressFiles.join(folder, "progress.lock")
        let writer = AtomicFileWriter(operations: operations)
        pairWriter = ProgressPairWriter(operations: operations)

        let (lockDescriptor, lockProblem) = Self.prepare(folder: folder, lockPath: lockPath, filePath: filePath)
        self.lockDescriptor = lockDescriptor
        let opened = Self.load(
            filePath: filePath, ownsFile: lockDescriptor != nil, writer: writer,
            stamp: ProgressFiles.stamp(secondsSince1970: now, utcOffsetSeconds: utcOffsetSeconds),
            utcOffsetSeconds: utcOffsetSeconds)
        let log = opened.log ?? ReviewLogBookkeeping(
            logName: ReviewLogReference.defaultName(forDocument: ProgressFiles.name(of: filePath)),
            count: 0, byteLength: 0, lastEntry: nil, mustRewrite: false, tailMayBeDirty: false)
        logPath = ReviewLogReference.path(of: log.logName, besideDocument: filePath)
        // Only a store that will write may move files; a newer build's log, for one, is not ours.
        var logProblem: String?
        if lockDescriptor != nil && opened.readOnlyReason == nil && opened.log == nil {
            logProblem = Self.setAsideUnreferencedLog(
                logPath, stamp: ProgressFiles.stamp(secondsSince1970: now, utcOffsetSeconds: utcOffsetSeconds))
        }
        logState = Mutex(log)
        if lockDescriptor != nil { Self.removeStrayTemporaries(folder: folder, filePath: filePath, logName: log.logName) }
        outcome = opened.outcome
        loadedProgress = opened.progress
        // The lock's reason comes first: it explains why nothing could be written at all.
        access = (lockProblem ?? opened.readOnlyReason ?? logProblem).map { .readOnly(reason: $0) } ?? .readWrite
        // A damaged log now safely copied aside is repaired at once: otherwise a run that saves
        // nothing would leave it damaged, and every start would copy and report it again. If this
        // save fails, the log stays marked for a rewrite and the next save tries again.
        if case .reviewLogDamaged(let damage) = outcome, damage.copyPath != nil, !access.isReadOnly {
            try? save(loadedProgress)
        }
    }

    deinit {
        if let lockDescriptor { close(lockDescriptor) }
    }

    /// Saves `progress` durably, mode 0600, through any symlink to its target.
    ///
    /// Two steps, the document last because it is the commit point:
    /// 1. the review log: when memory's log is what the file holds plus new reviews, only those are
    ///    appended (at the known end, cutting off anything after it) and flushed; otherwise (a reset,
    ///    a damaged file) the whole log is replaced atomically. An empty log is written after the
    ///    document instead, so the document never commits lines the log lacks.
    /// 2. the document, atomically, with `reviewLog.entries` = memory's count.
    ///
    /// On error the document is unchanged (see `ProgressSaveError` for the one exception); lines
    /// an interrupted save added to the log are not committed. Keep the progress in memory and call
    /// `save` again later: it retries from the same place and loses nothing.
    public func save(_ progress: Progress) throws(ProgressSaveError) {
        if case .readOnly(let reason) = access {
            throw .readOnly(reason: reason)
        }
        // The file always carries the schema this build writes, whatever the value says.
        var stamped = progress
        stamped.schemaVersion = Progress.currentSchemaVersion
        try logState.withLock { (state: inout ReviewLogBookkeeping) throws(ProgressSaveError) in
            try save(stamped, state: &state)
        }
    }

    private func save(_ progress: Progress, state: inout ReviewLogBookkeeping) throws(ProgressSaveError) {
        let log = progress.reviewLog
        // Encode everything first, so a value that cannot be encoded changes nothing on disk.
        let document = try ProgressPairWriter.documentBytes(progress, logName: state.logName, path: filePath)
        if state.isExtended(by: log) {
            if log.count > state.count || state.tailMayBeDirty {
                let lines = try ProgressPairWriter.lines(log[state.count...], path: logPath)
                do {
                    try pairWriter.append(lines, to: logPath, at: state.byteLength)
                } catch {
                    state.tailMayBeDirty = true
                    throw error
                }
                state.count = log.count
                state.byteLength += lines.count
                state.lastEntry = log.last
                state.tailMayBeDirty = false
            }
            try pairWriter.writeDocument(document, to: filePath)
            return
        }
        let lines = try ProgressPairWriter.lines(log, path: logPath)
        if log.isEmpty { try pairWriter.writeDocument(document, to: filePath) }
        try pairWriter.rewriteLog(lines, to: logPath)
        state = ReviewLogBookkeeping(logName: state.logName, count: log.count, byteLength: lines.count,
                                     lastEntry: log.last, mustRewrite: false, tailMayBeDirty: false)
        if !log.isEmpty { try pairWriter.writeDocument(document, to: filePath) }
    }
}

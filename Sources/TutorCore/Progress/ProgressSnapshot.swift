#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress file (and the review log it references) as on disk, read without locking,
/// creating, moving or writing anything.
///
/// This is how the command-line views (`mltutor progress`, `mltutor export`) look at progress while a
/// tutor may be running: saves replace the document by rename, so a plain read sees either the old
/// or the new bytes, never a mixture; the log is only appended to before a document commits the new
/// lines, so reading the lines the document commits is safe too. (Only a whole-log rewrite, such as
/// a reset, racing this read can show a log that disagrees with its document; reading again settles
/// it.) The lock is left to the process that writes.
public struct ProgressSnapshot: Hashable, Sendable {
    /// What was found at the path.
    public enum State: Hashable, Sendable {
        /// No file yet: nothing has been saved at this path.
        case missing
        case current(Progress)
        /// An older schema, upgraded in memory only.
        case migrated(Progress, fromVersion: Int)
        /// Written by a later mltutor; `readable` is what this build could make of it (nil if nothing).
        case newer(version: Int, readable: Progress?)
        /// Not usable as progress; the tutor moves such a file aside when it starts.
        case damaged(reason: String)
        /// The path cannot be read at all (a folder, no permission, an I/O error).
        case unreadable(reason: String)
    }

    /// The path as given.
    public let path: String
    /// `path` with symlinks at its end followed: the file that was read.
    public let filePath: String
    public let state: State
    /// The file's bytes, kept so a caller can compare or back them up exactly; empty when missing.
    public let bytes: [UInt8]
    /// The review log file the document references (a symlink followed to its target); nil for a
    /// document with its log inline.
    public let logPath: String?
    /// The log's name as the document records it, beside the document.
    public let logName: String?
    /// That file's bytes, for a backup; nil when it is missing, unreadable, or not referenced.
    public let logBytes: [UInt8]?
    /// Set when the log does not hold every review the document commits; `progress` then holds
    /// the reviews that could be read, and the tutor repairs the log when it starts.
    public let logDamage: ReviewLogDamage?

    /// Reads `path` once (and the log it references). Never fails: every problem is a `State`.
    ///
    /// - Parameter utcOffsetSeconds: the zone offset for replaying old log entries without a study day.
    public static func read(path: String, utcOffsetSeconds: Int = 0) -> ProgressSnapshot {
        let filePath = ProgressFiles.resolvingSymlinks(path)
        func snapshot(_ state: State, _ bytes: [UInt8] = [], log: StoredProgress.LogFile? = nil) -> ProgressSnapshot {
            ProgressSnapshot(path: path, filePath: filePath, state: state, bytes: bytes,
                             logPath: log?.path, logName: log?.name, logBytes: log?.bytes, logDamage: log?.damage)
        }
        switch FileAccess.contents(of: filePath) {
        case .missing:
            return snapshot(.missing)
        case .failed(let code):
            let reason = code == EISDIR ? "it is a folder, not a file" : systemMessage(code)
            return snapshot(.unreadable(reason: reason))
        case .bytes(let bytes):
            let read = StoredProgress.read(documentBytes: bytes, filePath: filePath, fallbackUTCOffsetSeconds: utcOffsetSeconds)
            let state: State = switch read.decoded {
            case .current(let progress): .current(progress)
            case .migrated(let progress, let version): .migrated(progress, fromVersion: version)
            case .newer(let version, let readable): .newer(version: version, readable: readable)
            case .damaged(let reason): .damaged(reason: reason)
            }
            return snapshot(state, bytes, log: read.log)
        }
    }

    /// The progress to show: empty for a missing file, what could be read of a newer one, nil when unusable.
    public var progress: Progress? {
        switch state {
        case .missing: Progress()
        case .current(let progress), .migrated(let progress, _): progress
        case .newer(_, let readable): readable
        case .damaged, .unreadable: nil
        }
    }

    /// Why the file cannot be used, as `path: message`; nil when `progress` is available.
    public var problem: String? {
        switch state {
        case .missing, .current, .migrated:
            return nil
        case .newer(let version, let readable):
            guard readable == nil else { return nil }
            return "\(filePath): progress file was written by a newer mltutor (schema \(version), this one knows "
                + "\(Progress.currentSchemaVersion)) and cannot be read by this one"
        case .damaged(let reason):
            return "\(filePath): progress file is damaged: \(reason); the tutor will move it aside when it starts"
        case .unreadable(let reason):
            return "\(filePath): progress file cannot be read: \(reason)"
        }
    }

    /// Something worth saying next to usable progress (an upgrade pending, a newer file, a damaged
    /// review log); nil otherwise.
    public var note: String? {
        if let logDamage, progress != nil {
            return "\(logDamage.problem); showing the \(logDamage.keptEntries) of \(logDamage.committedEntries) reviews "
                + "that could be read (the tutor keeps a copy of the damaged log and repairs it when it starts)"
        }
        switch state {
        case .migrated(_, let version):
            return "\(filePath) has the older format \(version); the tutor upgrades it the next time it saves"
        case .newer(let version, .some):
            return "\(filePath) was written by a newer mltutor (schema \(version)); showing what this one can read"
        default:
            return nil
        }
    }
}

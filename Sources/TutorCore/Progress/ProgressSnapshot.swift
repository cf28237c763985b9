#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress file as it is on disk, read without locking, creating, moving or writing anything.
///
/// This is how the command-line views (`mltutor progress`, `mltutor export`) look at progress while a
/// tutor may be running: saves replace the file by rename, so a plain read sees either the old or
/// the new bytes, never a mixture, and the lock is left to the process that writes.
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

    /// Reads `path` once. Never fails: every problem is a `State`.
    public static func read(path: String) -> ProgressSnapshot {
        let filePath = ProgressFiles.resolvingSymlinks(path)
        func snapshot(_ state: State, _ bytes: [UInt8] = []) -> ProgressSnapshot {
            ProgressSnapshot(path: path, filePath: filePath, state: state, bytes: bytes)
        }
        switch ProgressFiles.readAll(filePath) {
        case .missing:
            return snapshot(.missing)
        case .failed(let code):
            let reason = code == EISDIR ? "it is a folder, not a file" : systemMessage(code)
            return snapshot(.unreadable(reason: reason))
        case .bytes(let bytes):
            switch ProgressDocument.decode(bytes) {
            case .current(let progress): return snapshot(.current(progress), bytes)
            case .migrated(let progress, let version): return snapshot(.migrated(progress, fromVersion: version), bytes)
            case .newer(let version, let readable): return snapshot(.newer(version: version, readable: readable), bytes)
            case .damaged(let reason): return snapshot(.damaged(reason: reason), bytes)
            }
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

    /// Something worth saying next to usable progress (an upgrade pending, a newer file); nil otherwise.
    public var note: String? {
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

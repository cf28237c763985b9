#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why saving progress failed. The progress file (the document) is unchanged whenever this is
/// thrown, except after `.syncDirectory`: then the new file is in place but might not survive a
/// power cut. The review log may hold lines after the committed ones, which no document counts and
/// the next save or open cuts off.
///
/// Contract for callers: keep the `Progress` in memory and call `save` again later (on the next
/// change, and on exit); a full disk or a folder made read-only can recover. `readOnly` never
/// recovers during this run: tell the learner once that progress is not being saved, and why.
public enum ProgressSaveError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The store was opened read-only (another mltutor holds the lock, the file has a newer schema, …).
    case readOnly(reason: String)
    /// The progress could not be turned into JSON (such as a NaN that slipped past the helpers).
    case encoding(path: String, message: String)
    /// A system call failed; `code` is the `errno` value (ENOSPC for a full disk).
    case system(operation: FileOperation, path: String, code: Int32)

    /// The step of a save (or of opening the store) that failed.
    public enum FileOperation: String, Hashable, Sendable {
        case createDirectory = "cannot create the folder"
        case createTemporaryFile = "cannot create a temporary file in"
        case write = "cannot write"
        case sync = "cannot flush to disk"
        case close = "cannot finish writing"
        case rename = "cannot replace the file with"
        case syncDirectory = "cannot flush the folder"
        case open = "cannot open"
        case truncate = "cannot cut off the end of"
    }

    /// `path: what failed: the system's words`, the same shape as the content errors.
    public var description: String {
        switch self {
        case .readOnly(let reason):
            return "progress is read-only: \(reason)"
        case .encoding(let path, let message):
            return "\(path): cannot encode progress: \(message)"
        case .system(let operation, let path, let code):
            return "\(path): \(operation.rawValue): \(systemMessage(code))"
        }
    }

    /// The `errno` of a system failure, nil otherwise.
    public var code: Int32? {
        if case .system(_, _, let code) = self { return code }
        return nil
    }
}

/// The C library's text for an `errno` value.
func systemMessage(_ code: Int32) -> String {
    String(cString: strerror(code))
}

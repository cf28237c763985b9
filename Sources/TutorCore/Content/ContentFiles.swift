#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists and reads content files with plain system calls.
///
/// Why not `FileManager`: the tutor lists and reads every section before its first frame, and
/// FileManager's set-up and per-call bridging were a measurable part of that (issue #8); these
/// calls need none of what it adds.
enum ContentFiles {
    /// Why a folder could not be listed or a file read.
    enum Failure: Error, Hashable {
        case missing
        case unreadable(code: Int32)
    }

    /// The names in `directory` (not `.` and `..`), unsorted.
    static func names(in directory: String) -> Result<[String], Failure> {
        guard let handle = opendir(directory) else {
            return .failure(errno == ENOENT ? .missing : .unreadable(code: errno))
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }

    /// The file's bytes, or nil when it cannot be read.
    static func bytes(at path: String) -> [UInt8]? {
        if case .bytes(let bytes) = ProgressFiles.readAll(path) { return bytes }
        return nil
    }

    /// Whether a file or folder exists at `path` (following symlinks).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}

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
    ///
    /// Reads into a buffer sized from `fstat` (content files are small and many: a fixed 64 KiB
    /// zeroed chunk per file showed up in start-up profiles), growing it if the file grew meanwhile.
    static func bytes(at path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { return nil }
        // One byte more than the size, so a file read whole meets end-of-file in the same buffer.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4_096, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 {
                bytes.removeLast(bytes.count - filled)
                return bytes
            }
            filled += count
        }
    }

    /// Whether a file or folder exists at `path` (following symlinks).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}

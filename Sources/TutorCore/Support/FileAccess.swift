#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists and reads whole files with plain system calls: content loading and the progress store
/// both go through it.
///
/// Why not `FileManager`: the tutor lists and reads every section before its first frame, and
/// FileManager's set-up and per-call bridging were a measurable part of that (issue #8); these
/// calls need none of what it adds.
enum FileAccess {
    /// Why a folder could not be listed.
    enum ListFailure: Error, Hashable {
        case missing
        case unreadable(code: Int32)
    }

    /// The result of reading a whole file.
    enum ReadResult {
        case bytes([UInt8])
        case missing
        case failed(code: Int32)
    }

    /// The names in `directory` (not `.` and `..`), unsorted.
    static func names(in directory: String) -> Result<[String], ListFailure> {
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

    /// Reads the whole file at `path`; a folder is `.failed(EISDIR)`.
    ///
    /// The buffer is sized from `fstat` (files here are many and mostly small: a fixed 64 KiB zeroed
    /// chunk per file showed up in start-up profiles) and grows only if the file grew meanwhile.
    static func contents(of path: String) -> ReadResult {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            return code == ENOENT ? .missing : .failed(code: code)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failed(code: errno) }
        if info.st_mode & S_IFMT == S_IFDIR { return .failed(code: EISDIR) }
        // One byte more than the size, so a file read whole meets end-of-file in the same buffer.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4_096, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                return .failed(code: code)
            }
            if count == 0 {
                bytes.removeLast(bytes.count - filled)
                return .bytes(bytes)
            }
            filled += count
        }
    }

    /// The file's bytes, or nil when it cannot be read (the caller words why).
    static func bytes(at path: String) -> [UInt8]? {
        if case .bytes(let bytes) = contents(of: path) { return bytes }
        return nil
    }

    /// Whether a file or folder exists at `path`, following symlinks.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}

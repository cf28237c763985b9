#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few facts about the machine the tutor needs at start, read with plain system calls.
///
/// Why not Foundation: `FileManager.homeDirectoryForCurrentUser` looks the user up through NSS
/// (nsswitch, the nscd socket, /etc/passwd) and `TimeZone.current` loads ICU's zone data; together
/// with `FileManager`'s set-up they were a noticeable part of the time to the first frame, for
/// answers the C library gives directly.
enum LocalSystem {
    /// `$HOME` when it is an absolute path, else the password database's home for this user.
    static func homeDirectory(environment: [String: String]) -> String {
        if let home = environment["HOME"], home.hasPrefix("/") { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            let path = String(cString: directory)
            if !path.isEmpty { return path }
        }
        return "/"
    }

    /// The learner's offset from UTC in seconds at `secondsSince1970`, as the C library's zone rules
    /// (`TZ`, else /etc/localtime) give it; 0 when the time cannot be converted.
    static func utcOffsetSeconds(at secondsSince1970: Double) -> Int {
        var time = time_t(secondsSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }

    /// Whether `path` is a folder (following symlinks).
    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The running executable's real path (from /proc/self/exe), or nil where that is not available.
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The current working folder, or "." when it cannot be read (deleted, too long).
    static func workingDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

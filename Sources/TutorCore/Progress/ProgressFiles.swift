#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Path and file helpers for the progress store, written against POSIX so every failure keeps its `errno`.
enum ProgressFiles {
    /// The folder part of a path (`.` for a bare name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let head = String(path[..<slash])
        return head.isEmpty ? "/" : head
    }

    /// The last component of a path.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Follows symbolic links at the end of `path` so a save replaces the link's target, not the link.
    ///
    /// A dangling link resolves to the missing target, which the first save then creates. Gives up
    /// after 40 links (the kernel's own limit), returning the last path reached.
    static func resolvingSymlinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : join(directory(of: current), target)
        }
        return current
    }

    /// Creates `path` and any missing parents; folders it creates get mode 0700 (progress is private).
    ///
    /// Existing folders are left as they are: their mode is the learner's choice.
    static func createDirectories(_ path: String) throws(ProgressSaveError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw .system(operation: .createDirectory, path: path, code: ENOTDIR)
            }
            return
        }
        let parent = directory(of: path)
        if parent != path && parent != "." && parent != "/" {
            try createDirectories(parent)
        }
        if mkdir(path, 0o700) != 0 {
            let code = errno
            if code == EEXIST { return }
            throw .system(operation: .createDirectory, path: path, code: code)
        }
        // mkdir applies the umask; a umask like 0o277 would leave the owner unable to write.
        _ = chmod(path, 0o700)
    }

    /// Whether anything (file, folder, link, even a dangling one) exists at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// `YYYYmmdd-HHMMSS` for an instant, seen from a zone `utcOffsetSeconds` east of UTC.
    static func stamp(secondsSince1970 seconds: Double, utcOffsetSeconds: Int) -> String {
        let local = (seconds.isFinite ? seconds : 0) + Double(utcOffsetSeconds)
        let day = CivilDay(secondsSince1970: local)
        let secondOfDay = Int(local - Double(day.ordinal) * 86_400)
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = day.description.filter { $0 != "-" }
        return "\(date)-\(pad(secondOfDay / 3600))\(pad(secondOfDay / 60 % 60))\(pad(secondOfDay % 60))"
    }

    /// Renames a damaged file to `NAME.corrupt-STAMP`, adding `-2`, `-3`, … if that exists, and
    /// returns the new path. Never replaces an existing file (the store holds the lock meanwhile).
    static func moveAside(_ path: String, stamp: String) throws(ProgressSaveError) -> String {
        let base = path + ".corrupt-" + stamp
        var candidate = base
        var suffix = 2
        while exists(candidate) {
            candidate = base + "-\(suffix)"
            suffix += 1
        }
        guard rename(path, candidate) == 0 else {
            throw .system(operation: .rename, path: path, code: errno)
        }
        return candidate
    }
}

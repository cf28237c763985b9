import Foundation

/// The same-run reference operations: plain file I/O of the same bytes, with nothing on top.
enum ReferenceIO {
    /// Writes `count` bytes to `path` with a FileHandle and fsyncs them: the floor under any durable save.
    static func writeAndSync(count: Int, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else { throw BenchError("cannot create \(path)") }
        defer { try? handle.close() }
        try handle.write(contentsOf: Data(repeating: 0x20, count: count))
        try handle.synchronize()
    }

    /// Reads a whole file with a FileHandle and returns its size.
    @discardableResult
    static func read(_ path: String) throws -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw BenchError("cannot open \(path)") }
        defer { try? handle.close() }
        return try handle.readToEnd()?.count ?? 0
    }

    /// Every regular file below `directory`, so a content load can be compared with just reading its bytes.
    static func files(under directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            let path = directory + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}

/// Why the benchmark cannot go on; printed to stderr and the process exits 1.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

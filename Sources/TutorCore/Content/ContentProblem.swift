/// A problem found in a content file, reported as `path:line: message`.
public struct ContentProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based line number; 0 when the problem concerns the whole file.
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// The conventional compiler-style form that editors can jump to.
    public var description: String {
        line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
    }
}

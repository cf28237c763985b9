/// A problem in numbers typed or loaded for the statistics lab, reported as `path:line: message`.
public struct LabInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file name, or a label such as `<input>` for typed text.
    public var path: String
    /// 1-based line number.
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { "\(path):\(line): \(message)" }
}

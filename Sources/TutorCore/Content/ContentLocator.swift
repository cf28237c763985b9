/// Finds the content folder: the `--content` option, `MLTUTOR_CONTENT`, or the repository's `Content/`.
///
/// The repository is found by walking up from the executable (which lives under `.build/` both for
/// `swift run` and for `.build/release/mltutor` started from elsewhere), then from the source tree
/// the binary was built from, then from the working directory.
public struct ContentLocator: Sendable {
    /// Answers whether a directory exists; injected so the search is testable without a file system.
    public var directoryExists: @Sendable (String) -> Bool

    public init(directoryExists: @escaping @Sendable (String) -> Bool) {
        self.directoryExists = directoryExists
    }

    /// Where the content folder came from, for messages.
    public enum Source: Hashable, Sendable {
        case option
        case environment
        case discovered
    }

    /// The folder to use and how it was chosen; nil when nothing was given and nothing was found.
    public func locate(option: String?, environment: [String: String], executablePath: String?,
                       sourceFile: String, workingDirectory: String) -> (path: String, source: Source)? {
        if let option, !option.isEmpty { return (option, .option) }
        if let fromEnvironment = environment["MLTUTOR_CONTENT"], !fromEnvironment.isEmpty {
            return (fromEnvironment, .environment)
        }
        var starts: [String] = []
        if let executablePath { starts.append(Self.parent(of: executablePath)) }
        starts.append(Self.parent(of: sourceFile))
        starts.append(workingDirectory)
        for start in starts {
            var directory = start
            while !directory.isEmpty {
                let candidate = directory == "/" ? "/Content" : directory + "/Content"
                if directoryExists(candidate + "/guide") { return (candidate, .discovered) }
                if directory == "/" { break }
                directory = Self.parent(of: directory)
            }
        }
        return nil
    }

    /// The directory part of a path ("/" for top-level entries, "" for a bare name).
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        let head = String(path[..<slash])
        return head.isEmpty ? "/" : head
    }
}

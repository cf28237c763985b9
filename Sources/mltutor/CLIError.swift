import ArgumentParser

/// Errors the command line reports to the user; each message names what to fix.
enum CLIError: Error, CustomStringConvertible {
    case contentNotFound
    case contentMissing(String)
    case contentEmpty(String)
    case unknownQuiz(String, available: [String])
    case invalidTimeLimit(Int)
    case invalidNow(String)

    var description: String {
        switch self {
        case .contentNotFound:
            return "cannot find the content folder: pass --content DIR or set MLTUTOR_CONTENT"
        case let .contentMissing(path):
            return "content folder not found: \(path)"
        case let .contentEmpty(path):
            return "no guide sections in \(path)/guide (expected Markdown files with front matter)"
        case let .unknownQuiz(id, available):
            return "unknown quiz '\(id)'; available: " + (available.isEmpty ? "none" : available.sorted().joined(separator: ", "))
        case let .invalidNow(message):
            return "MLTUTOR_NOW: \(message)"
        case let .invalidTimeLimit(value):
            return "--time-limit must be a positive number of seconds, not \(value)"
        }
    }
}

import ArgumentParser

/// Errors the command line reports to the user; each message names what to fix.
enum CLIError: Error, CustomStringConvertible {
    case contentNotFound
    case contentMissing(String)
    case contentEmpty(String)

    var description: String {
        switch self {
        case .contentNotFound:
            return "cannot find the content folder: pass --content DIR or set MLTUTOR_CONTENT"
        case let .contentMissing(path):
            return "content folder not found: \(path)"
        case let .contentEmpty(path):
            return "no guide sections in \(path)/guide (expected Markdown files with front matter)"
        }
    }
}

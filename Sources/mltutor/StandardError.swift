import Foundation

/// Writes a line to standard error, prefixed with the program name as command-line tools do.
enum StandardError {
    static func write(_ message: String) {
        FileHandle.standardError.write(Data("mltutor: \(message)\n".utf8))
    }
}

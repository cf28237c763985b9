/// Why the full-screen terminal could not be started; each case has a message for the user.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    case notATerminal
    case unknownTerminalType(String)
    case noTerminalType

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal for the full-screen tutor (run it in a terminal window, not through a pipe or redirect)"
        case let .unknownTerminalType(name):
            return "unknown terminal type '\(name)' (TERM): set TERM to one your system knows, such as xterm-256color"
        case .noTerminalType:
            return "TERM is not set: set it to your terminal's type, such as xterm-256color"
        }
    }
}

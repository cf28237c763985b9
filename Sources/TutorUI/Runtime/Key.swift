/// A key press, decoded by the terminal adapter into terminal-independent values.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// A control chord such as Ctrl-C, named by its lowercase letter.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    case function(Int)
    /// A key the adapter could not name; screens ignore it.
    case unknown(Int)

    /// Ctrl-C: quits from anywhere, after saving.
    public static let interrupt = Key.control("c")
}

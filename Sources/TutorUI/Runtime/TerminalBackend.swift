/// What the run loop needs from a terminal: its size, a way to show a frame, and events.
///
/// The ncurses adapter implements it for real terminals; `TestBackend` implements it in memory.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows a frame; implementations may diff against what is already on screen.
    func draw(_ frame: Frame)
    /// The next event, waiting at most `timeout` (nil waits forever); nil means the wait timed out.
    func nextEvent(timeout: Duration?) -> Event?
}

import TutorCore

/// The progress dashboard: reading, study time and streak, skills, mastery per topic, quiz scores.
///
/// A read-only scrolling page built from a `DashboardModel`. Every row fits on one line at any width
/// (long names are cut with "…"), so the number of lines does not depend on the width and scrolling
/// needs only the number of visible rows. Bars and sparklines carry their numbers next to them, so
/// nothing depends on colour.
public struct DashboardScreen: Hashable, Sendable {
    /// What a key asked the dashboard's owner to do.
    public enum Action: Hashable, Sendable {
        case back
    }

    public let model: DashboardModel
    /// The first visible line.
    public private(set) var top = 0
    /// How many lines the page has (the same at every width).
    public let lineCount: Int

    /// Left and right margin in cells.
    public static let margin = 2
    /// Attempts shown in a quiz's sparkline, newest last.
    public static let historyLength = 10

    public init(model: DashboardModel) {
        self.model = model
        lineCount = DashboardLayout(model: model, width: 80).lines().count
    }

    public func maxTop(visibleRows: Int) -> Int { max(0, lineCount - visibleRows) }

    /// Scrolls for navigation keys; returns `.back` for Esc, q, ← and Backspace.
    public mutating func handle(_ key: Key, visibleRows: Int) -> Action? {
        let page = max(1, visibleRows - 1)
        switch key {
        case .up, .character("k"): scroll(to: top - 1, visibleRows: visibleRows)
        case .down, .character("j"): scroll(to: top + 1, visibleRows: visibleRows)
        case .pageUp, .character("b"): scroll(to: top - page, visibleRows: visibleRows)
        case .pageDown, .character(" "), .character("f"): scroll(to: top + page, visibleRows: visibleRows)
        case .home, .character("g"): scroll(to: 0, visibleRows: visibleRows)
        case .end, .character("G"): scroll(to: lineCount, visibleRows: visibleRows)
        case .escape, .left, .backspace, .character("h"), .character("q"): return .back
        default: break
        }
        return nil
    }

    public mutating func scroll(to line: Int, visibleRows: Int) {
        top = min(max(0, line), maxTop(visibleRows: visibleRows))
    }

    /// Keeps the position valid after a resize changed the number of visible rows.
    public mutating func clamp(visibleRows: Int) {
        top = min(top, maxTop(visibleRows: visibleRows))
    }

    /// "1–20/34", for the header bar: which lines are on screen.
    public func position(visibleRows: Int) -> String {
        let last = min(lineCount, top + max(0, visibleRows))
        return "\(min(top + 1, max(1, lineCount)))–\(last)/\(lineCount)"
    }

    /// The page laid out for a frame width (with margins removed), for tests and plain dumps.
    public func lines(width: Int) -> [StyledLine] {
        DashboardLayout(model: model, width: max(20, width - 2 * Self.margin)).lines()
    }

    /// Draws the visible lines between `firstRow` and `firstRow + rows`.
    public func render(into frame: inout Frame, firstRow: Int, rows: Int) {
        let laid = lines(width: frame.width)
        let start = min(top, max(0, laid.count - rows))
        for (offset, index) in (start..<min(laid.count, start + rows)).enumerated() {
            laid[index].draw(into: &frame, row: firstRow + offset, column: Self.margin,
                             maxWidth: frame.width - 2 * Self.margin)
        }
    }
}

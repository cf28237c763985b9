/// A small multi-line text editor: lines of `LineEditor`, a current line, Enter splits, Backspace joins.
public struct TextArea: Hashable, Sendable {
    public private(set) var lines: [LineEditor]
    public private(set) var row: Int

    public init(_ text: String = "") {
        let split = text.split(separator: "\n", omittingEmptySubsequences: false).map { LineEditor(String($0)) }
        lines = split.isEmpty ? [LineEditor()] : split
        row = lines.count - 1
    }

    public var text: String { lines.map(\.string).joined(separator: "\n") }

    /// Applies an editing key; returns false for keys that are not editing keys.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .enter:
            let current = lines[row]
            let head = String(current.text[..<current.cursor])
            let tail = String(current.text[current.cursor...])
            lines[row] = LineEditor(head)
            var next = LineEditor(tail)
            _ = next.handle(.home)
            lines.insert(next, at: row + 1)
            row += 1
        case .up:
            guard row > 0 else { return true }
            row -= 1
        case .down:
            guard row + 1 < lines.count else { return true }
            row += 1
        case .backspace where lines[row].cursor == 0 && row > 0:
            // Joining with the line above keeps the cursor at the seam.
            let removed = lines.remove(at: row)
            row -= 1
            let seam = lines[row].text.count
            var joined = LineEditor(lines[row].string + removed.string)
            for _ in 0..<(joined.text.count - seam) { _ = joined.handle(.left) }
            lines[row] = joined
        default:
            var line = lines[row]
            guard line.handle(key) else { return false }
            lines[row] = line
        }
        return true
    }

    /// Draws the visible lines from `top`, keeping the current line on screen.
    public func render(into frame: inout Frame, firstRow: Int, rows: Int, column: Int, width: Int, focused: Bool) {
        let top = max(0, row - rows + 1)
        for (offset, index) in (top..<min(lines.count, top + rows)).enumerated() {
            lines[index].render(into: &frame, row: firstRow + offset, column: column, width: width,
                                focused: focused && index == row)
        }
    }
}

/// A one-line text field: insert, delete, move the cursor; used for numeric and matrix answers.
public struct LineEditor: Hashable, Sendable {
    public private(set) var text: [Character]
    /// Insertion point, 0...text.count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = Array(text)
        cursor = self.text.count
    }

    public var string: String { String(text) }

    /// Applies an editing key; returns false when the key is not an editing key (Enter, Esc, Tab…).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .character(c) where !c.isNewline:
            text.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 {
                text.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < text.count { text.remove(at: cursor) }
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = text.count
        case .control("u"):
            text.removeAll()
            cursor = 0
        default:
            return false
        }
        return true
    }

    /// Draws the field `width` cells wide with the cursor shown in reverse video.
    public func render(into frame: inout Frame, row: Int, column: Int, width: Int, focused: Bool) {
        let fieldStyle = Style(underline: true)
        frame.fill(row: row, from: column, width: width, style: fieldStyle)
        // Scroll the text so the cursor stays inside the field.
        let visibleStart = max(0, cursor - width + 1)
        var x = column
        for (offset, character) in text[visibleStart...].enumerated() {
            let w = DisplayWidth.of(character)
            if x + w > column + width { break }
            let isCursor = focused && visibleStart + offset == cursor
            frame.put(String(character), row: row, column: x, style: isCursor ? Style(reverse: true) : fieldStyle)
            x += w
        }
        if focused && cursor == text.count && x < column + width {
            frame.put(" ", row: row, column: x, style: Style(reverse: true))
        }
    }
}

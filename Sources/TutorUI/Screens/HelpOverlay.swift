/// One line of the help overlay: the keys and what they do.
public struct KeyBinding: Hashable, Sendable {
    public var keys: String
    public var action: String

    public init(_ keys: String, _ action: String) {
        self.keys = keys
        self.action = action
    }
}

/// A boxed list of the keys of the current screen, drawn over it; any key closes it.
public struct HelpOverlay: Hashable, Sendable {
    public var title: String
    public var bindings: [KeyBinding]

    public init(title: String, bindings: [KeyBinding]) {
        self.title = title
        self.bindings = bindings
    }

    public func render(into frame: inout Frame) {
        let keyWidth = bindings.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let textWidth = bindings.map { DisplayWidth.of($0.action) }.max() ?? 0
        let footer = "any key closes this help"
        let innerWidth = min(frame.width - 4, max(keyWidth + 3 + textWidth, DisplayWidth.of(title) + 2, footer.count))
        let innerHeight = min(frame.height - 2, bindings.count + 4)
        let boxWidth = innerWidth + 4
        let boxHeight = innerHeight + 2
        let (left, topRow) = frame.centredBox(width: boxWidth, height: boxHeight, title: title)
        // When the terminal is short, the list is cut rather than the frame overflowing.
        let visible = max(0, innerHeight - 3)
        for (i, binding) in bindings.prefix(visible).enumerated() {
            let row = topRow + 2 + i
            frame.put(binding.keys, row: row, column: left + 2, style: Style(bold: true), maxWidth: keyWidth)
            frame.put(binding.action, row: row, column: left + 2 + keyWidth + 3, maxWidth: max(0, innerWidth - keyWidth - 3))
        }
        frame.put(footer, row: topRow + boxHeight - 2, column: left + 2, style: Style(dim: true, color: .muted), maxWidth: innerWidth)
    }
}

/// A small centred box with a title and a few lines, drawn over the current screen.
public struct ConfirmBox: Hashable, Sendable {
    public var title: String
    public var lines: [String]

    public init(title: String, lines: [String]) {
        self.title = title
        self.lines = lines
    }

    public func render(into frame: inout Frame) {
        let inner = min(frame.width - 4, max(DisplayWidth.of(title) + 2, lines.map { DisplayWidth.of($0) }.max() ?? 0))
        let boxWidth = inner + 4
        let boxHeight = min(frame.height, lines.count + 4)
        let left = max(0, (frame.width - boxWidth) / 2)
        let top = max(0, (frame.height - boxHeight) / 2)
        let border = Style(bold: true, color: .accent)
        for r in 0..<boxHeight { frame.fill(row: top + r, from: left, width: boxWidth, style: .plain) }
        frame.put("┌" + String(repeating: "─", count: boxWidth - 2) + "┐", row: top, column: left, style: border)
        frame.put(" \(title) ", row: top, column: left + 2, style: border, maxWidth: boxWidth - 4)
        for r in 1..<(boxHeight - 1) {
            frame.put("│", row: top + r, column: left, style: border)
            frame.put("│", row: top + r, column: left + boxWidth - 1, style: border)
        }
        frame.put("└" + String(repeating: "─", count: boxWidth - 2) + "┘", row: top + boxHeight - 1, column: left, style: border)
        for (i, line) in lines.prefix(max(0, boxHeight - 4)).enumerated() {
            frame.put(line, row: top + 2 + i, column: left + 2, maxWidth: inner)
        }
    }
}

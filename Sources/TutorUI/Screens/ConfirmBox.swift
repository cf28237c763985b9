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
        let (left, top) = frame.centredBox(width: boxWidth, height: boxHeight, title: title)
        for (i, line) in lines.prefix(max(0, boxHeight - 4)).enumerated() {
            frame.put(line, row: top + 2 + i, column: left + 2, maxWidth: inner)
        }
    }
}

/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One laid-out line of styled text, ready to be drawn at a given width.
public struct StyledLine: Hashable, Sendable {
    public var spans: [Span]

    public init(_ spans: [Span] = []) {
        self.spans = spans
    }

    public init(_ text: String, style: Style = .plain) {
        spans = text.isEmpty ? [] : [Span(text, style: style)]
    }

    public static let empty = StyledLine()

    /// The plain text of the line, for searching and tests.
    public var text: String { spans.map(\.text).joined() }

    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// Draws the line at a row, clipped to `maxWidth`; returns the columns used.
    @discardableResult
    public func draw(into frame: inout Frame, row: Int, column: Int, maxWidth: Int, base: Style = .plain) -> Int {
        var x = column
        for span in spans {
            let remaining = column + maxWidth - x
            if remaining <= 0 { break }
            x += frame.put(span.text, row: row, column: x, style: base.merged(with: span.style), maxWidth: remaining)
        }
        return x - column
    }
}

/// A semantic colour; the terminal adapter maps each role to a colour pair, or to nothing under NO_COLOR.
public enum ColorRole: Int, Hashable, Sendable, CaseIterable {
    case accent
    case heading
    case code
    case muted
    case success
    case warning
    case danger
    case link
}

/// How a cell is drawn: attributes that work without colour, plus an optional colour role.
///
/// Meaning is never carried by colour alone: selection uses reverse video, headings bold, and so on.
public struct Style: Hashable, Sendable {
    public var bold = false
    public var italic = false
    public var underline = false
    public var reverse = false
    public var dim = false
    public var color: ColorRole?

    public init(bold: Bool = false, italic: Bool = false, underline: Bool = false,
                reverse: Bool = false, dim: Bool = false, color: ColorRole? = nil) {
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.color = color
    }

    public static let plain = Style()

    /// This style with another laid over it: attributes add up, the top colour wins.
    public func merged(with top: Style) -> Style {
        Style(bold: bold || top.bold, italic: italic || top.italic, underline: underline || top.underline,
              reverse: reverse || top.reverse, dim: dim || top.dim, color: top.color ?? color)
    }
}

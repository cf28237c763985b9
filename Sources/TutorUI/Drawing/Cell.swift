/// One terminal cell: a grapheme and its style.
///
/// A wide grapheme occupies its cell and marks the next one as a continuation, which the
/// backend skips when drawing, so the grid stays aligned with what the terminal shows.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

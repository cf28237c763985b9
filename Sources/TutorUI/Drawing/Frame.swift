/// A grid of styled cells that screens draw into; the terminal adapter copies it to the screen.
///
/// Drawing never touches the terminal, so every screen can be tested by comparing `lines`.
public struct Frame: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * size.width + column] }
        set { cells[row * size.width + column] = newValue }
    }

    /// Writes `text` at a position, clipped to `maxWidth` cells and the frame's edge.
    ///
    /// Returns the number of columns used. A wide character that would straddle the limit is
    /// replaced by a space, since half of it cannot be shown.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, row: Int, column: Int, style: Style = .plain,
                             maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < size.height, column < size.width else { return 0 }
        let limit = min(size.width, column + (maxWidth ?? size.width))
        var x = column
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 {
                // A lone combining mark or control: attach marks to the previous cell, drop controls.
                if x > column, x - 1 >= 0, character.unicodeScalars.first.map({ $0.value >= 0x300 }) == true {
                    var previous = self[row, x - 1]
                    if !previous.isContinuation {
                        previous.character = Character(String(previous.character) + String(character))
                        self[row, x - 1] = previous
                    }
                }
                continue
            }
            if x + w > limit {
                if x < limit { self[row, x] = Cell(" ", style: style) ; x += 1 }
                break
            }
            if x >= 0 {
                clearWide(row: row, column: x)
                self[row, x] = Cell(character, style: style)
                if w == 2 {
                    if x + 1 < size.width { clearWide(row: row, column: x + 1) }
                    self[row, x + 1] = Cell(" ", style: style, isContinuation: true)
                }
            }
            x += w
        }
        return x - column
    }

    /// Fills a rectangle of a row with spaces in a style (used for bars and selection highlights).
    public mutating func fill(row: Int, from column: Int = 0, width: Int? = nil, style: Style) {
        guard row >= 0, row < size.height else { return }
        let end = min(size.width, column + (width ?? size.width))
        var x = max(0, column)
        while x < end {
            clearWide(row: row, column: x)
            self[row, x] = Cell(" ", style: style)
            x += 1
        }
    }

    /// Applies a style on top of the existing cells of a row span, keeping their characters.
    public mutating func restyle(row: Int, from column: Int = 0, width: Int? = nil, with style: Style) {
        guard row >= 0, row < size.height else { return }
        let end = min(size.width, column + (width ?? size.width))
        for x in max(0, column)..<max(max(0, column), end) {
            self[row, x].style = self[row, x].style.merged(with: style)
        }
    }

    /// Overwriting half of a wide character would leave the other half orphaned: blank both halves.
    private mutating func clearWide(row: Int, column: Int) {
        let cell = self[row, column]
        if cell.isContinuation, column > 0 {
            self[row, column - 1] = Cell(" ", style: self[row, column - 1].style)
        } else if column + 1 < size.width, self[row, column + 1].isContinuation {
            self[row, column + 1] = Cell(" ", style: cell.style)
        }
    }

    /// The text of one row with trailing spaces removed; wide characters appear once.
    public func text(row: Int) -> String {
        var s = ""
        for x in 0..<size.width where !self[row, x].isContinuation {
            s.append(self[row, x].character)
        }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Every row as text, for tests and plain dumps.
    public var lines: [String] { (0..<size.height).map { text(row: $0) } }
}

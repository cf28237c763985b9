/// Greedy word wrapping of styled spans to a width, measured in display cells.
public enum TextWrapper {
    /// A word with its style pieces; a word may change style mid-way (e.g. `**χ²**-test`).
    struct Word {
        var pieces: [Span]
        var width: Int
        /// Whether a space preceded this word in the source.
        var spaceBefore: Bool
    }

    /// Wraps `spans` so that no line is wider than `width`.
    ///
    /// `firstPrefix` starts the first line and `restPrefix` every following one (list bullets and
    /// their hanging indent). Words longer than a line are broken at the cell limit.
    public static func wrap(_ spans: [Span], width: Int, firstPrefix: [Span] = [], restPrefix: [Span] = []) -> [StyledLine] {
        let firstWidth = firstPrefix.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let restWidth = restPrefix.reduce(0) { $0 + DisplayWidth.of($1.text) }
        var lines: [StyledLine] = []
        var current = StyledLine(firstPrefix)
        var lineBase = firstWidth
        var used = firstWidth
        var lineStart = true

        func newLine() {
            lines.append(current)
            current = StyledLine(restPrefix)
            lineBase = restWidth
            used = restWidth
            lineStart = true
        }

        for word in words(in: spans) {
            if !lineStart {
                let gap = word.spaceBefore ? 1 : 0
                if used + gap + word.width > width {
                    newLine()
                } else if gap == 1 {
                    // A space between differently styled words stays plain: an underlined or
                    // reverse-video gap would join them visually.
                    let before = current.spans.last?.style ?? .plain
                    let after = word.pieces.first?.style ?? .plain
                    append(" ", style: before == after ? before : .plain, to: &current)
                    used += 1
                }
            }
            if lineStart && lineBase + word.width > width {
                // A word wider than the line: break it into chunks that fit.
                for piece in word.pieces {
                    var chunk = ""
                    for character in piece.text {
                        let w = DisplayWidth.of(character)
                        if used + w > width && used > lineBase {
                            append(chunk, style: piece.style, to: &current)
                            chunk = ""
                            newLine()
                        }
                        chunk.append(character)
                        used += w
                    }
                    append(chunk, style: piece.style, to: &current)
                }
            } else {
                for piece in word.pieces { append(piece.text, style: piece.style, to: &current) }
                used += word.width
            }
            lineStart = false
        }
        lines.append(current)
        return lines
    }

    /// Appends text to a line, merging with the last span when the style is the same.
    static func append(_ text: String, style: Style, to line: inout StyledLine) {
        guard !text.isEmpty else { return }
        if var last = line.spans.last, last.style == style {
            last.text += text
            line.spans[line.spans.count - 1] = last
        } else {
            line.spans.append(Span(text, style: style))
        }
    }

    /// Splits spans at spaces into words, keeping style changes inside a word together.
    static func words(in spans: [Span]) -> [Word] {
        var words: [Word] = []
        var pieces: [Span] = []
        var piece = ""
        var width = 0
        var spaceBefore = false
        var pendingSpace = false

        func flushPiece(_ style: Style) {
            if !piece.isEmpty { pieces.append(Span(piece, style: style)); piece = "" }
        }
        func flushWord() {
            if !pieces.isEmpty {
                words.append(Word(pieces: pieces, width: width, spaceBefore: spaceBefore))
            }
            pieces = []
            width = 0
        }
        for span in spans {
            for character in span.text {
                if character == " " || character == "\n" || character == "\t" {
                    flushPiece(span.style)
                    flushWord()
                    pendingSpace = true
                } else {
                    if pieces.isEmpty && piece.isEmpty {
                        spaceBefore = pendingSpace
                        pendingSpace = false
                    }
                    piece.append(character)
                    width += DisplayWidth.of(character)
                }
            }
            flushPiece(span.style)
        }
        flushWord()
        // The first word never needs a leading space; later words need one unless glued by style change.
        return words.enumerated().map { index, word in
            var w = word
            if index == 0 { w.spaceBefore = false }
            return w
        }
    }
}

import TutorCore

/// Highlighting a search query in the reader and moving between its matches (`n` / `N`).
///
/// Matches are found in the laid-out lines, case- and diacritics-insensitively like `SearchIndex`,
/// and found again when a resize re-wraps the text.
extension ReaderScreen {
    /// Highlights every match of `query` (nil or blank clears it).
    public mutating func highlight(_ query: String?) {
        let trimmed = query?.withoutSurroundingSpace ?? ""
        searchQuery = trimmed.isEmpty ? nil : trimmed
        currentHitLine = nil
        findMatches()
    }

    /// Lines with at least one match, in order.
    public var hitLines: [Int] { searchMatches.keys.sorted() }

    mutating func findMatches() {
        guard let query = searchQuery else {
            searchMatches = [:]
            return
        }
        var found: [Int: [Range<Int>]] = [:]
        for (index, line) in lines.enumerated() {
            let ranges = SearchIndex.ranges(of: query, in: line.text)
            if !ranges.isEmpty { found[index] = ranges }
        }
        searchMatches = found
        if let line = currentHitLine, found[line] == nil { currentHitLine = nil }
    }

    /// Scrolls so `line` is on screen with two lines of context above it, and makes it the current hit.
    ///
    /// Call it after `layout(width:)` and `highlight(_:)`: before a layout there are no lines to
    /// scroll to. Opening at a `SearchScreen` hit is `layout`, `highlight(query)`, `reveal(line:)`.
    public mutating func reveal(line: Int, visibleRows: Int) {
        scroll(to: line - 2, visibleRows: visibleRows)
        currentHitLine = searchMatches[line] == nil ? nil : line
    }

    /// Moves to the next hit after the current one (or after the top of the screen), wrapping
    /// round to the first; returns false when the section has no hit.
    @discardableResult
    public mutating func nextHit(visibleRows: Int) -> Bool {
        let lines = hitLines
        guard let first = lines.first else { return false }
        let after = currentHitLine ?? (top - 1)
        reveal(line: lines.first { $0 > after } ?? first, visibleRows: visibleRows)
        return true
    }

    /// Moves to the hit before the current one (or before the top of the screen), wrapping round
    /// to the last; returns false when the section has no hit.
    @discardableResult
    public mutating func previousHit(visibleRows: Int) -> Bool {
        let lines = hitLines
        guard let last = lines.last else { return false }
        let before = currentHitLine ?? top
        reveal(line: lines.last { $0 < before } ?? last, visibleRows: visibleRows)
        return true
    }

    /// "hit 2 of 5" for a status bar, "no hits for …" when there are none, nil without a query.
    public var hitPosition: String? {
        guard let query = searchQuery else { return nil }
        let lines = hitLines
        guard !lines.isEmpty else { return "no hits for \"\(query)\"" }
        guard let current = currentHitLine, let index = lines.firstIndex(of: current) else {
            return "\(lines.count) \(lines.count == 1 ? "hit" : "hits")"
        }
        return "hit \(index + 1) of \(lines.count)"
    }

    /// Reverse video on every match of one drawn line; bold and underlined too on the current hit.
    func highlightMatches(onLine index: Int, into frame: inout Frame, row: Int, maxWidth: Int) {
        guard let ranges = searchMatches[index] else { return }
        let characters = Array(lines[index].text)
        let style = index == currentHitLine ? Style(bold: true, underline: true, reverse: true) : Style(reverse: true)
        for range in ranges where range.upperBound <= characters.count {
            let column = characters[..<range.lowerBound].reduce(0) { $0 + DisplayWidth.of($1) }
            let width = characters[range].reduce(0) { $0 + DisplayWidth.of($1) }
            guard column < maxWidth else { continue }
            frame.restyle(row: row, from: Self.margin + column, width: min(width, maxWidth - column), with: style)
        }
    }
}

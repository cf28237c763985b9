import TutorCore

/// Searches every section as the learner types: a query line, then the matching lines, each as
/// "Section title — …context…" with the match underlined.
///
/// The list updates on every key. Selection is reverse video and the match bold and underlined,
/// so neither depends on colour.
public struct SearchScreen: Hashable, Sendable {
    /// What a key asked the screen's owner to do.
    public enum Action: Hashable, Sendable {
        /// Open the section at a line (an index into the reader's lines), highlighting the query.
        case open(sectionID: String, line: Int, query: String)
        case back
    }

    /// Rows above the list: the query line, a status line and a blank line.
    public static let headerRows = 3
    /// Hits beyond this are not listed; a query this broad needs more letters anyway.
    public static let hitLimit = 500

    public let index: SearchIndex
    public private(set) var editor: LineEditor
    public private(set) var hits: [SearchHit] = []
    public private(set) var selected = 0
    /// The first hit on screen.
    public private(set) var top = 0

    public init(index: SearchIndex, query: String = "") {
        self.index = index
        editor = LineEditor(query)
        refresh()
    }

    public var query: String { editor.string }

    /// Handles a key; `visibleRows` is the same row count `render` gets.
    public mutating func handle(_ key: Key, visibleRows: Int) -> Action? {
        let listRows = max(1, visibleRows - Self.headerRows)
        switch key {
        case .escape:
            return .back
        case .enter:
            guard hits.indices.contains(selected) else { return nil }
            let hit = hits[selected]
            return .open(sectionID: hit.sectionID, line: hit.line, query: query)
        case .up, .control("p"): move(to: selected - 1, listRows: listRows)
        case .down, .control("n"): move(to: selected + 1, listRows: listRows)
        case .pageUp: move(to: selected - max(1, listRows - 1), listRows: listRows)
        case .pageDown: move(to: selected + max(1, listRows - 1), listRows: listRows)
        default:
            let before = editor.string
            guard editor.handle(key), editor.string != before else { return nil }
            refresh()
        }
        return nil
    }

    private mutating func refresh() {
        hits = index.hits(for: editor.string, limit: Self.hitLimit)
        selected = 0
        top = 0
    }

    private mutating func move(to index: Int, listRows: Int) {
        guard !hits.isEmpty else { return }
        selected = min(max(0, index), hits.count - 1)
        if selected < top { top = selected }
        if selected >= top + listRows { top = selected - listRows + 1 }
    }

    /// "12 lines in 3 sections", or what to do when there is nothing to list.
    public var status: String {
        if query.withoutSurroundingSpace.isEmpty { return "Type to search all sections (case and accents ignored)" }
        if hits.isEmpty { return "No line contains \"\(query.withoutSurroundingSpace)\"" }
        let sections = Set(hits.map(\.sectionID)).count
        let more = hits.count >= Self.hitLimit ? "+" : ""
        return "\(hits.count)\(more) \(hits.count == 1 ? "line" : "lines") in \(sections) \(sections == 1 ? "section" : "sections") · Enter opens · Esc back"
    }

    public func render(into frame: inout Frame, firstRow: Int, rows: Int) {
        let width = frame.width - 4
        let label = "Search: "
        frame.put(label, row: firstRow, column: 2, style: Style(bold: true))
        let fieldColumn = 2 + DisplayWidth.of(label)
        editor.render(into: &frame, row: firstRow, column: fieldColumn, width: max(4, frame.width - fieldColumn - 2), focused: true)
        frame.put(status, row: firstRow + 1, column: 2, style: Style(dim: true, color: .muted), maxWidth: width)
        let listRows = max(0, rows - Self.headerRows)
        for (offset, index) in (top..<min(hits.count, top + listRows)).enumerated() {
            renderHit(hits[index], selected: index == selected, into: &frame, row: firstRow + Self.headerRows + offset)
        }
    }

    /// One row: pointer, section title, a dash, and the context with every match in it underlined.
    func renderHit(_ hit: SearchHit, selected isSelected: Bool, into frame: inout Frame, row: Int) {
        let base = isSelected ? Style(bold: true, reverse: true) : Style.plain
        if isSelected { frame.fill(row: row, from: 1, width: frame.width - 2, style: base) }
        let right = frame.width - 2
        var x = 1
        x += frame.put(isSelected ? "› " : "  ", row: row, column: x, style: base)
        let title = hit.sectionTitle
        x += frame.put(title, row: row, column: x, style: base.merged(with: Style(bold: true)),
                       maxWidth: min(DisplayWidth.of(title), max(8, (right - x) / 3)))
        x += frame.put(" — ", row: row, column: x, style: base.merged(with: Style(dim: !isSelected)))
        let match = base.merged(with: Style(bold: true, underline: true))
        for span in Self.contextSpans(of: hit, width: max(1, right - x)) {
            x += frame.put(span.text, row: row, column: x, style: span.isMatch ? match : base, maxWidth: max(0, right - x))
        }
    }

    /// The hit's line cut to `width` cells around its first match, as runs marked match or not.
    static func contextSpans(of hit: SearchHit, width: Int) -> [(text: String, isMatch: Bool)] {
        let characters = Array(hit.text)
        let window = contextWindow(of: hit, width: width, markerWidth: 1)
        var spans: [(text: String, isMatch: Bool)] = []
        if window.isCutBefore { spans.append(("…", false)) }
        var position = window.range.lowerBound
        for range in hit.ranges where range.upperBound > window.range.lowerBound && range.lowerBound < window.range.upperBound {
            let lower = max(range.lowerBound, window.range.lowerBound)
            let upper = min(range.upperBound, window.range.upperBound)
            if position < lower { spans.append((String(characters[position..<lower]), false)) }
            spans.append((String(characters[lower..<upper]), true))
            position = upper
        }
        if position < window.range.upperBound { spans.append((String(characters[position..<window.range.upperBound]), false)) }
        if window.isCutAfter { spans.append(("…", false)) }
        return spans
    }

    /// Which characters of a hit's line fit in `width` cells, leaving `markerWidth` cells for a
    /// mark at each end that is cut; the line's indentation is always dropped.
    ///
    /// A line that does not fit keeps a little text before its first match, so the match is read in
    /// context, and fills the rest after it; space left over at the end goes back before the match.
    static func contextWindow(of hit: SearchHit, width: Int, markerWidth: Int) -> (range: Range<Int>, isCutBefore: Bool, isCutAfter: Bool) {
        let characters = Array(hit.text)
        let first = characters.firstIndex { $0 != " " } ?? characters.count
        func cells(_ from: Int, _ to: Int) -> Int { characters[from..<to].reduce(0) { $0 + DisplayWidth.of($1) } }
        func fits(_ start: Int, _ end: Int) -> Bool {
            cells(start, end) + (start > first ? markerWidth : 0) + (end < characters.count ? markerWidth : 0) <= width
        }
        guard !fits(first, characters.count) else { return (first..<characters.count, false, false) }
        let matchStart = min(max(first, hit.range.lowerBound), characters.count)
        let lead = max(4, (width - 2 * markerWidth - cells(matchStart, min(hit.range.upperBound, characters.count))) / 3)
        var start = matchStart
        while start > first, cells(start - 1, matchStart) <= lead { start -= 1 }
        var end = characters.count
        while end > start + 1, !fits(start, end) { end -= 1 }
        while start > first, fits(start - 1, end) { start -= 1 }
        return (start..<end, start > first, end < characters.count)
    }
}

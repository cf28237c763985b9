import TutorCore

/// Shows one section as wrapped Markdown with scrolling and a position indicator.
///
/// The layout is cached for the current width and recomputed only on resize, so scrolling never
/// re-wraps the text.
public struct ReaderScreen: Hashable, Sendable {
    /// What a key asked the reader's owner to do.
    public enum Action: Hashable, Sendable {
        case back
        case next
        case previous
    }

    public let section: Section
    private let blocks: [MarkdownBlock]
    public private(set) var lines: [StyledLine] = []
    public private(set) var layoutWidth = 0
    /// The first visible line.
    public private(set) var top: Int
    /// The query whose matches are highlighted (ReaderScreen+Search.swift), if any.
    public internal(set) var searchQuery: String?
    /// The matches of `searchQuery` in the current layout: line index → character ranges.
    public internal(set) var searchMatches: [Int: [Range<Int>]] = [:]
    /// The line of the hit `n`/`N` last moved to.
    public internal(set) var currentHitLine: Int?

    /// Left and right margin in cells, so text does not touch the terminal's edge.
    public static let margin = 2

    public init(section: Section, top: Int = 0) {
        self.section = section
        blocks = MarkdownParser.parse(section.body)
        self.top = max(0, top)
    }

    /// Lays the text out for a frame width; cheap when the width has not changed.
    public mutating func layout(width: Int) {
        let textWidth = max(10, width - 2 * Self.margin)
        guard textWidth != layoutWidth else { return }
        // Keep the reader's place across a resize by remembering the fraction read.
        let fraction = lines.isEmpty ? 0 : Double(top) / Double(max(1, lines.count))
        let hadLayout = !lines.isEmpty
        var laid = MarkdownRenderer.render([.heading(level: 1, text: section.title)], width: textWidth)
        laid.append(.empty)
        laid += MarkdownRenderer.render(blocks, width: textWidth)
        lines = laid
        layoutWidth = textWidth
        if hadLayout { top = Int((fraction * Double(lines.count)).rounded(.down)) }
        if searchQuery != nil { findMatches() }
    }

    public func maxTop(visibleRows: Int) -> Int { max(0, lines.count - visibleRows) }

    /// Whether the last line is on screen: the section counts as read.
    public func atEnd(visibleRows: Int) -> Bool { top + visibleRows >= lines.count }

    public mutating func handle(_ key: Key, visibleRows: Int) -> Action? {
        let page = max(1, visibleRows - 1)
        switch key {
        case .up, .character("k"): scroll(to: top - 1, visibleRows: visibleRows)
        case .down, .character("j"), .enter: scroll(to: top + 1, visibleRows: visibleRows)
        case .pageUp, .character("b"): scroll(to: top - page, visibleRows: visibleRows)
        case .pageDown, .character(" "), .character("f"): scroll(to: top + page, visibleRows: visibleRows)
        case .home, .character("g"): scroll(to: 0, visibleRows: visibleRows)
        case .end, .character("G"): scroll(to: Int.max / 2, visibleRows: visibleRows)
        case .escape, .left, .backspace, .character("h"), .character("q"): return .back
        case .character("n"): return .next
        case .character("p"): return .previous
        default: break
        }
        return nil
    }

    public mutating func scroll(to line: Int, visibleRows: Int) {
        top = min(max(0, line), maxTop(visibleRows: visibleRows))
    }

    /// Clamps the position after a resize changed the number of lines or rows.
    public mutating func clamp(visibleRows: Int) {
        top = min(top, maxTop(visibleRows: visibleRows))
    }

    /// "line 12–40 of 120 · 33%", always computed for what is on screen.
    public func position(visibleRows: Int) -> String {
        let total = max(1, lines.count)
        let last = min(total, top + visibleRows)
        let percent = lines.count <= visibleRows ? 100 : Int((Double(last) / Double(total) * 100).rounded(.down))
        return "\(top + 1)–\(last)/\(total) \(percent)%"
    }

    /// Draws the visible lines; `layout(width:)` must have been called for this width.
    public func render(into frame: inout Frame, firstRow: Int, rows: Int) {
        let width = frame.width - 2 * Self.margin
        for (offset, index) in (top..<min(lines.count, top + rows)).enumerated() {
            lines[index].draw(into: &frame, row: firstRow + offset, column: Self.margin, maxWidth: width)
            highlightMatches(onLine: index, into: &frame, row: firstRow + offset, maxWidth: width)
        }
    }
}

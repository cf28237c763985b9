/// A scrollable list of choices with a selection, driven by arrows, j/k, numbers, PgUp/PgDn, Home/End.
public struct MenuScreen: Hashable, Sendable {
    /// One row of the menu.
    public struct Item: Hashable, Sendable {
        public var title: String
        /// A short dim label on the right, such as "lesson".
        public var tag: String
        /// Whether the item is done (a section read to the end); shown as ✓ and the word "read".
        public var done: Bool
        /// The key that jumps to the item, shown before its title; items without one are reached by moving.
        public var shortcut: Character?

        public init(title: String, tag: String = "", done: Bool = false, shortcut: Character? = nil) {
            self.title = title
            self.tag = tag
            self.done = done
            self.shortcut = shortcut
        }
    }

    /// What a key asked the menu's owner to do.
    public enum Action: Hashable, Sendable {
        case open(Int)
        case back
    }

    public var items: [Item]
    public private(set) var selected = 0
    /// The first visible row; kept so the selection stays in view without jumping.
    public private(set) var top = 0

    /// A menu whose first nine items are numbered 1–9, the usual case.
    public static func numbered(_ items: [Item]) -> MenuScreen {
        MenuScreen(items: items.enumerated().map { index, item in
            var numbered = item
            if index < 9 { numbered.shortcut = Character(String(index + 1)) }
            return numbered
        })
    }

    public init(items: [Item], selected: Int = 0) {
        self.items = items
        self.selected = items.isEmpty ? 0 : min(max(0, selected), items.count - 1)
    }

    /// Handles a key for a menu showing `visibleRows` rows; returns an action for the owner, if any.
    public mutating func handle(_ key: Key, visibleRows: Int) -> Action? {
        let page = max(1, visibleRows - 1)
        switch key {
        case .up, .character("k"): move(to: selected - 1)
        case .down, .character("j"): move(to: selected + 1)
        case .pageUp: move(to: selected - page)
        case .pageDown: move(to: selected + page)
        case .home, .character("g"): move(to: 0)
        case .end, .character("G"): move(to: items.count - 1)
        case .enter, .right, .character("l"):
            return items.isEmpty ? nil : .open(selected)
        case .escape, .left, .backspace, .character("h"):
            return .back
        case let .character(c):
            // Shortcuts are stable labels (section numbers), not positions: a "Continue" row above
            // the sections must not change what 3 means.
            if let index = items.firstIndex(where: { $0.shortcut == c }) { move(to: index) }
        default:
            break
        }
        scrollIntoView(visibleRows: visibleRows)
        return nil
    }

    public mutating func select(_ index: Int, visibleRows: Int) {
        move(to: index)
        scrollIntoView(visibleRows: visibleRows)
    }

    private mutating func move(to index: Int) {
        guard !items.isEmpty else { return }
        selected = min(max(0, index), items.count - 1)
    }

    /// Keeps the selection visible; also used after a resize shrinks the list area.
    public mutating func scrollIntoView(visibleRows: Int) {
        let rows = max(1, visibleRows)
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, items.count - rows)))
    }

    /// Draws the visible rows into `frame` between `firstRow` and `firstRow + rows`.
    public func render(into frame: inout Frame, firstRow: Int, rows: Int, left: Int = 1) {
        let width = frame.width - left * 2
        let numberWidth = 2
        for (offset, index) in (top..<min(items.count, top + rows)).enumerated() {
            let item = items[index]
            let row = firstRow + offset
            let isSelected = index == selected
            let base = isSelected ? Style(bold: true, reverse: true) : .plain
            if isSelected { frame.fill(row: row, from: left, width: width, style: base) }
            let number = item.shortcut.map(String.init) ?? ""
            let pointer = isSelected ? "›" : " "
            var x = left
            x += frame.put(pointer + " " + String(repeating: " ", count: numberWidth - number.count) + number + "  ",
                           row: row, column: x, style: base.merged(with: Style(color: isSelected ? nil : .muted)))
            let mark = item.done ? "✓ read" : ""
            let right = [item.tag, mark].filter { !$0.isEmpty }.joined(separator: "  ")
            let rightWidth = DisplayWidth.of(right)
            let titleRoom = max(1, left + width - x - rightWidth - 2)
            frame.put(item.title, row: row, column: x, style: base, maxWidth: titleRoom)
            if rightWidth > 0, left + width - rightWidth - 1 > x {
                let tagStyle = base.merged(with: Style(dim: !isSelected, color: isSelected ? nil : .muted))
                let column = left + width - rightWidth - 1
                frame.put(item.tag, row: row, column: column, style: tagStyle)
                if item.done {
                    let markColumn = column + rightWidth - DisplayWidth.of(mark)
                    frame.put(mark, row: row, column: markColumn, style: base.merged(with: Style(color: isSelected ? nil : .success)))
                }
            }
        }
    }
}

import TutorCore

/// Reading sections: opening, scrolling, read marks, next/previous.
extension AppState {
    mutating func handleReader(_ key: Key, _ current: ReaderScreen) -> [Effect] {
        var reader = current
        let before = reader.top
        var action: ReaderScreen.Action?
        if reader.searchQuery != nil, key == .character("n") || key == .character("N") {
            // With a search highlighted, n and N walk its hits instead of the sections.
            _ = key == .character("n") ? reader.nextHit(visibleRows: readerRows) : reader.previousHit(visibleRows: readerRows)
        } else {
            action = reader.handle(key, visibleRows: readerRows)
        }
        replaceTop(with: .reader(reader))
        var effects: [Effect] = []
        if reader.top != before {
            positions[reader.section.id] = reader.top
            effects.append(.scrolled(sectionID: reader.section.id, line: reader.top))
        }
        effects += markFinishedIfAtEnd()
        switch action {
        case .back:
            effects.append(.closedSection(id: reader.section.id, line: reader.top))
            lastRead = reader.section.id
            pop()
            if case .menu = route, let index = sections.firstIndex(where: { $0.id == reader.section.id }) {
                menu.select(menuRow(ofSection: index), visibleRows: menuRows)
            }
            return effects
        case .next, .previous:
            guard let index = sections.firstIndex(where: { $0.id == reader.section.id }) else { return effects }
            let target = index + (action == .next ? 1 : -1)
            guard sections.indices.contains(target) else { return effects }
            effects.append(.closedSection(id: reader.section.id, line: reader.top))
            return effects + openSection(target, replacing: true)
        case nil:
            return effects
        }
    }

    /// Opens a section at its saved line, on top of the current screen (or in place of a reader).
    mutating func openSection(_ index: Int, replacing: Bool = false) -> [Effect] {
        guard sections.indices.contains(index) else { return [] }
        let section = sections[index]
        var reader = ReaderScreen(section: section, top: positions[section.id] ?? 0)
        reader.layout(width: size.width)
        reader.clamp(visibleRows: readerRows)
        if replacing { replaceTop(with: .reader(reader)) } else { stack.append(.reader(reader)) }
        lastRead = section.id
        menu.items = menuItems()
        menu.select(menuRow(ofSection: index), visibleRows: menuRows)
        return [.openedSection(id: section.id)] + markFinishedIfAtEnd()
    }

    /// Opens a section by id (from a quiz's "taught in" link); Esc returns to where the learner was.
    mutating func openSection(id: String) -> [Effect] {
        guard let index = sections.firstIndex(where: { $0.id == id }) else {
            notice = "The section '\(id)' is not in this course."
            return []
        }
        return openSection(index)
    }

    /// A section counts as read once its last line has been on screen.
    mutating func markFinishedIfAtEnd() -> [Effect] {
        guard case let .reader(reader) = route, !isTooSmall, reader.atEnd(visibleRows: readerRows),
              !finished.contains(reader.section.id) else { return [] }
        finished.insert(reader.section.id)
        menu.items = menuItems()
        return [.finishedSection(id: reader.section.id)]
    }
}

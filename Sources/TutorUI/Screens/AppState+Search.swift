import TutorCore

/// Search (`/` in the menu and the reader) and the stats lab.
extension AppState {
    /// Screens where `/` starts a search (elsewhere it may be typed, e.g. in a fraction).
    var routeOffersSearch: Bool {
        switch route {
        case .menu, .reader: return true
        default: return false
        }
    }

    /// Screens with a text field that must receive `?` as a character.
    var routeTakesText: Bool {
        switch route {
        case .search, .lab: return true
        default: return false
        }
    }

    mutating func handleSearch(_ key: Key, _ current: SearchScreen) -> [Effect] {
        var screen = current
        let action = screen.handle(key, visibleRows: bodyRows - SearchScreen.headerRows)
        replaceTop(with: .search(screen))
        switch action {
        case let .open(sectionID, line, query):
            pop()
            guard let index = sections.firstIndex(where: { $0.id == sectionID }) else { return [] }
            var effects = openSection(index)
            guard case var .reader(reader) = route else { return effects }
            // Order matters: the highlight needs the layout, and revealing needs the highlight's lines.
            reader.layout(width: size.width)
            reader.highlight(query)
            reader.reveal(line: line, visibleRows: readerRows)
            replaceTop(with: .reader(reader))
            positions[sectionID] = reader.top
            effects.append(.scrolled(sectionID: sectionID, line: reader.top))
            return effects + markFinishedIfAtEnd()
        case .back:
            pop()
            return []
        case nil:
            return []
        }
    }

    mutating func handleLab(_ key: Key, _ current: LabScreen) -> [Effect] {
        var screen = current
        let action = screen.handle(key, visibleRows: bodyRows)
        replaceTop(with: .lab(screen))
        if action == .back { pop() }
        return []
    }
}

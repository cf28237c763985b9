import TutorCore

/// The whole application as a value: routing between the menu and the reader, help, and size.
///
/// `update` is the only way it changes and returns the effects the run loop must perform;
/// `render` is pure, so the same state always draws the same frame.
public struct AppState: Sendable {
    /// Which screen is in front.
    public enum Route: Hashable, Sendable {
        case menu
        case reader(ReaderScreen)
    }

    /// Below this the layout cannot work; a message is shown instead of a broken screen.
    public static let minimumSize = Size(width: 40, height: 12)

    public let sections: [Section]
    public private(set) var route: Route = .menu
    public private(set) var menu: MenuScreen
    public private(set) var help: HelpOverlay?
    public private(set) var size: Size
    /// Sections read to the end.
    public private(set) var finished: Set<String>
    /// The last scroll line of each section, so reopening returns to the same place.
    public private(set) var positions: [String: Int]

    public init(sections: [Section], finished: Set<String> = [], positions: [String: Int] = [:],
                size: Size = Size(width: 80, height: 24)) {
        self.sections = sections
        self.finished = finished
        self.positions = positions
        self.size = size
        menu = MenuScreen(items: [])
        menu.items = menuItems()
    }

    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    /// Rows available to the menu list: the frame minus header, subtitle, blank and footer.
    var menuRows: Int { max(1, size.height - 4) }
    /// Rows available to the reader: the frame minus header and footer.
    var readerRows: Int { max(1, size.height - 2) }

    // MARK: - Update

    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case let .resize(newSize):
            size = newSize
            if case var .reader(reader) = route {
                reader.layout(width: size.width)
                reader.clamp(visibleRows: readerRows)
                route = .reader(reader)
            }
            menu.scrollIntoView(visibleRows: menuRows)
            return []
        case .tick:
            return []
        case .terminate:
            return closeReaderEffects() + [.quit]
        case let .key(key):
            return handle(key)
        }
    }

    mutating func handle(_ key: Key) -> [Effect] {
        if key == .interrupt { return closeReaderEffects() + [.quit] }
        if help != nil {
            help = nil
            return []
        }
        if isTooSmall {
            // Only leaving makes sense until the window grows again.
            if key == .character("q") { return closeReaderEffects() + [.quit] }
            return []
        }
        if key == .character("?") {
            switch route {
            case .menu: help = HelpOverlay(title: "Keys — menu", bindings: KeyHelp.menu)
            case .reader: help = HelpOverlay(title: "Keys — reader", bindings: KeyHelp.reader)
            }
            return []
        }
        switch route {
        case .menu:
            if key == .character("q") { return [.quit] }
            switch menu.handle(key, visibleRows: menuRows) {
            case let .open(index): return open(index)
            case .back, nil: return []
            }
        case var .reader(reader):
            let before = reader.top
            let action = reader.handle(key, visibleRows: readerRows)
            route = .reader(reader)
            var effects: [Effect] = []
            if reader.top != before {
                positions[reader.section.id] = reader.top
                effects.append(.scrolled(sectionID: reader.section.id, line: reader.top))
            }
            effects += markFinishedIfAtEnd()
            switch action {
            case .back:
                let closing = closeReaderEffects()
                route = .menu
                return effects + closing
            case .next, .previous:
                guard let index = sections.firstIndex(where: { $0.id == reader.section.id }) else { return effects }
                let target = index + (action == .next ? 1 : -1)
                guard sections.indices.contains(target) else { return effects }
                return effects + closeReaderEffects() + open(target)
            case nil:
                return effects
            }
        }
    }

    mutating func open(_ index: Int) -> [Effect] {
        guard sections.indices.contains(index) else { return [] }
        let section = sections[index]
        var reader = ReaderScreen(section: section, top: positions[section.id] ?? 0)
        reader.layout(width: size.width)
        reader.clamp(visibleRows: readerRows)
        route = .reader(reader)
        menu.select(index, visibleRows: menuRows)
        return [.openedSection(id: section.id)] + markFinishedIfAtEnd()
    }

    /// A section counts as read once its last line has been on screen.
    mutating func markFinishedIfAtEnd() -> [Effect] {
        guard case let .reader(reader) = route, !isTooSmall, reader.atEnd(visibleRows: readerRows),
              !finished.contains(reader.section.id) else { return [] }
        finished.insert(reader.section.id)
        menu.items = menuItems()
        return [.finishedSection(id: reader.section.id)]
    }

    func closeReaderEffects() -> [Effect] {
        guard case let .reader(reader) = route else { return [] }
        return [.closedSection(id: reader.section.id, line: reader.top)]
    }

    func menuItems() -> [MenuScreen.Item] {
        sections.map { MenuScreen.Item(title: $0.title, tag: $0.kind == .concept ? "lesson" : "", done: finished.contains($0.id)) }
    }

    // MARK: - Render

    /// A fresh frame of `size` with the current state drawn into it.
    public func frame(size: Size) -> Frame {
        var frame = Frame(size: size)
        render(into: &frame)
        return frame
    }

    public func render(into frame: inout Frame) {
        guard frame.width >= Self.minimumSize.width, frame.height >= Self.minimumSize.height else {
            renderTooSmall(into: &frame)
            return
        }
        switch route {
        case .menu:
            renderBars(into: &frame, title: "Guide", right: "\(finished.intersection(sections.map(\.id)).count)/\(sections.count) read",
                       footer: KeyHelp.menuFooter)
            frame.put("Career guide and concept lessons for ML engineers", row: 1, column: 2,
                      style: Style(bold: true), maxWidth: frame.width - 4)
            if sections.isEmpty {
                frame.put("No sections found in the content folder.", row: 3, column: 2, maxWidth: frame.width - 4)
            }
            menu.render(into: &frame, firstRow: 3, rows: frame.height - 4)
        case let .reader(reader):
            var laidOut = reader
            laidOut.layout(width: frame.width)  // no-op when the state was laid out for this width
            renderBars(into: &frame, title: reader.section.title, right: laidOut.position(visibleRows: frame.height - 2),
                       footer: KeyHelp.readerFooter)
            laidOut.render(into: &frame, firstRow: 1, rows: frame.height - 2)
        }
        help?.render(into: &frame)
    }

    func renderBars(into frame: inout Frame, title: String, right: String, footer: String) {
        let bar = Style(reverse: true)
        frame.fill(row: 0, style: bar)
        var x = frame.put(" mltutor", row: 0, column: 0, style: bar.merged(with: Style(bold: true)))
        let rightWidth = DisplayWidth.of(right) + 1
        x += frame.put(" · ", row: 0, column: x, style: bar)
        frame.put(title, row: 0, column: x, style: bar, maxWidth: max(0, frame.width - x - rightWidth - 1))
        frame.put(right, row: 0, column: frame.width - rightWidth, style: bar)
        frame.put(" " + footer, row: frame.height - 1, column: 0, style: Style(dim: true, color: .muted))
    }

    func renderTooSmall(into frame: inout Frame) {
        let need = Self.minimumSize
        // Short lines, because the terminal is by definition narrow here.
        let messages = ["terminal too small", "need \(need.width)×\(need.height)", "now \(frame.width)×\(frame.height)", "enlarge it or press q"]
        let firstRow = max(0, (frame.height - messages.count) / 2)
        for (i, message) in messages.enumerated() {
            let column = max(0, (frame.width - DisplayWidth.of(message)) / 2)
            frame.put(message, row: firstRow + i, column: column, style: i == 0 ? Style(bold: true) : .plain)
        }
    }
}

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
    /// The section read most recently; the menu offers to continue it as its first item.
    public private(set) var lastRead: String?
    /// A message for the learner shown in the footer until replaced (a failed save, a damaged file).
    public private(set) var notice: String?

    public init(sections: [Section], finished: Set<String> = [], positions: [String: Int] = [:],
                lastRead: String? = nil, size: Size = Size(width: 80, height: 24)) {
        self.sections = sections
        self.finished = finished
        self.positions = positions
        self.lastRead = lastRead.flatMap { id in sections.contains { $0.id == id } ? id : nil }
        self.size = size
        menu = MenuScreen(items: [])
        menu.items = menuItems()
    }

    /// The menu row of the "Continue" item, when there is one; section rows follow it.
    var continueOffset: Int { lastRead == nil ? 0 : 1 }

    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    /// Rows available to the menu list: the frame minus header, subtitle, blank and footer.
    var menuRows: Int { max(1, size.height - 3 - footerHeight(size.width)) }
    /// Rows available to the reader: the frame minus header and footer.
    var readerRows: Int { max(1, size.height - 1 - footerHeight(size.width)) }

    /// The footer: the key hints, or a notice wrapped over up to three lines so a path in it stays whole.
    func footerLines(width: Int) -> [StyledLine] {
        guard let notice else { return [] }
        let style = Style(bold: true, reverse: true, color: .warning)
        let lines = TextWrapper.wrap([Span(notice, style: style)], width: max(10, width - 1),
                                     firstPrefix: [Span(" ⚠ ", style: style)], restPrefix: [Span("   ", style: style)])
        return Array(lines.prefix(3))
    }

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
        case let .notice(text):
            notice = text
            // The body just changed height: keep the selection and the reading position valid.
            menu.scrollIntoView(visibleRows: menuRows)
            if case var .reader(reader) = route {
                reader.clamp(visibleRows: readerRows)
                route = .reader(reader)
            }
            return []
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
            case let .open(row):
                if row < continueOffset, let id = lastRead, let index = sections.firstIndex(where: { $0.id == id }) {
                    return open(index)
                }
                return open(row - continueOffset)
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
                lastRead = reader.section.id
                menu.items = menuItems()
                menu.select(continueOffset + (sections.firstIndex { $0.id == reader.section.id } ?? 0), visibleRows: menuRows)
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
        lastRead = section.id
        menu.items = menuItems()
        menu.select(continueOffset + index, visibleRows: menuRows)
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
        var items: [MenuScreen.Item] = []
        if let id = lastRead, let section = sections.first(where: { $0.id == id }) {
            items.append(MenuScreen.Item(title: "Continue: \(section.title) (line \((positions[id] ?? 0) + 1))",
                                         tag: "resume", shortcut: "c"))
        }
        return items + sections.enumerated().map { index, section in
            MenuScreen.Item(title: section.title, tag: section.kind == .concept ? "lesson" : "",
                            done: finished.contains(section.id), shortcut: index < 9 ? Character(String(index + 1)) : nil)
        }
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
            menu.render(into: &frame, firstRow: 3, rows: frame.height - 3 - footerHeight(frame.width))
        case let .reader(reader):
            var laidOut = reader
            laidOut.layout(width: frame.width)  // no-op when the state was laid out for this width
            let rows = frame.height - 1 - footerHeight(frame.width)
            renderBars(into: &frame, title: reader.section.title, right: laidOut.position(visibleRows: rows),
                       footer: KeyHelp.readerFooter)
            laidOut.render(into: &frame, firstRow: 1, rows: rows)
        }
        help?.render(into: &frame)
    }

    /// Rows the footer takes at a width: one for key hints, up to three for a notice.
    func footerHeight(_ width: Int) -> Int { max(1, footerLines(width: width).count) }

    func renderBars(into frame: inout Frame, title: String, right: String, footer: String) {
        let bar = Style(reverse: true)
        frame.fill(row: 0, style: bar)
        var x = frame.put(" mltutor", row: 0, column: 0, style: bar.merged(with: Style(bold: true)))
        let rightWidth = DisplayWidth.of(right) + 1
        x += frame.put(" · ", row: 0, column: x, style: bar)
        frame.put(title, row: 0, column: x, style: bar, maxWidth: max(0, frame.width - x - rightWidth - 1))
        frame.put(right, row: 0, column: frame.width - rightWidth, style: bar)
        let noticeLines = footerLines(width: frame.width)
        if !noticeLines.isEmpty {
            // A warning takes the footer: the keys are still one `?` away, the warning is not.
            let first = frame.height - noticeLines.count
            for (offset, line) in noticeLines.enumerated() {
                frame.fill(row: first + offset, style: Style(bold: true, reverse: true, color: .warning))
                line.draw(into: &frame, row: first + offset, column: 0, maxWidth: frame.width)
            }
        } else {
            frame.put(" " + footer, row: frame.height - 1, column: 0, style: Style(dim: true, color: .muted))
        }
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

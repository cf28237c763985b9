import TutorCore

/// The skills checklist: every skill of the catalogue grouped "Technical" and "Soft", each marked
/// `[✓] have`, `[~] learning` or `[ ] not yet` (symbol and word, never colour alone).
///
/// The screen keeps its own copy of the levels and changes it as keys are pressed, so it redraws
/// at once; each change is also returned as `.setLevel` for the owner to store in `Progress`.
public struct SkillsScreen: Hashable, Sendable {
    /// What a key asked the checklist's owner to do.
    public enum Action: Hashable, Sendable {
        /// The learner changed a skill's level (nil: forget the assessment; shown as "not yet").
        case setLevel(skillID: String, level: SkillLevel?)
        /// Open the section that teaches the selected skill.
        case openSection(id: String)
        case back
    }

    /// One row of the list before the selected skill's details are inserted.
    enum Row: Hashable, Sendable {
        case heading(Skill.Kind)
        case skill(Int)
        case blank
    }

    /// The skills in display order: technical first, then soft, each in catalogue order.
    public let skills: [Skill]
    public private(set) var levels: [String: SkillLevel]
    /// Index into `skills`.
    public private(set) var selected = 0
    /// The first visible row.
    public private(set) var top = 0
    /// Section titles by id, to say where Enter leads; ids without a title are shown as they are.
    public let sectionTitles: [String: String]
    let rows: [Row]

    /// Rows the selected skill's details take under it when laid out on one line each (why, Enter).
    static let detailRows = 2
    /// Width of the level column: `[~] learning` and two spaces.
    static let levelWidth = 14

    public init(skills: [Skill], levels: [String: SkillLevel], sectionTitles: [String: String] = [:]) {
        let technical = skills.filter { $0.kind == .technical }
        let soft = skills.filter { $0.kind == .soft }
        self.skills = technical + soft
        self.levels = levels
        self.sectionTitles = sectionTitles
        var rows: [Row] = []
        if !technical.isEmpty {
            rows.append(.heading(.technical))
            rows += technical.indices.map { .skill($0) }
        }
        if !soft.isEmpty {
            if !rows.isEmpty { rows.append(.blank) }
            rows.append(.heading(.soft))
            rows += soft.indices.map { .skill(technical.count + $0) }
        }
        self.rows = rows
    }

    public var selectedSkill: Skill? { skills.indices.contains(selected) ? skills[selected] : nil }

    /// The level shown for a skill; a skill never marked shows as "not yet".
    public func level(of skillID: String) -> SkillLevel? { levels[skillID] }

    // MARK: - Keys

    /// Handles a key for a list showing `visibleRows` rows; returns an action for the owner, if any.
    ///
    /// Level keys change the screen's own copy of the levels first, so the caller only has to store
    /// the change; a key that would set the level a skill already has returns nil.
    public mutating func handle(_ key: Key, visibleRows: Int) -> Action? {
        let page = max(1, visibleRows - 1 - Self.detailRows)
        var action: Action?
        switch key {
        case .up, .character("k"): move(to: selected - 1)
        case .down, .character("j"): move(to: selected + 1)
        case .pageUp: move(to: selected - page)
        case .pageDown: move(to: selected + page)
        case .home, .character("g"): move(to: 0)
        case .end, .character("G"): move(to: skills.count - 1)
        case .character(" "), .character("l"), .right: action = cycle(by: 1)
        case .character("h"), .left: action = cycle(by: -1)
        case .character("1"): action = set(.have)
        case .character("2"): action = set(.learning)
        case .character("3"): action = set(.notYet)
        case .character("0"), .delete: action = set(nil)
        case .enter:
            if let skill = selectedSkill { action = .openSection(id: skill.sectionID) }
        case .escape, .backspace, .character("q"): return .back
        default: break
        }
        scrollIntoView(visibleRows: visibleRows)
        return action
    }

    /// Selects the skill at `index` in display order (clamped), for example to return to where the learner was.
    public mutating func select(_ index: Int, visibleRows: Int) {
        move(to: index)
        scrollIntoView(visibleRows: visibleRows)
    }

    private mutating func move(to index: Int) {
        guard !skills.isEmpty else { return }
        selected = min(max(0, index), skills.count - 1)
    }

    /// Forward goes not yet → learning → have → not yet; an unmarked skill counts as not yet.
    static let cycleOrder: [SkillLevel] = [.notYet, .learning, .have]

    private mutating func cycle(by step: Int) -> Action? {
        guard let skill = selectedSkill else { return nil }
        let current = Self.cycleOrder.firstIndex(of: levels[skill.id] ?? .notYet) ?? 0
        let count = Self.cycleOrder.count
        return set(Self.cycleOrder[((current + step) % count + count) % count])
    }

    /// Sets the selected skill's level; nil when there is no skill or nothing changed (no save needed).
    private mutating func set(_ level: SkillLevel?) -> Action? {
        guard let skill = selectedSkill, levels[skill.id] != level else { return nil }
        levels[skill.id] = level
        return .setLevel(skillID: skill.id, level: level)
    }

    /// The row of the selected skill in `rows`.
    var selectedRow: Int { rows.firstIndex(of: .skill(selected)) ?? 0 }

    /// Whether the row just above the selected skill is its group's heading, to be shown with it.
    var headingAboveSelection: Bool {
        let row = selectedRow
        guard row > 0, case .heading = rows[row - 1] else { return false }
        return true
    }

    /// Keeps the selected skill and its details in view; also call it after a resize.
    public mutating func scrollIntoView(visibleRows: Int) {
        top = Self.viewTop(from: top, selectedRow: selectedRow, headingAbove: headingAboveSelection,
                           blockHeight: 1 + Self.detailRows, totalRows: rows.count + Self.detailRows,
                           visibleRows: visibleRows)
    }

    /// The first visible row that shows the selected block, moving as little as possible from `top`.
    /// The first skill of a group brings its heading into view with it when scrolling up.
    static func viewTop(from top: Int, selectedRow: Int, headingAbove: Bool, blockHeight: Int, totalRows: Int,
                        visibleRows: Int) -> Int {
        let rows = max(1, visibleRows)
        var t = top
        let wanted = headingAbove ? selectedRow - 1 : selectedRow
        if wanted < t { t = wanted }
        if selectedRow + blockHeight > t + rows { t = selectedRow + blockHeight - rows }
        // A block taller than the window shows its top: the selected skill matters more than its details.
        if selectedRow < t { t = selectedRow }
        return max(0, min(t, max(0, totalRows - rows)))
    }

    // MARK: - Drawing

    /// The label for a level, symbol and word: `[✓] have`, `[~] learning`, `[ ] not yet`.
    public static func label(_ level: SkillLevel?) -> String {
        switch level {
        case .have: "[✓] have"
        case .learning: "[~] learning"
        case .notYet, nil: "[ ] not yet"
        }
    }

    /// Every line at a frame width, with the selected skill's details under it; also returns the
    /// line of the selected skill and the height of its block.
    func lines(width: Int) -> (lines: [StyledLine], selectedLine: Int, blockHeight: Int) {
        let inner = max(10, width)
        var lines: [StyledLine] = []
        var selectedLine = 0
        var blockHeight = 1
        let tallies = Dictionary(grouping: skills, by: \.kind).mapValues { SkillTally(skills: $0, levels: levels) }
        for row in rows {
            switch row {
            case .blank:
                lines.append(.empty)
            case let .heading(kind):
                let tally = tallies[kind] ?? SkillTally(have: 0, learning: 0, notYet: 0)
                let title = kind == .technical ? "Technical" : "Soft"
                let counts = "  \(tally.have) have · \(tally.learning) learning · \(tally.notYet) not yet"
                // The counts are a summary of the rows below: on a narrow terminal they are left out, not cut.
                lines.append(StyledLine([
                    Span(title, style: Style(bold: true, underline: true, color: .heading)),
                    Span(DisplayWidth.of(title + counts) <= inner ? counts : "", style: Style(dim: true, color: .muted)),
                ]))
            case let .skill(index):
                let skill = skills[index]
                let isSelected = index == selected
                let level = levels[skill.id]
                let levelStyle: Style = switch level {
                case .have: Style(bold: true, color: .success)
                case .learning: Style(color: .warning)
                case .notYet, nil: Style(color: .muted)
                }
                lines.append(StyledLine([
                    Span(isSelected ? "› " : "  "),
                    Span(Meter.fit(Self.label(level), width: Self.levelWidth), style: isSelected ? .plain : levelStyle),
                    Span(Self.cut(skill.name, width: inner - 2 - Self.levelWidth)),
                ]))
                guard isSelected else { continue }
                selectedLine = lines.count - 1
                let indent = String(repeating: " ", count: 2 + Self.levelWidth)
                let detail = Style(italic: true, color: .muted)
                let why = TextWrapper.wrap([Span(skill.why, style: detail)], width: inner,
                                           firstPrefix: [Span(indent)], restPrefix: [Span(indent)])
                let title = sectionTitles[skill.sectionID] ?? skill.sectionID
                let enter = StyledLine([Span(indent), Span("Enter", style: Style(bold: true)),
                                        Span(Self.cut(" reads “\(title)”", width: inner - indent.count - 5),
                                             style: Style(dim: true, color: .muted))])
                lines += why + [enter]
                blockHeight = 1 + why.count + 1
            }
        }
        return (lines, selectedLine, blockHeight)
    }

    /// `text` cut with "…" to at most `width` cells, without padding.
    static func cut(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var fitted = Meter.fit(text, width: max(1, width))
        while fitted.last == " " { fitted.removeLast() }
        return fitted
    }

    /// Draws the visible rows between `firstRow` and `firstRow + rows`, the selected skill in reverse video.
    public func render(into frame: inout Frame, firstRow: Int, rows: Int, left: Int = 1) {
        let width = frame.width - 2 * left
        guard !skills.isEmpty else {
            frame.put("No skills checklist in this course (no skills.yaml).", row: firstRow, column: left + 1,
                      style: Style(dim: true, color: .muted), maxWidth: width - 1)
            return
        }
        let laid = lines(width: width)
        // `top` assumed one line of details; a narrow frame wraps the why line, so adjust here.
        let start = Self.viewTop(from: top, selectedRow: laid.selectedLine, headingAbove: headingAboveSelection,
                                 blockHeight: laid.blockHeight, totalRows: laid.lines.count, visibleRows: rows)
        for (offset, index) in (start..<min(laid.lines.count, start + rows)).enumerated() {
            let row = firstRow + offset
            if index == laid.selectedLine {
                let style = Style(bold: true, reverse: true)
                frame.fill(row: row, from: left, width: width, style: style)
                laid.lines[index].draw(into: &frame, row: row, column: left, maxWidth: width, base: style)
            } else {
                laid.lines[index].draw(into: &frame, row: row, column: left, maxWidth: width)
            }
        }
    }
}

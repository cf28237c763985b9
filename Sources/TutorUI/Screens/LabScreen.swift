import TutorCore

/// The stats lab: pick a test, type or paste data, run it, read the worked computation.
public struct LabScreen: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case back
    }

    /// Which part takes the keys.
    public enum Focus: Hashable, Sendable {
        case tests
        case data
        case parameters
    }

    public private(set) var tests: MenuScreen
    public private(set) var focus: Focus = .tests
    public private(set) var data: TextArea
    public private(set) var parameters: LineEditor
    /// The worked computation of the last run, or the error that stopped it.
    public private(set) var result: [String] = []
    public private(set) var failed = false
    private var resultTop = 0

    public init() {
        tests = MenuScreen.numbered(LabTest.allCases.map { MenuScreen.Item(title: $0.title) })
        data = TextArea(LabTest.oneSampleT.example)
        parameters = LineEditor(LabTest.oneSampleT.exampleParameters)
    }

    public var test: LabTest { LabTest.allCases[tests.selected] }

    public mutating func handle(_ key: Key, visibleRows: Int) -> Action? {
        // Running works from anywhere in the lab.
        if key == .function(5) || key == .control("r") {
            run()
            return nil
        }
        switch focus {
        case .tests:
            let before = tests.selected
            switch tests.handle(key, visibleRows: LabTest.allCases.count) {
            case .open: focus = .data
            case .back: return .back
            case nil:
                if key == .tab { focus = .data }
                if key == .character("q") { return .back }
            }
            if tests.selected != before {
                data = TextArea(test.example)
                parameters = LineEditor(test.exampleParameters)
                result = []
            }
        case .data:
            switch key {
            case .escape: focus = .tests
            case .tab: focus = test.parameters.isEmpty ? .tests : .parameters
            case .backTab: focus = .tests
            case .pageDown: resultTop += max(1, visibleRows / 2)
            case .pageUp: resultTop = max(0, resultTop - max(1, visibleRows / 2))
            default: _ = data.handle(key)
            }
        case .parameters:
            switch key {
            case .escape, .tab: focus = .tests
            case .backTab: focus = .data
            case .enter: run()
            default: _ = parameters.handle(key)
            }
        }
        return nil
    }

    /// Runs the chosen test on the data; a problem shows as `lab:line: message` in place of the result.
    public mutating func run() {
        resultTop = 0
        do {
            let worked = try test.run(data: data.text, parameters: parameters.string)
            result = [worked.title, ""] + worked.lines
            failed = false
        } catch let error as LabInputError {
            result = [error.description]
            failed = true
        } catch {
            result = ["\(error)"]
            failed = true
        }
    }

    public func render(into frame: inout Frame, firstRow: Int, rows: Int) {
        let listWidth = min(30, max(20, frame.width / 3))
        frame.put("Tests", row: firstRow, column: 2, style: Style(bold: true, underline: focus == .tests))
        tests.render(into: &frame, firstRow: firstRow + 1, rows: min(LabTest.allCases.count, rows - 1), left: 1)
        // The list items are drawn full width by MenuScreen; clear the right part for the data column.
        let right = listWidth + 2
        let width = max(10, frame.width - right - 2)
        for r in firstRow..<(firstRow + rows) { frame.fill(row: r, from: right - 1, width: frame.width - right + 1, style: .plain) }
        var row = firstRow
        frame.put("Data: " + test.dataHint, row: row, column: right, style: Style(bold: true, underline: focus == .data), maxWidth: width)
        row += 1
        let dataRows = max(3, min(8, rows / 3))
        data.render(into: &frame, firstRow: row, rows: dataRows, column: right, width: width, focused: focus == .data)
        row += dataRows
        if !test.parameters.isEmpty {
            let label = test.parameters.joined(separator: " ") + ": "
            frame.put(label, row: row, column: right, style: Style(bold: true, underline: focus == .parameters))
            parameters.render(into: &frame, row: row, column: right + DisplayWidth.of(label), width: min(20, width - DisplayWidth.of(label)),
                              focused: focus == .parameters)
            row += 1
        }
        row += 1
        guard row < firstRow + rows else { return }
        if result.isEmpty {
            frame.put("Ctrl-R or F5 runs the test; the worked computation appears here.", row: row, column: right,
                      style: Style(dim: true), maxWidth: width)
            return
        }
        let style = failed ? Style(bold: true, color: .danger) : Style.plain
        var lines: [StyledLine] = []
        for (index, text) in result.enumerated() {
            let lineStyle = index == 0 && !failed ? Style(bold: true) : style
            lines += TextWrapper.wrap([Span(text, style: lineStyle)], width: width, restPrefix: [Span("  ")])
        }
        let available = firstRow + rows - row
        let top = min(resultTop, max(0, lines.count - available))
        for (offset, line) in lines.dropFirst(top).prefix(available).enumerated() {
            line.draw(into: &frame, row: row + offset, column: right, maxWidth: width)
        }
    }
}

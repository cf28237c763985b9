import TutorCore

/// What the learner has entered so far for one question, for every question type.
///
/// Choice indices here are *displayed* positions; a submitted `Response` carries the indices of the
/// quiz file, so grading never depends on the shuffle.
public struct AnswerInput: Hashable, Sendable {
    public enum State: Hashable, Sendable {
        case single(cursor: Int)
        case multiple(cursor: Int, selected: Set<Int>)
        /// Cursor 0 is True, 1 is False.
        case trueFalse(cursor: Int)
        case numeric(LineEditor)
        case matrix(cells: [[LineEditor]], row: Int, column: Int)
    }

    /// The result of a key: an answer to grade, or a hint when the input cannot be an answer yet.
    public enum Outcome: Hashable, Sendable {
        case submit(Response, typed: String?)
        case hint(String)
    }

    public private(set) var state: State

    public init(for question: Question) {
        switch question.kind {
        case .single: state = .single(cursor: 0)
        case .multiple: state = .multiple(cursor: 0, selected: [])
        case .trueFalse: state = .trueFalse(cursor: 0)
        case .numeric: state = .numeric(LineEditor())
        case let .matrix(answer, _):
            let columns = answer.first?.count ?? 1
            state = .matrix(cells: Array(repeating: Array(repeating: LineEditor(), count: columns), count: max(1, answer.count)),
                            row: 0, column: 0)
        }
    }

    /// Handles a key; `choices` are the question's choices in displayed order.
    public mutating func handle(_ key: Key, question: Question, choices: [(original: Int, text: String)]) -> Outcome? {
        switch state {
        case let .single(cursor):
            if let digit = Self.digit(key), digit < choices.count {
                state = .single(cursor: digit)
                return .submit(.choice(choices[digit].original), typed: nil)
            }
            switch key {
            case .up, .character("k"): state = .single(cursor: max(0, cursor - 1))
            case .down, .character("j"): state = .single(cursor: min(choices.count - 1, cursor + 1))
            case .enter: return .submit(.choice(choices[cursor].original), typed: nil)
            default: break
            }
        case .multiple(let cursor, var selected):
            if let digit = Self.digit(key), digit < choices.count {
                selected.formSymmetricDifference([digit])
                state = .multiple(cursor: digit, selected: selected)
                return nil
            }
            switch key {
            case .up, .character("k"): state = .multiple(cursor: max(0, cursor - 1), selected: selected)
            case .down, .character("j"): state = .multiple(cursor: min(choices.count - 1, cursor + 1), selected: selected)
            case .character(" "), .character("x"):
                selected.formSymmetricDifference([cursor])
                state = .multiple(cursor: cursor, selected: selected)
            case .enter:
                guard !selected.isEmpty else { return .hint("select at least one option (Space toggles), then Enter") }
                return .submit(.choices(Set(selected.map { choices[$0].original })), typed: nil)
            default: break
            }
        case let .trueFalse(cursor):
            switch key {
            case .character("t"), .character("T"), .character("1"): return .submit(.truth(true), typed: nil)
            case .character("f"), .character("F"), .character("2"): return .submit(.truth(false), typed: nil)
            case .up, .down, .character("j"), .character("k"): state = .trueFalse(cursor: 1 - cursor)
            case .enter: return .submit(.truth(cursor == 0), typed: nil)
            default: break
            }
        case var .numeric(editor):
            if key == .enter {
                let typed = editor.string
                guard case let .numeric(_, _, percent) = question.kind else { return nil }
                do {
                    let value = try NumericAnswer.parse(typed, percent: percent)
                    return .submit(.number(value), typed: typed)
                } catch {
                    return .hint(Self.numberHint(error, percent: percent))
                }
            }
            if editor.handle(key) { state = .numeric(editor) }
        case .matrix(var cells, var row, var column):
            switch key {
            case .tab, .right:
                (row, column) = Self.step(row, column, by: 1, rows: cells.count, columns: cells[0].count)
            case .backTab, .left:
                (row, column) = Self.step(row, column, by: -1, rows: cells.count, columns: cells[0].count)
            case .up: row = max(0, row - 1)
            case .down: row = min(cells.count - 1, row + 1)
            case .enter:
                var values: [[Double]] = []
                for (r, cellRow) in cells.enumerated() {
                    var parsed: [Double] = []
                    for (c, cell) in cellRow.enumerated() {
                        do {
                            parsed.append(try NumericAnswer.parse(cell.string))
                        } catch {
                            state = .matrix(cells: cells, row: r, column: c)
                            return .hint("row \(r + 1), column \(c + 1): \(Self.numberHint(error, percent: false))")
                        }
                    }
                    values.append(parsed)
                }
                let typed = cells.map { $0.map(\.string).joined(separator: " ") }.joined(separator: "; ")
                return .submit(.matrix(values), typed: typed)
            default:
                var cell = cells[row][column]
                if cell.handle(key) { cells[row][column] = cell }
            }
            state = .matrix(cells: cells, row: row, column: column)
        }
        return nil
    }

    /// A hint that says what was wrong and what would work, never a crash or a counted answer.
    static func numberHint(_ error: NumericAnswer.ParseError, percent: Bool) -> String {
        let examples = percent ? "12.5, 12.5% or 1/8" : "0.25, 3/4, -1.5 or 1e-3"
        return "\(error.description) — type a number such as \(examples)"
    }

    static func digit(_ key: Key) -> Int? {
        guard case let .character(c) = key, let value = c.wholeNumberValue, value >= 1, value <= 9 else { return nil }
        return value - 1
    }

    static func step(_ row: Int, _ column: Int, by delta: Int, rows: Int, columns: Int) -> (Int, Int) {
        let flat = (row * columns + column + delta + rows * columns) % (rows * columns)
        return (flat / columns, flat % columns)
    }
}

import TutorCore

/// Reads one typed line as the answer to a question, or explains what would count as one.
///
/// Plain mode has no cursor to move, so every question type takes text: the number of a choice,
/// several numbers, t or f, a number, or a matrix written row by row.
enum PlainAnswer {
    enum Outcome: Hashable, Sendable {
        case answer(Response, typed: String?)
        /// The line is not an answer yet; nothing is counted. The text says what would work.
        case hint(String)
    }

    /// How to answer, printed under each question.
    static func instructions(for question: Question) -> String {
        switch question.kind {
        case let .single(choices, _):
            return "Type the number of your answer (1 to \(choices.count))."
        case .multiple:
            return "Type the numbers of every right answer, separated by spaces (such as 1 3)."
        case .trueFalse:
            return "True or false? Type t or f."
        case let .numeric(_, _, percent):
            return percent ? "Type a percentage (such as 12.5 or 12.5%)." : "Type a number (such as 0.25, 3/4 or 1e-3)."
        case let .matrix(answer, _):
            return "Type the \(shape(answer)) matrix row by row, rows separated by ; (such as \(example(answer)))."
        }
    }

    /// Parses `line`; `choices` are the question's choices in the order they were shown.
    static func parse(_ line: String, question: Question, choices: [(original: Int, text: String)]) -> Outcome {
        let text = line.withoutSurroundingSpace
        switch question.kind {
        case .single:
            guard let number = Int(text), (1...choices.count).contains(number) else {
                return .hint("type the number of one choice, from 1 to \(choices.count)")
            }
            return .answer(.choice(choices[number - 1].original), typed: nil)
        case .multiple:
            let parts = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            var picked = Set<Int>()
            for part in parts {
                guard let number = Int(part), (1...choices.count).contains(number) else {
                    return .hint("'\(part)' is not a choice: type numbers from 1 to \(choices.count), such as 1 3")
                }
                picked.insert(choices[number - 1].original)
            }
            guard !picked.isEmpty else { return .hint("type at least one choice number, such as 1 3") }
            return .answer(.choices(picked), typed: nil)
        case .trueFalse:
            switch text.lowercased() {
            case "t", "true", "1": return .answer(.truth(true), typed: nil)
            case "f", "false", "2": return .answer(.truth(false), typed: nil)
            default: return .hint("type t for true or f for false")
            }
        case let .numeric(_, _, percent):
            do {
                return .answer(.number(try NumericAnswer.parse(text, percent: percent)), typed: text)
            } catch {
                return .hint(AnswerInput.numberHint(error, percent: percent))
            }
        case let .matrix(answer, _):
            let rows: [[Double]]
            do {
                rows = try NumericAnswer.parseMatrix(text)
            } catch {
                return .hint(AnswerInput.numberHint(error, percent: false) + "; rows are separated by ;")
            }
            // A matrix of the wrong shape is a typing slip, not an answer: the full-screen tutor's
            // grid of cells cannot produce one either.
            guard rows.count == answer.count, zip(rows, answer).allSatisfy({ $0.count == $1.count }) else {
                return .hint("expected a \(shape(answer)) matrix: \(answer.count) rows of \(answer.first?.count ?? 0) numbers, such as \(example(answer))")
            }
            return .answer(.matrix(rows), typed: rows.map { $0.map(AnswerText.number).joined(separator: " ") }.joined(separator: "; "))
        }
    }

    /// "2 by 2": read aloud well, unlike "2×2".
    static func shape(_ answer: [[Double]]) -> String {
        "\(answer.count) by \(answer.first?.count ?? 0)"
    }

    /// A made-up matrix of the answer's shape, to show the format without giving anything away.
    static func example(_ answer: [[Double]]) -> String {
        let columns = answer.first?.count ?? 1
        return (0..<answer.count).map { row in
            (0..<columns).map { String(row * columns + $0 + 1) }.joined(separator: " ")
        }.joined(separator: "; ")
    }
}

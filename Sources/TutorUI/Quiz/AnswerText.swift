import TutorCore

/// Plain-text renderings of answers for feedback and review screens.
public enum AnswerText {
    /// A number for reading: whole numbers as they are, others to 6 significant digits (a computed
    /// answer such as 6.679357649217634 reads as 6.67936; the tolerance shown beside it says how close
    /// an answer must be).
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return NumberFormatting.format(value, significantDigits: 6)
    }

    /// The right answer, using the choice numbers the learner saw.
    public static func correct(_ question: Question, choices: [(original: Int, text: String)]) -> String {
        switch question.kind {
        case let .single(_, answer):
            return label(answer, in: choices)
        case let .multiple(_, answers):
            return answers.sorted { position(of: $0, in: choices) < position(of: $1, in: choices) }
                .map { label($0, in: choices) }.joined(separator: "; ")
        case let .trueFalse(answer):
            return answer ? "True" : "False"
        case let .numeric(answer, tolerance, percent):
            return number(answer) + (percent ? "%" : "") + " (accepted \(tolerance.description))"
        case let .matrix(answer, tolerance):
            return matrix(answer) + " (each entry \(tolerance.description))"
        }
    }

    /// What the learner gave, in the same terms.
    public static func given(_ record: AnswerRecord?, question: Question, choices: [(original: Int, text: String)]) -> String {
        guard let record else { return "unanswered" }
        switch record.answer {
        case let .choice(index): return label(index, in: choices)
        case let .choices(indices):
            return indices.sorted { position(of: $0, in: choices) < position(of: $1, in: choices) }
                .map { label($0, in: choices) }.joined(separator: "; ")
        case let .boolean(value): return value ? "True" : "False"
        case let .typed(text, _): return text
        case let .matrix(rows): return matrix(rows)
        case .unanswered: return "unanswered (time ran out)"
        }
    }

    public static func matrix(_ rows: [[Double]]) -> String {
        "[" + rows.map { $0.map(number).joined(separator: " ") }.joined(separator: "; ") + "]"
    }

    static func position(of original: Int, in choices: [(original: Int, text: String)]) -> Int {
        choices.firstIndex { $0.original == original } ?? original
    }

    static func label(_ original: Int, in choices: [(original: Int, text: String)]) -> String {
        let shown = position(of: original, in: choices)
        let text = choices.first { $0.original == original }?.text ?? "?"
        return "\(shown + 1)) \(text)"
    }

    /// m:ss, as the countdown shows it.
    public static func clock(_ seconds: Int) -> String {
        "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + String(seconds % 60)
    }
}

/// The answer a learner gave to one question, as stored in the progress file.
///
/// Stored with an explicit `kind` member (`{"kind": "choice", "index": 2}`) so the file stays
/// readable and independent of Swift's synthesized enum layout. Adding a case is a schema change:
/// older builds cannot read it, so bump `Progress.currentSchemaVersion` and add a migration.
public enum RecordedAnswer: Hashable, Sendable, Codable {
    /// One option of a single-choice question, by its 0-based index in the question's option list.
    case choice(Int)
    /// Several options of a multiple-choice question, sorted.
    case choices([Int])
    /// A true/false answer.
    case boolean(Bool)
    /// Typed text, with the number it parsed to when the question expects one.
    case typed(text: String, number: Double?)
    /// A matrix of numbers, row by row.
    case matrix([[Double]])
    /// The question was shown but not answered (time ran out or it was skipped).
    case unanswered

    private enum CodingKeys: String, CodingKey {
        case kind, index, indices, value, text, number, rows
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "choice": self = .choice(try c.decode(Int.self, forKey: .index))
        case "choices": self = .choices(try c.decode([Int].self, forKey: .indices))
        case "boolean": self = .boolean(try c.decode(Bool.self, forKey: .value))
        case "typed":
            self = .typed(text: try c.decode(String.self, forKey: .text),
                          number: try c.decodeIfPresent(Double.self, forKey: .number))
        case "matrix": self = .matrix(try c.decode([[Double]].self, forKey: .rows))
        case "unanswered": self = .unanswered
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: c, debugDescription: "unknown answer kind '\(kind)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .choice(let index):
            try c.encode("choice", forKey: .kind)
            try c.encode(index, forKey: .index)
        case .choices(let indices):
            try c.encode("choices", forKey: .kind)
            try c.encode(indices, forKey: .indices)
        case .boolean(let value):
            try c.encode("boolean", forKey: .kind)
            try c.encode(value, forKey: .value)
        case .typed(let text, let number):
            try c.encode("typed", forKey: .kind)
            try c.encode(text, forKey: .text)
            try c.encodeIfPresent(number, forKey: .number)
        case .matrix(let rows):
            try c.encode("matrix", forKey: .kind)
            try c.encode(rows, forKey: .rows)
        case .unanswered:
            try c.encode("unanswered", forKey: .kind)
        }
    }

    /// A short human-readable rendering, for summaries and CSV export.
    public var summary: String {
        switch self {
        case .choice(let index): "option \(index + 1)"
        case .choices(let indices): "options " + indices.map { String($0 + 1) }.joined(separator: "+")
        case .boolean(let value): value ? "true" : "false"
        case .typed(let text, _): text
        case .matrix(let rows): "[" + rows.map { $0.map { "\($0)" }.joined(separator: " ") }.joined(separator: "; ") + "]"
        case .unanswered: "unanswered"
        }
    }
}

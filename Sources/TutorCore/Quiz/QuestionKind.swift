/// The type of a question together with the data needed to grade it.
public enum QuestionKind: Hashable, Sendable {
    /// Pick exactly one choice; `answer` is a 0-based index into `choices`.
    case single(choices: [String], answer: Int)
    /// Pick every correct choice; `answers` holds 0-based indices, sorted, at least one.
    case multiple(choices: [String], answers: [Int])
    /// A statement that is either true or false.
    case trueFalse(answer: Bool)
    /// Type a number; `percent` means the value is a percentage and a typed `%` is allowed.
    case numeric(answer: Double, tolerance: Tolerance, percent: Bool)
    /// Type a matrix; every cell is compared under the same tolerance.
    case matrix(answer: [[Double]], tolerance: Tolerance)

    /// The YAML `type:` names, in the order the format documents them.
    public static let typeNames = ["single", "multiple", "truefalse", "numeric", "matrix"]

    /// The `type:` name of this kind as written in quiz files.
    public var typeName: String {
        switch self {
        case .single: return "single"
        case .multiple: return "multiple"
        case .trueFalse: return "truefalse"
        case .numeric: return "numeric"
        case .matrix: return "matrix"
        }
    }

    /// The choices shown to the learner: the listed ones, or True/False for a true/false question.
    public var choices: [String] {
        switch self {
        case .single(let choices, _), .multiple(let choices, _): return choices
        case .trueFalse: return ["True", "False"]
        case .numeric, .matrix: return []
        }
    }
}

/// What a learner answered, in the shape that matches the question's kind.
public enum Response: Hashable, Sendable {
    /// One chosen index (single choice).
    case choice(Int)
    /// The set of chosen indices (multiple choice).
    case choices(Set<Int>)
    /// True or false.
    case truth(Bool)
    /// A number, already parsed with `NumericAnswer.parse`.
    case number(Double)
    /// A matrix, already parsed cell by cell.
    case matrix([[Double]])
}

/// One quiz question: what is asked, how it is graded, and where the learner can read up on it.
public struct Question: Hashable, Sendable, Identifiable {
    /// Stable id, unique across all content; progress files key on it.
    public var id: String
    public var prompt: String
    public var kind: QuestionKind
    /// Why the right answer is right and why the most tempting wrong one is wrong.
    public var explanation: String
    public var topics: [String]
    /// The guide section to read after a wrong answer: the question's own, else the quiz's.
    public var sectionID: String?
    /// Optional per-question limit in seconds.
    public var timeLimit: Int?
    /// The 1-based line of the question in its quiz file, for messages.
    public var line: Int
    /// The generator behind a generated question (`generator:` in the quiz file), else nil.
    /// `Quiz.materialised(seed:)` replaces such a question with fresh numbers under the same id.
    public var generator: GeneratorReference?
    /// A nudge the learner may ask for before answering (`hint:` in the quiz file); asking makes a
    /// right answer count as harder for spaced review.
    public var hint: String?

    public init(
        id: String, prompt: String, kind: QuestionKind, explanation: String, topics: [String] = [],
        sectionID: String? = nil, timeLimit: Int? = nil, line: Int = 0, generator: GeneratorReference? = nil,
        hint: String? = nil
    ) {
        self.hint = hint
        self.id = id
        self.prompt = prompt
        self.kind = kind
        self.explanation = explanation
        self.topics = topics
        self.sectionID = sectionID
        self.timeLimit = timeLimit
        self.line = line
        self.generator = generator
    }

    /// Whether `response` is a right answer; a response of the wrong shape is simply wrong.
    public func grade(_ response: Response) -> Bool {
        switch (kind, response) {
        case let (.single(choices, answer), .choice(picked)):
            return picked == answer && choices.indices.contains(picked)
        case let (.multiple(_, answers), .choices(picked)):
            return picked == Set(answers)
        case let (.trueFalse(answer), .truth(picked)):
            return picked == answer
        case let (.numeric(answer, tolerance, _), .number(typed)):
            return tolerance.accepts(typed, expected: answer)
        case let (.matrix(answer, tolerance), .matrix(typed)):
            guard typed.count == answer.count else { return false }
            for (typedRow, answerRow) in zip(typed, answer) {
                guard typedRow.count == answerRow.count else { return false }
                for (cell, expected) in zip(typedRow, answerRow) where !tolerance.accepts(cell, expected: expected) {
                    return false
                }
            }
            return true
        default:
            return false
        }
    }

    /// Grades text typed for a numeric or matrix question, or says why it is not a number.
    ///
    /// A typing mistake is reported rather than graded, so the learner can correct it instead
    /// of losing the question to a stray letter.
    public func grade(typed text: String) -> Result<Bool, NumericAnswer.ParseError> {
        do throws(NumericAnswer.ParseError) {
            switch kind {
            case .numeric(_, _, let percent):
                return .success(grade(.number(try NumericAnswer.parse(text, percent: percent))))
            case .matrix:
                return .success(grade(.matrix(try NumericAnswer.parseMatrix(text))))
            case .single, .multiple, .trueFalse:
                return .failure(.notANumber(text))
            }
        } catch {
            return .failure(error)
        }
    }
}

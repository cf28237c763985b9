import Yams

/// Reads one entry of a quiz's `questions:` list, checking the answer against the question type.
enum QuestionParser {
    /// Keys a question may carry; which of them apply depends on `type`.
    static let questionKeys = ["id", "type", "prompt", "choices", "answer", "tolerance", "percent",
                               "explanation", "hint", "topics", "section", "timeLimit", "generator", "parameters"]
    /// The three tolerance rules, exactly one of which a tolerance mapping holds.
    static let toleranceKeys = ["absolute", "relative", "sigfigs"]

    /// Values a question inherits from its quiz.
    struct Defaults {
        var topic: String?
        var sectionID: String?
    }

    /// The outcome for one entry; `id` and `sectionReference` survive even when `question` is nil.
    struct Outcome {
        var question: Question?
        var id: ParsedQuiz.Located?
        var sectionReference: ParsedQuiz.Located?
    }

    static func parse(_ node: Node, defaults: Defaults, fields: inout YAMLFields) -> Outcome {
        var outcome = Outcome()
        let line = YAMLFields.line(of: node)
        let before = fields.problems.count
        guard let entry = fields.mapping(node, what: "a question", known: questionKeys) else { return outcome }

        guard let idNode = entry["id"]?.value else {
            fields.report(line, "a question needs an 'id'")
            return outcome
        }
        guard let id = fields.id(idNode, key: "id") else { return outcome }
        outcome.id = .init(id: id, line: YAMLFields.line(of: idNode))

        func required(_ key: String) -> Node? {
            if let value = entry[key]?.value { return value }
            fields.report(line, "question '\(id)' has no '\(key)'")
            return nil
        }
        var topics = defaults.topic.map { [$0] } ?? []
        if let node = entry["topics"]?.value, let values = fields.textList(node, key: "topics") {
            topics = values
        }
        var sectionID = defaults.sectionID
        if let node = entry["section"]?.value, let value = fields.id(node, key: "section") {
            sectionID = value
            outcome.sectionReference = .init(id: value, line: YAMLFields.line(of: node))
        }
        var timeLimit: Int?
        if let node = entry["timeLimit"]?.value {
            timeLimit = fields.positiveSeconds(node, key: "timeLimit")
        }
        let hint = entry["hint"].flatMap { fields.text($0.value, key: "hint") }
        if let generatorNode = entry["generator"]?.value {
            outcome.question = generated(id: id, generatorNode: generatorNode, entry: entry, line: line, topics: topics,
                                         sectionID: sectionID, timeLimit: timeLimit, problemsBefore: before, fields: &fields)
            outcome.question?.hint = hint
            return outcome
        }
        if let node = entry["parameters"]?.key {
            fields.report(YAMLFields.line(of: node), "'parameters' applies only to generator entries (add 'generator:')")
        }
        let prompt = required("prompt").flatMap { fields.text($0, key: "prompt") }
        let explanation = required("explanation").flatMap { fields.text($0, key: "explanation") }
        var kind: QuestionKind?
        if let typeNode = required("type") {
            kind = readKind(of: id, typeNode: typeNode, entry: entry, line: line, fields: &fields)
        }

        // A question with any problem is left out of the quiz so the app never shows it half-read.
        guard fields.problems.count == before, let prompt, let explanation, let kind else { return outcome }
        outcome.question = Question(id: id, prompt: prompt, kind: kind, explanation: explanation, topics: topics,
                                    sectionID: sectionID, timeLimit: timeLimit, line: line, hint: hint)
        return outcome
    }

    /// Builds the kind from `type`, `choices`, `answer`, `tolerance` and `percent`.
    private static func readKind(
        of id: String, typeNode: Node, entry: [String: (key: Node, value: Node)], line: Int, fields: inout YAMLFields
    ) -> QuestionKind? {
        guard let type = fields.text(typeNode, key: "type") else { return nil }
        guard QuestionKind.typeNames.contains(type) else {
            var message = "unknown question type '\(type)' (known: \(QuestionKind.typeNames.joined(separator: ", ")))"
            if let guess = YAMLFields.closest(to: type, in: QuestionKind.typeNames) { message += "; did you mean '\(guess)'?" }
            fields.report(YAMLFields.line(of: typeNode), message)
            return nil
        }
        // Keys that only make sense for some types are reported, since they signal a wrong `type`.
        let applicable: [String: Set<String>] = [
            "choices": ["single", "multiple"], "tolerance": ["numeric", "matrix"], "percent": ["numeric"],
        ]
        for (key, types) in applicable.sorted(by: { $0.key < $1.key }) where !types.contains(type) {
            if let node = entry[key]?.key {
                fields.report(YAMLFields.line(of: node), "'\(key)' does not apply to \(type) questions")
            }
        }
        guard let answerNode = entry["answer"]?.value else {
            fields.report(line, "question '\(id)' has no 'answer'")
            return nil
        }
        switch type {
        case "single", "multiple":
            guard let choicesNode = entry["choices"]?.value else {
                fields.report(line, "question '\(id)' is \(type) choice but has no 'choices'")
                return nil
            }
            guard let choices = choiceList(choicesNode, fields: &fields) else { return nil }
            if type == "single" {
                guard let index = fields.integer(answerNode, key: "answer") else { return nil }
                guard choiceIndex(index, choices: choices, node: answerNode, fields: &fields) else { return nil }
                return .single(choices: choices, answer: index)
            }
            guard let sequence = answerNode.sequence else {
                fields.report(YAMLFields.line(of: answerNode), "a multiple-choice 'answer' must be a list of indices like [0, 2]")
                return nil
            }
            guard !sequence.isEmpty else {
                fields.report(YAMLFields.line(of: answerNode), "a multiple-choice 'answer' needs at least one index")
                return nil
            }
            var indices: [Int] = []
            for item in sequence {
                guard let index = fields.integer(item, key: "answer") else { return nil }
                guard choiceIndex(index, choices: choices, node: item, fields: &fields) else { return nil }
                guard !indices.contains(index) else {
                    fields.report(YAMLFields.line(of: item), "answer index \(index) is listed twice")
                    return nil
                }
                indices.append(index)
            }
            return .multiple(choices: choices, answers: indices.sorted())
        case "truefalse":
            return fields.boolean(answerNode, key: "answer").map { .trueFalse(answer: $0) }
        case "numeric":
            let answer = fields.number(answerNode, key: "answer")
            let tolerance = requiredTolerance(entry, id: id, line: line, fields: &fields)
            var percent = false
            if let node = entry["percent"]?.value {
                guard let value = fields.boolean(node, key: "percent") else { return nil }
                percent = value
            }
            guard let answer, let tolerance else { return nil }
            return .numeric(answer: answer, tolerance: tolerance, percent: percent)
        default:
            let answer = matrix(answerNode, fields: &fields)
            let tolerance = requiredTolerance(entry, id: id, line: line, fields: &fields)
            guard let answer, let tolerance else { return nil }
            return .matrix(answer: answer, tolerance: tolerance)
        }
    }

    private static func choiceList(_ node: Node, fields: inout YAMLFields) -> [String]? {
        guard let sequence = node.sequence else {
            fields.report(YAMLFields.line(of: node), "'choices' must be a list")
            return nil
        }
        guard sequence.count >= 2 else {
            fields.report(YAMLFields.line(of: node), "'choices' needs at least two entries")
            return nil
        }
        var choices: [String] = []
        for item in sequence {
            guard let choice = fields.text(item, key: "choices") else { return nil }
            guard !choices.contains(choice) else {
                fields.report(YAMLFields.line(of: item), "duplicate choice '\(choice)'")
                return nil
            }
            choices.append(choice)
        }
        return choices
    }

    private static func choiceIndex(_ index: Int, choices: [String], node: Node, fields: inout YAMLFields) -> Bool {
        guard choices.indices.contains(index) else {
            fields.report(YAMLFields.line(of: node),
                          "answer index \(index) is out of range: there are \(choices.count) choices, numbered 0 to \(choices.count - 1)")
            return false
        }
        return true
    }

    private static func matrix(_ node: Node, fields: inout YAMLFields) -> [[Double]]? {
        guard let rows = node.sequence, !rows.isEmpty else {
            fields.report(YAMLFields.line(of: node), "a matrix 'answer' must be a list of rows like [[1, 2], [3, 4]]")
            return nil
        }
        var matrix: [[Double]] = []
        for row in rows {
            guard let cells = row.sequence, !cells.isEmpty else {
                fields.report(YAMLFields.line(of: row), "each matrix row must be a non-empty list of numbers like [1, 2]")
                return nil
            }
            var values: [Double] = []
            for cell in cells {
                guard let value = fields.number(cell, key: "answer") else { return nil }
                values.append(value)
            }
            if let first = matrix.first, first.count != values.count {
                fields.report(YAMLFields.line(of: row),
                              "matrix rows must have equal length: row \(matrix.count + 1) has \(values.count) entries, row 1 has \(first.count)")
                return nil
            }
            matrix.append(values)
        }
        return matrix
    }

    private static func requiredTolerance(
        _ entry: [String: (key: Node, value: Node)], id: String, line: Int, fields: inout YAMLFields
    ) -> Tolerance? {
        guard let node = entry["tolerance"]?.value else {
            fields.report(line, "question '\(id)' needs a 'tolerance' (one of absolute, relative, sigfigs)")
            return nil
        }
        guard let rules = fields.mapping(node, what: "a tolerance", known: toleranceKeys) else { return nil }
        guard rules.count == 1, let (name, pair) = rules.first else {
            fields.report(YAMLFields.line(of: node), "a tolerance needs exactly one of absolute, relative, sigfigs; found \(rules.count)")
            return nil
        }
        if name == "sigfigs" {
            guard let figures = fields.integer(pair.value, key: "sigfigs") else { return nil }
            guard (1...15).contains(figures) else {
                fields.report(YAMLFields.line(of: pair.value), "'sigfigs' must be between 1 and 15, found \(figures)")
                return nil
            }
            return .significantFigures(figures)
        }
        guard let amount = fields.number(pair.value, key: name) else { return nil }
        guard amount > 0 else {
            fields.report(YAMLFields.line(of: pair.value), "'\(name)' tolerance must be greater than zero, found \(amount)")
            return nil
        }
        return name == "absolute" ? .absolute(amount) : .relative(amount)
    }
}

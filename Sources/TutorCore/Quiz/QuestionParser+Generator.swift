import Yams

/// Generator entries: `generator: ttest.welch` with optional `parameters:` instead of a written question.
extension QuestionParser {
    /// Keys that a generator writes itself, so a generator entry must not carry them.
    static let writtenByGenerator = ["type", "prompt", "choices", "answer", "tolerance", "percent", "explanation"]

    /// The placeholder question for a generator entry: generated from seed 0, so a quiz read
    /// without an attempt seed still has real, gradable numbers. `Quiz.materialised(seed:)`
    /// replaces it with the attempt's numbers.
    static func generated(
        id: String, generatorNode: Node, entry: [String: (key: Node, value: Node)], line: Int, topics: [String],
        sectionID: String?, timeLimit: Int?, problemsBefore: Int, fields: inout YAMLFields
    ) -> Question? {
        for key in writtenByGenerator {
            if let node = entry[key]?.key {
                fields.report(YAMLFields.line(of: node), "'\(key)' does not apply to a generator entry: the generator writes it")
            }
        }
        guard let name = fields.text(generatorNode, key: "generator") else { return nil }
        var parameters = GeneratorParameters()
        if let node = entry["parameters"]?.value {
            guard let values = fields.mapping(node, what: "generator parameters", known: GeneratorParameters.names) else { return nil }
            if let target = values["target"]?.value {
                guard let text = fields.text(target, key: "target") else { return nil }
                guard let value = GeneratorTarget(rawValue: text) else {
                    let known = QuestionGenerators.targets(of: name) ?? GeneratorTarget.allCases
                    fields.report(YAMLFields.line(of: target),
                                  "unknown target '\(text)' (known: \(known.map(\.rawValue).joined(separator: ", ")))")
                    return nil
                }
                parameters.target = value
            }
            if let alpha = values["alpha"]?.value {
                guard let value = fields.number(alpha, key: "alpha") else { return nil }
                parameters.alpha = value
            }
        }
        let reference = GeneratorReference(name: name, parameters: parameters)
        let generated: GeneratedQuestion
        do {
            generated = try QuestionGenerators.generate(reference, id: id, seed: 0)
        } catch {
            let node: Node = switch error {
            case .unknownGenerator: generatorNode
            case .unsupportedTarget: entry["parameters"]?.value.mapping?["target"] ?? generatorNode
            case .invalidAlpha: entry["parameters"]?.value.mapping?["alpha"] ?? generatorNode
            case .noUsableData: generatorNode
            }
            fields.report(YAMLFields.line(of: node), error.description)
            return nil
        }
        guard fields.problems.count == problemsBefore else { return nil }
        var question = generated.question
        question.topics = topics
        question.sectionID = sectionID
        question.timeLimit = timeLimit
        question.line = line
        return question
    }
}

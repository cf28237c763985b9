/// The catalogue of question generators, by the names quiz files use after `generator:`.
public enum QuestionGenerators {
    /// Why a generator could not be used as written.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case unknownGenerator(String)
        case unsupportedTarget(generator: String, target: GeneratorTarget, supported: [GeneratorTarget])
        case invalidAlpha(Double)
        /// The engine refused every draw (should not happen with the built-in stories).
        case noUsableData(generator: String, reason: String)

        public var description: String {
            switch self {
            case .unknownGenerator(let name):
                var message = "unknown generator '\(name)' (known: \(QuestionGenerators.names.joined(separator: ", ")))"
                if let guess = YAMLFields.closest(to: name, in: QuestionGenerators.names) { message += "; did you mean '\(guess)'?" }
                return message
            case let .unsupportedTarget(generator, target, supported):
                return "generator '\(generator)' cannot ask for '\(target.rawValue)' (it can ask for: "
                    + supported.map(\.rawValue).joined(separator: ", ") + ")"
            case .invalidAlpha(let alpha):
                return "'alpha' must lie between 0 and 0.5, found \(Tolerance.format(alpha))"
            case let .noUsableData(generator, reason):
                return "generator '\(generator)' could not make usable data: \(reason)"
            }
        }
    }

    /// Every generator name, in the order the format documents them.
    public static let names = [
        "ttest.one-sample", "ttest.pooled", "ttest.welch", "ttest.paired", "ztest.one-sample", "ztest.two-proportion",
        "anova.one-way", "chisq.gof", "chisq.independence", "matrix.multiply",
    ]

    /// The targets a generator can ask for; the first is its default.
    public static func targets(of name: String) -> [GeneratorTarget]? {
        switch name {
        case "ttest.one-sample", "ttest.pooled", "ttest.welch", "ttest.paired", "anova.one-way", "chisq.gof",
             "chisq.independence":
            return HypothesisTestQuestion.targets(hasDF: true)
        case "ztest.one-sample", "ztest.two-proportion":
            return HypothesisTestQuestion.targets(hasDF: false)
        case "matrix.multiply":
            return [.entry, .product]
        default:
            return nil
        }
    }

    /// Checks a reference without generating anything.
    public static func check(_ reference: GeneratorReference) throws(Failure) {
        guard let supported = targets(of: reference.name) else { throw .unknownGenerator(reference.name) }
        if let target = reference.parameters.target, !supported.contains(target) {
            throw .unsupportedTarget(generator: reference.name, target: target, supported: supported)
        }
        let alpha = reference.parameters.alpha
        guard alpha > 0 && alpha <= 0.5 else { throw .invalidAlpha(alpha) }
    }

    /// Generates the question `id` from `reference` for an attempt's `seed`.
    ///
    /// Each id draws from its own stream of the seed, so two generator entries in one quiz differ
    /// and adding an entry does not change the others' numbers.
    public static func generate(_ reference: GeneratorReference, id: String, seed: UInt64) throws(Failure) -> GeneratedQuestion {
        try check(reference)
        var draw = GeneratorDraw(seed: seed, stream: "generator:\(id)")
        var reason = ""
        // Data that the engine refuses (a constant sample) is vanishingly rare; draw again from the same stream.
        for _ in 0..<8 {
            do {
                return try generateOnce(reference, id: id, seed: seed, draw: &draw)
            } catch {
                reason = "\(error)"
            }
        }
        throw .noUsableData(generator: reference.name, reason: reason)
    }

    /// Regenerates a question that carries a generator, keeping its quiz-file metadata
    /// (topics, section, time limit, line); nil for a static question or a generator that fails.
    public static func generate(for question: Question, seed: UInt64) -> GeneratedQuestion? {
        guard let reference = question.generator,
              var generated = try? generate(reference, id: question.id, seed: seed) else { return nil }
        generated.question.topics = question.topics
        generated.question.sectionID = question.sectionID
        generated.question.timeLimit = question.timeLimit
        generated.question.line = question.line
        generated.question.hint = question.hint
        return generated
    }

    private static func generateOnce(_ reference: GeneratorReference, id: String, seed: UInt64,
                                     draw: inout GeneratorDraw) throws -> GeneratedQuestion {
        switch reference.name {
        case "ttest.one-sample": return try TTestGenerators.oneSample(reference, id: id, seed: seed, draw: &draw)
        case "ttest.pooled": return try TTestGenerators.twoSample(reference, id: id, seed: seed, welch: false, draw: &draw)
        case "ttest.welch": return try TTestGenerators.twoSample(reference, id: id, seed: seed, welch: true, draw: &draw)
        case "ttest.paired": return try TTestGenerators.paired(reference, id: id, seed: seed, draw: &draw)
        case "ztest.one-sample": return try ZTestGenerators.oneSample(reference, id: id, seed: seed, draw: &draw)
        case "ztest.two-proportion": return try ZTestGenerators.twoProportions(reference, id: id, seed: seed, draw: &draw)
        case "anova.one-way": return try ANOVAGenerator.generate(reference, id: id, seed: seed, draw: &draw)
        case "chisq.gof": return try ChiSquareGenerators.goodnessOfFit(reference, id: id, seed: seed, draw: &draw)
        case "chisq.independence": return try ChiSquareGenerators.independence(reference, id: id, seed: seed, draw: &draw)
        case "matrix.multiply": return try MatrixGenerator.generate(reference, id: id, seed: seed, draw: &draw)
        default: throw Failure.unknownGenerator(reference.name)
        }
    }
}

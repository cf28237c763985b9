import Foundation
import Testing
@testable import TutorCore

/// Every generator, every target: reproducible, right by the engine, and honest about mistakes.
@Suite("Question generators")
struct QuestionGeneratorTests {
    /// Every (generator, target) pair the catalogue offers.
    static let pairs: [(String, GeneratorTarget)] = QuestionGenerators.names.flatMap { name in
        (QuestionGenerators.targets(of: name) ?? []).map { (name, $0) }
    }

    static func make(_ name: String, _ target: GeneratorTarget? = nil, alpha: Double = 0.05,
                     id: String = "gen-q", seed: UInt64) throws -> GeneratedQuestion {
        try QuestionGenerators.generate(GeneratorReference(name: name, parameters: .init(target: target, alpha: alpha)),
                                        id: id, seed: seed)
    }

    @Test func catalogueCoversTheTenGenerators() {
        #expect(QuestionGenerators.names.count == 10)
        for name in QuestionGenerators.names { #expect(QuestionGenerators.targets(of: name)?.isEmpty == false, "\(name)") }
        #expect(QuestionGenerators.targets(of: "ttest.welsh") == nil)
    }

    @Test(arguments: pairs.map { "\($0.0) \($0.1.rawValue)" })
    func sameSeedSameQuestionAndOtherSeedsDiffer(pair: String) throws {
        let parts = pair.split(separator: " ").map(String.init)
        let target = try #require(GeneratorTarget(rawValue: parts[1]))
        let a = try Self.make(parts[0], target, seed: 42)
        let b = try Self.make(parts[0], target, seed: 42)
        #expect(a == b)
        let prompts = Set(try (0..<6).map { try Self.make(parts[0], target, seed: UInt64($0)).question.prompt })
        #expect(prompts.count > 1, "six seeds gave one prompt")
    }

    @Test(arguments: pairs.map { "\($0.0) \($0.1.rawValue)" })
    func rightAnswerIsAcceptedAndEveryMistakeIsWrongWithAHint(pair: String) throws {
        let parts = pair.split(separator: " ").map(String.init)
        let target = try #require(GeneratorTarget(rawValue: parts[1]))
        for seed in UInt64(0)..<20 {
            let g = try Self.make(parts[0], target, seed: seed)
            #expect(g.question.generator?.name == parts[0])
            #expect(g.worked.lines.last?.isEmpty == false)
            #expect(g.question.explanation.contains("Worked solution"))
            switch g.question.kind {
            case let .numeric(answer, _, _):
                #expect(answer.isFinite)
                #expect(g.question.grade(.number(answer)))
                #expect(g.hint(for: answer) == nil, "a right answer must not get a hint")
            case let .matrix(answer, _):
                #expect(g.question.grade(.matrix(answer)))
                #expect(g.hint(for: answer) == nil)
            case let .single(choices, answer):
                #expect(choices == ["Reject H₀", "Do not reject H₀"])
                #expect(g.question.grade(.choice(answer)))
            default:
                Issue.record("unexpected kind \(g.question.kind)")
            }
            for mistake in g.mistakes {
                switch mistake.value {
                case .number(let value):
                    #expect(!g.question.grade(.number(value)))
                    #expect(g.hint(for: value) == mistake.hint || g.mistakes.contains { $0.hint == g.hint(for: value) })
                case .matrix(let value):
                    #expect(!g.question.grade(.matrix(value)))
                    #expect(g.hint(for: value) != nil)
                }
            }
        }
    }

    @Test func idsDrawFromTheirOwnStreams() throws {
        let a = try Self.make("ttest.welch", id: "first", seed: 9)
        let b = try Self.make("ttest.welch", id: "second", seed: 9)
        #expect(a.question.prompt != b.question.prompt)
        #expect(a.question.id == "first")
    }

    /// The issue's acceptance: a Welch question shows its working, accepts the right df within
    /// tolerance, and recognises the pooled df with a targeted hint.
    @Test(arguments: UInt64(0)..<25)
    func welchDFQuestionHasWorkingToleranceAndPooledHint(seed: UInt64) throws {
        let g = try Self.make("ttest.welch", .df, seed: seed)
        guard case let .numeric(answer, tolerance, _) = g.question.kind else {
            Issue.record("not numeric")
            return
        }
        // The answer is the engine's Welch–Satterthwaite df for the numbers in the prompt.
        let samples = try Self.samples(in: g.question.prompt)
        let welch = try TTest.twoSample(samples[0], samples[1], equalVariances: false)
        #expect(abs(answer - welch.degreesOfFreedom) <= 1e-12 * answer)
        #expect(g.worked.title == "Welch two-sample t test")
        #expect(g.worked.lines.contains { $0.hasPrefix("df = (s₁²/n₁ + s₂²/n₂)²") })
        #expect(g.worked.lines.last == "Answer: df = \(NumberFormatting.format(answer))")
        // Rounded to two decimals it is right; a whole unit off it is not.
        let typed = (answer * 100).rounded() / 100
        #expect(g.question.grade(typed: String(typed)) == .success(true))
        #expect(tolerance.accepts(typed, expected: answer))
        #expect(g.question.grade(.number(answer + 1)) == false)
        let pooled = Double(samples[0].count + samples[1].count - 2)
        let hint = try #require(g.hint(for: pooled))
        #expect(hint.contains("pooled df n₁ + n₂ − 2 = \(Int(pooled))"))
        #expect(g.hint(for: answer + 0.5) == nil || g.hint(for: answer + 0.5) != hint)
    }

    @Test func oneSampleStatisticRecognisesDividingByN() throws {
        let g = try Self.make("ttest.one-sample", .statistic, seed: 3)
        let data = try Self.samples(in: g.question.prompt)[0]
        let n = Double(data.count)
        let mean = data.reduce(0, +) / n
        let populationSD = (data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n).squareRoot()
        let mu = try #require(Self.hypothesisedMean(in: g.question.prompt))
        let wrong = (mean - mu) / (populationSD / n.squareRoot())
        #expect(g.hint(for: wrong)?.contains("n − 1") == true)
    }

    @Test func pValueQuestionsRecogniseTheOneTailedValue() throws {
        let g = try Self.make("ttest.paired", .p, seed: 11)
        guard case let .numeric(p, _, _) = g.question.kind else { Issue.record("not numeric"); return }
        #expect(g.hint(for: p / 2)?.contains("one-tailed") == true)
        let chi = try Self.make("chisq.gof", .p, seed: 11)
        guard case let .numeric(q, _, _) = chi.question.kind else { Issue.record("not numeric"); return }
        #expect(chi.hint(for: 1 - q)?.contains("lower tail") == true)
    }

    @Test func criticalValuesMatchTheDistributions() throws {
        let z = try Self.make("ztest.one-sample", .critical, alpha: 0.05, seed: 1)
        guard case let .numeric(value, _, _) = z.question.kind else { Issue.record("not numeric"); return }
        #expect(abs(value - 1.959963984540054) < 1e-12)
        #expect(z.hint(for: 1.645)?.contains("one-tailed") == true)
        let t = try Self.make("ttest.pooled", .critical, alpha: 0.01, seed: 1)
        #expect(t.question.prompt.contains("α = 0.01"))
    }

    @Test func matrixQuestionsRecogniseBAAndTransposedProducts() throws {
        for seed in UInt64(0)..<10 {
            let g = try Self.make("matrix.multiply", .product, seed: seed)
            guard case let .matrix(answer, _) = g.question.kind else { Issue.record("not a matrix"); return }
            let transposed = (0..<answer[0].count).map { j in answer.map { $0[j] } }
            if transposed != answer {
                #expect(g.hint(for: transposed)?.contains("rows and columns are swapped") == true)
            }
            let hints = g.mistakes.map(\.hint)
            if let reversed = g.mistakes.first(where: { $0.hint.hasPrefix("That is B·A") }),
               case let .matrix(value) = reversed.value {
                #expect(g.hint(for: value) == reversed.hint)
            } else {
                // B·A may equal A·B by chance, and then it is not a mistake.
                #expect(!hints.contains { $0.hasPrefix("That is B·A") })
            }
        }
    }

    @Test func decisionAgreesWithPValue() throws {
        for seed in UInt64(0)..<20 {
            let p = try Self.make("ztest.two-proportion", .p, seed: seed)
            let d = try Self.make("ztest.two-proportion", .decision, seed: seed)
            guard case let .numeric(value, _, _) = p.question.kind, case let .single(_, answer) = d.question.kind else {
                Issue.record("unexpected kinds"); return
            }
            #expect(answer == (value < 0.05 ? 0 : 1))
        }
    }

    @Test func badReferencesAreRefused() {
        #expect(throws: QuestionGenerators.Failure.unknownGenerator("ttest.welsh")) {
            try QuestionGenerators.check(GeneratorReference(name: "ttest.welsh"))
        }
        #expect(throws: QuestionGenerators.Failure.self) {
            try QuestionGenerators.check(GeneratorReference(name: "ztest.one-sample", parameters: .init(target: .df)))
        }
        #expect(throws: QuestionGenerators.Failure.invalidAlpha(0.7)) {
            try QuestionGenerators.check(GeneratorReference(name: "anova.one-way", parameters: .init(alpha: 0.7)))
        }
        #expect(QuestionGenerators.Failure.unknownGenerator("ttest.welsh").description.contains("did you mean 'ttest.welch'"))
    }

    // MARK: Reading the numbers back out of a prompt

    /// The lists of numbers after "Label (unit):" or "Label:" lines, in order.
    static func samples(in prompt: String) throws -> [[Double]] {
        var lists: [[Double]] = []
        for line in prompt.split(separator: "\n") {
            guard let colon = line.lastIndex(of: ":") else { continue }
            let values = line[line.index(after: colon)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let numbers = values.compactMap(Double.init)
            if numbers.count >= 3 && numbers.count == values.count { lists.append(numbers) }
        }
        return lists
    }

    /// μ₀ from "H₀: μ = 450 ml".
    static func hypothesisedMean(in prompt: String) -> Double? {
        guard let range = prompt.range(of: "H₀: μ = ") else { return nil }
        return Double(prompt[range.upperBound...].prefix { $0.isNumber || $0 == "." || $0 == "-" })
    }
}

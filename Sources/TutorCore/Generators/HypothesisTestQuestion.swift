/// The computed pieces of a hypothesis test that a generated question can ask about, and the
/// typical mistakes for each; `build` turns them into a `GeneratedQuestion` for one target.
struct HypothesisTestQuestion {
    /// "t", "z", "F" or "χ²".
    var symbol: String
    var statistic: Double
    /// The degrees of freedom the `df` target asks for; nil for z tests.
    var degreesOfFreedom: Double?
    /// How the df is described in the prompt, e.g. "the Welch–Satterthwaite degrees of freedom".
    var dfWording: String
    var pValue: Double
    /// "two-sided" or "upper-tail".
    var pWording: String
    /// Whether the test is two-sided (t, z) or uses the upper tail only (F, χ²).
    var twoSided: Bool
    /// The critical value for a given α.
    var critical: (Double) -> Double
    /// The test's working from the engine.
    var worked: WorkedComputation
    /// Mistakes for the statistic and df targets (p and critical mistakes are generic).
    var statisticMistakes: [TypicalMistake]
    var dfMistakes: [TypicalMistake]
    /// Why the right answer is right, in a sentence or two, for the explanation.
    var rationale: String

    /// Targets every hypothesis-test generator supports (`df` only when the test has one).
    static func targets(hasDF: Bool) -> [GeneratorTarget] {
        hasDF ? [.statistic, .df, .p, .critical, .decision] : [.statistic, .p, .critical, .decision]
    }

    func build(id: String, seed: UInt64, reference: GeneratorReference, story: String) -> GeneratedQuestion {
        let alpha = reference.parameters.alpha
        let target = reference.parameters.target ?? .statistic
        var lines = worked.lines
        let kind: QuestionKind
        let ask: String
        var mistakes: [TypicalMistake]
        let tailWording = twoSided ? "two-sided" : "upper-tail"
        switch target {
        case .df:
            let df = degreesOfFreedom ?? .nan
            let integral = df == df.rounded()
            ask = "What are \(dfWording)?" + (integral ? "" : " Give two decimal places.")
            kind = .numeric(answer: df, tolerance: integral ? .absolute(0.01) : .absolute(0.05), percent: false)
            lines.append("Answer: df = \(fmt(df))")
            mistakes = dfMistakes
        case .p:
            ask = "What is the \(pWording) p-value? Give three significant figures."
            kind = .numeric(answer: pValue, tolerance: .relative(0.02), percent: false)
            lines.append("Answer: p = \(fmtP(pValue))")
            mistakes = twoSided
                ? [TypicalMistake(value: .number(pValue / 2),
                                  hint: "That is the one-tailed p-value. The alternative is two-sided, so double the tail area: p = 2·P(\(symbol) ≥ |\(symbol) observed|).")]
                : [TypicalMistake(value: .number(1 - pValue),
                                  hint: "That is the lower tail P(\(symbol) ≤ observed). Large \(symbol) is evidence against H₀, so the p-value is the upper tail P(\(symbol) ≥ observed).")]
        case .critical:
            let value = critical(alpha)
            let variable = degreesOfFreedom.map { "\(symbol)(\(fmt($0)))" } ?? symbol
            ask = "What is the \(tailWording) critical value of \(symbol) at α = \(fmt(alpha))? Give three decimal places."
            kind = .numeric(answer: value, tolerance: .absolute(0.002 * max(1, abs(value))), percent: false)
            if twoSided {
                lines.append("critical value: P(\(variable) ≥ c) = α/2 = \(fmt(alpha / 2)), so c = \(fmt(value))")
                let oneTailed = critical(2 * alpha)
                mistakes = [TypicalMistake(value: .number(oneTailed),
                                           hint: "That is the one-tailed critical value (area α in one tail). A two-sided test splits α: put α/2 = \(fmt(alpha / 2)) in each tail.")]
            } else {
                lines.append("critical value: P(\(variable) ≥ c) = α = \(fmt(alpha)), so c = \(fmt(value))")
                mistakes = [TypicalMistake(value: .number(critical(alpha / 2)),
                                           hint: "That value leaves α/2 in the upper tail. \(symbol) tests reject only for large values, so all of α = \(fmt(alpha)) goes in the upper tail.")]
            }
            lines.append("Answer: \(fmt(value))")
        case .decision:
            let reject = pValue < alpha
            ask = "At α = \(fmt(alpha)), what do you conclude?"
            kind = .single(choices: ["Reject H₀", "Do not reject H₀"], answer: reject ? 0 : 1)
            lines.append("p = \(fmtP(pValue)) \(reject ? "<" : "≥") α = \(fmt(alpha)), so \(reject ? "reject H₀" : "do not reject H₀")")
            mistakes = []
        case .statistic, .entry, .product:
            ask = "What is the test statistic \(symbol)? Give three significant figures."
            kind = .numeric(answer: statistic, tolerance: .relative(0.01), percent: false)
            lines.append("Answer: \(symbol) = \(fmt(statistic))")
            mistakes = statisticMistakes
        }
        let solution = WorkedComputation(title: worked.title, lines: lines)
        let trap = mistakes.first.map { " A common slip: \($0.hint)" } ?? ""
        let explanation = rationale + trap + "\nWorked solution:\n" + solution.lines.joined(separator: "\n")
        let question = Question(id: id, prompt: story + "\n\n" + ask, kind: kind, explanation: explanation,
                                generator: reference)
        return GeneratedQuestion(question: question, seed: seed, worked: solution,
                                 mistakes: Self.distinct(mistakes, from: question))
    }

    /// Drops mistakes the question's own tolerance would accept, so a hint never contradicts a right answer.
    static func distinct(_ mistakes: [TypicalMistake], from question: Question) -> [TypicalMistake] {
        mistakes.filter { mistake in
            switch mistake.value {
            case .number(let value): return value.isFinite && !question.grade(.number(value))
            case .matrix(let value): return !question.grade(.matrix(value))
            }
        }
    }
}

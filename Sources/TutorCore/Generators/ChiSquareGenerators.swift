/// Generators for χ² goodness-of-fit and independence questions.
enum ChiSquareGenerators {
    /// Goodness-of-fit scenarios: the claim as category probabilities.
    static let fitStories: [(setting: String, categories: [String], probabilities: [Double], claim: String)] = [
        ("A games company tests whether a six-sided die is fair by rolling it many times.",
         ["1", "2", "3", "4", "5", "6"], Array(repeating: 1.0 / 6, count: 6), "every face has probability 1/6"),
        ("A genetics class crosses two pea plants; Mendel's model predicts the four seed types in the ratio 9:3:3:1.",
         ["round yellow", "round green", "wrinkled yellow", "wrinkled green"], [9.0 / 16, 3.0 / 16, 3.0 / 16, 1.0 / 16],
         "the types occur in the ratio 9:3:3:1"),
        ("A support team checks whether tickets arrive evenly over the five working days.",
         ["Mon", "Tue", "Wed", "Thu", "Fri"], Array(repeating: 0.2, count: 5), "each day gets 20% of tickets"),
    ]

    /// Independence scenarios: row and column labels of a contingency table.
    static let tableStories: [(setting: String, rows: [String], columns: [String])] = [
        ("A survey asks data professionals which language they use most.",
         ["data scientists", "ML engineers", "analysts"], ["Python", "R", "SQL"]),
        ("An online shop records whether visitors bought something, by device.",
         ["bought", "did not buy"], ["phone", "tablet", "desktop"]),
        ("A university records the grade band of students by study mode.",
         ["full-time", "part-time"], ["A–B", "C", "D–F"]),
    ]

    static func goodnessOfFit(_ reference: GeneratorReference, id: String, seed: UInt64, draw: inout GeneratorDraw) throws -> GeneratedQuestion {
        let story = draw.pick(fitStories)
        let size = Double(draw.integer(8...20) * 10)
        let observed = story.probabilities.map { p in
            max(1, (size * p * (1 + draw.uniform(-0.35...0.35))).rounded())
        }
        let r = try ChiSquareTest.goodnessOfFit(observed: observed, expected: .probabilities(story.probabilities))
        let overObserved = CompensatedSum(r.cells.map { ($0.observed - $0.expected) * ($0.observed - $0.expected) / $0.observed }).value
        let k = observed.count
        var text = story.setting + "\nObserved counts (N = \(fmt(r.total))):"
        for (category, count) in zip(story.categories, observed) { text += "\n  \(category): \(fmt(count))" }
        text += "\nTest H₀: \(story.claim), with a χ² goodness-of-fit test."
        return HypothesisTestQuestion(
            symbol: "χ²", statistic: r.statistic, degreesOfFreedom: Double(r.degreesOfFreedom), dfWording: "the degrees of freedom",
            pValue: r.pValue, pWording: "upper-tail", twoSided: false,
            critical: { ChiSquaredDistribution(validated: Double(r.degreesOfFreedom)).inverseSurvival($0) },
            worked: WorkedComputation(r),
            statisticMistakes: [TypicalMistake(value: .number(overObserved),
                                               hint: "You divided by the observed counts. Each term is (O − E)²/E: divide by the expected count N·p.")],
            dfMistakes: [TypicalMistake(value: .number(Double(k)),
                                        hint: "df is the number of categories minus one, k − 1 = \(k - 1): the counts must add up to N, so only k − 1 are free.")],
            rationale: "The goodness-of-fit statistic adds (O − E)²/E over the k categories, with E = N·p from the claimed probabilities, and has k − 1 degrees of freedom."
        ).build(id: id, seed: seed, reference: reference, story: text)
    }

    static func independence(_ reference: GeneratorReference, id: String, seed: UInt64, draw: inout GeneratorDraw) throws -> GeneratedQuestion {
        let story = draw.pick(tableStories)
        let columnShares = story.columns.map { _ in draw.uniform(0.6...1.4) }
        let shareTotal = columnShares.reduce(0, +)
        let table = story.rows.map { _ -> [Double] in
            let rowSize = Double(draw.integer(6...15) * 10)
            return columnShares.map { share in
                max(2, (rowSize * share / shareTotal * (1 + draw.uniform(-0.3...0.3))).rounded())
            }
        }
        let r = try ChiSquareTest.independence(table: table)
        let overObserved = CompensatedSum(r.cells.map { ($0.observed - $0.expected) * ($0.observed - $0.expected) / $0.observed }).value
        let rows = table.count, columns = table[0].count
        // A plain-text table: labels padded to one width, each column as wide as its heading.
        let labelWidth = story.rows.map(\.count).max() ?? 0
        func padded(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - text.count)) + text
        }
        let widths = story.columns.map { max(5, $0.count) }
        var text = story.setting + "\n" + padded("", labelWidth) + " | "
            + zip(story.columns, widths).map { padded($0, $1) }.joined(separator: " | ")
        for (label, row) in zip(story.rows, table) {
            text += "\n" + padded(label, labelWidth) + " | " + zip(row, widths).map { padded(fmt($0), $1) }.joined(separator: " | ")
        }
        text += "\nTest whether the two classifications are independent with a χ² test (no continuity correction)."
        return HypothesisTestQuestion(
            symbol: "χ²", statistic: r.statistic, degreesOfFreedom: Double(r.degreesOfFreedom), dfWording: "the degrees of freedom",
            pValue: r.pValue, pWording: "upper-tail", twoSided: false,
            critical: { ChiSquaredDistribution(validated: Double(r.degreesOfFreedom)).inverseSurvival($0) },
            worked: WorkedComputation(r),
            statisticMistakes: [TypicalMistake(value: .number(overObserved),
                                               hint: "You divided by the observed counts. Each cell contributes (O − E)²/E with E = row total × column total / N.")],
            dfMistakes: [
                TypicalMistake(value: .number(Double(rows * columns - 1)),
                               hint: "r·c − 1 would be the df of a goodness-of-fit test over all cells. For independence both margins are fixed: df = (r − 1)(c − 1) = \((rows - 1) * (columns - 1))."),
                TypicalMistake(value: .number(Double(rows * columns)),
                               hint: "df is not the number of cells. For an r × c table it is (r − 1)(c − 1) = \((rows - 1) * (columns - 1))."),
            ],
            rationale: "Under independence each expected count is row total × column total / N; the statistic adds (O − E)²/E over all cells and has (r − 1)(c − 1) degrees of freedom."
        ).build(id: id, seed: seed, reference: reference, story: text)
    }
}

/// Generator for one-way ANOVA questions: three or four groups with a story.
enum ANOVAGenerator {
    static let stories = [
        GeneratorStory(setting: "A team compares the response time (ms) of a recommendation API under three caching strategies.",
                       labels: ["no cache", "LRU cache", "precomputed"], unit: "ms", mean: 180, sd: 15, decimals: 0),
        GeneratorStory(setting: "An agronomist records tomato yields (kg per plant) under four watering schedules.",
                       labels: ["daily", "every 2 days", "every 3 days", "drip"], unit: "kg", mean: 4.2, sd: 0.5, decimals: 1),
        GeneratorStory(setting: "A course compares final exam scores (points) of students taught with three methods.",
                       labels: ["lectures", "flipped classroom", "online"], unit: "points", mean: 70, sd: 8, decimals: 0),
    ]

    static func generate(_ reference: GeneratorReference, id: String, seed: UInt64, draw: inout GeneratorDraw) throws -> GeneratedQuestion {
        let story = draw.pick(stories)
        let groupSize = draw.integer(4...6)
        let groups = story.labels.map { _ in
            draw.sample(groupSize, mean: story.mean + draw.uniform(-0.9...0.9) * story.sd, sd: story.sd, decimals: story.decimals)
        }
        let r = try OneWayANOVA(groups: groups)
        let k = groups.count
        let total = k * groupSize
        let dfWithin = Double(r.degreesOfFreedomWithin)
        var text = story.setting
        for (label, values) in zip(story.labels, groups) {
            text += "\n\(label.capitalisedFirst): \(listed(values))"
        }
        text += "\nTest H₀: all \(k) group means are equal with a one-way ANOVA."
        return HypothesisTestQuestion(
            symbol: "F", statistic: r.f, degreesOfFreedom: dfWithin, dfWording: "the within-groups (denominator) degrees of freedom",
            pValue: r.pValue, pWording: "upper-tail", twoSided: false,
            critical: { FDistribution(validated: Double(r.degreesOfFreedomBetween), dfWithin).inverseSurvival($0) },
            worked: WorkedComputation(r),
            statisticMistakes: [TypicalMistake(value: .number(r.sumOfSquaresBetween / r.sumOfSquaresWithin),
                                               hint: "You divided the sums of squares. F compares mean squares: divide SS between by k − 1 = \(k - 1) and SS within by N − k = \(total - k) first.")],
            dfMistakes: [
                TypicalMistake(value: .number(Double(total - 1)),
                               hint: "N − 1 = \(total - 1) is the total df. The within-groups df subtracts one per group: N − k = \(total - k)."),
                TypicalMistake(value: .number(Double(k - 1)),
                               hint: "k − 1 = \(k - 1) is the between-groups (numerator) df. The question asks for the within-groups df, N − k."),
            ],
            rationale: "One-way ANOVA compares the mean square between groups, SSB/(k − 1), with the mean square within groups, SSW/(N − k); F is their ratio and large F is evidence against H₀."
        ).build(id: id, seed: seed, reference: reference, story: text)
    }
}

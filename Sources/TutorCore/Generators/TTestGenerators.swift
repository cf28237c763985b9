/// Generators for the four t tests: data with a story, answers from `TTest`.
enum TTestGenerators {
    static let oneSampleStories = [
        GeneratorStory(setting: "A coffee chain says its large cups hold 450 ml. A student measures the contents of {n} large cups (ml).",
                       labels: ["cup contents"], unit: "ml", mean: 450, sd: 8, decimals: 0),
        GeneratorStory(setting: "A model server's latency target is a mean of 120 ms. An engineer times {n} requests (ms).",
                       labels: ["latency"], unit: "ms", mean: 120, sd: 14, decimals: 1),
        GeneratorStory(setting: "A battery maker states a mean runtime of 10 hours. A reviewer runs {n} batteries to empty (hours).",
                       labels: ["runtime"], unit: "hours", mean: 10, sd: 0.6, decimals: 2),
    ]

    static let twoSampleStories = [
        GeneratorStory(setting: "A team measures page load times (ms) on two builds of a web app.",
                       labels: ["build A", "build B"], unit: "ms", mean: 850, sd: 60, decimals: 0),
        GeneratorStory(setting: "An ML engineer times one training epoch (minutes) on two kinds of GPU.",
                       labels: ["GPU X", "GPU Y"], unit: "minutes", mean: 42, sd: 3, decimals: 1),
        GeneratorStory(setting: "A field trial compares wheat yields (t/ha) of plots given two fertilisers.",
                       labels: ["fertiliser P", "fertiliser Q"], unit: "t/ha", mean: 6.5, sd: 0.5, decimals: 2),
    ]

    static let pairedStories = [
        GeneratorStory(setting: "A team measures page load times (ms) of the same {n} pages before and after adding a cache.",
                       labels: ["before", "after"], unit: "ms", mean: 900, sd: 120, decimals: 0),
        GeneratorStory(setting: "{n} students sit a statistics test before and after a revision course (points out of 100).",
                       labels: ["before", "after"], unit: "points", mean: 62, sd: 10, decimals: 0),
        GeneratorStory(setting: "A model's accuracy (%) is measured on {n} data sets before and after hyperparameter tuning.",
                       labels: ["before", "after"], unit: "%", mean: 81, sd: 5, decimals: 1),
    ]

    /// A shift of 0.3 to 1 standard deviations in a random direction: visible, but not certain.
    static func effect(_ draw: inout GeneratorDraw) -> Double {
        draw.uniform(0.3...1.0) * (draw.integer(0...1) == 0 ? -1 : 1)
    }

    static func oneSample(_ reference: GeneratorReference, id: String, seed: UInt64, draw: inout GeneratorDraw) throws -> GeneratedQuestion {
        let story = draw.pick(oneSampleStories)
        let n = draw.integer(8...14)
        let data = draw.sample(n, mean: story.mean + effect(&draw) * story.sd, sd: story.sd, decimals: story.decimals)
        let r = try TTest.oneSample(data, hypothesizedMean: story.mean)
        let s = r.samples[0]
        // The population SD (dividing by n) is smaller by √((n − 1)/n), so t grows by the inverse.
        let tWithN = r.t * (Double(n) / Double(n - 1)).squareRoot()
        let text = story.setting.replacingOccurrences("{n}", with: "\(n)")
            + "\n\(story.labels[0].capitalisedFirst): \(listed(data))\n"
            + "Test H₀: μ = \(fmt(story.mean)) \(story.unit) against H₁: μ ≠ \(fmt(story.mean)) \(story.unit) with a one-sample t test."
        return HypothesisTestQuestion(
            symbol: "t", statistic: r.t, degreesOfFreedom: r.degreesOfFreedom, dfWording: "the degrees of freedom",
            pValue: r.pValues.twoSided, pWording: "two-sided", twoSided: true,
            critical: { StudentTDistribution(validated: r.degreesOfFreedom).inverseSurvival($0 / 2) },
            worked: WorkedComputation(r),
            statisticMistakes: [TypicalMistake(value: .number(tWithN),
                                               hint: "You divided by n when computing the standard deviation. The sample SD divides the squared deviations by n − 1 = \(n - 1): s = \(fmt(s.standardDeviation)).")],
            dfMistakes: [TypicalMistake(value: .number(Double(n)),
                                        hint: "df is n − 1, not n: estimating the mean uses up one degree of freedom, so df = \(n - 1).")],
            rationale: "The one-sample t statistic measures how many standard errors the sample mean lies from μ₀, with SE = s/√n and df = n − 1."
        ).build(id: id, seed: seed, reference: reference, story: text)
    }

    static func twoSample(_ reference: GeneratorReference, id: String, seed: UInt64, welch: Bool,
                          draw: inout GeneratorDraw) throws -> GeneratedQuestion {
        let story = draw.pick(twoSampleStories)
        // Welch questions give the smaller group the larger spread, the case Welch's test exists for;
        // its df then falls well below n₁ + n₂ − 2, so the two dfs are easy to tell apart.
        let n1 = welch ? draw.integer(10...16) : draw.integer(7...12)
        let n2 = welch ? draw.integer(6...9) : draw.integer(7...12)
        let sd2 = welch ? story.sd * draw.uniform(1.8...3.0) : story.sd * draw.uniform(0.85...1.15)
        let x = draw.sample(n1, mean: story.mean, sd: story.sd, decimals: story.decimals)
        let y = draw.sample(n2, mean: story.mean + effect(&draw) * story.sd, sd: sd2, decimals: story.decimals)
        let r = try TTest.twoSample(x, y, equalVariances: !welch)
        let other = try TTest.twoSample(x, y, equalVariances: welch)
        let pooledDF = Double(n1 + n2 - 2)
        let text = story.setting
            + "\n\(story.labels[0].capitalisedFirst) (\(story.unit)): \(listed(x))"
            + "\n\(story.labels[1].capitalisedFirst) (\(story.unit)): \(listed(y))\n"
            + (welch
                ? "Without assuming equal variances, use Welch's t test of H₀: μ₁ = μ₂ against H₁: μ₁ ≠ μ₂ (group 1 is \(story.labels[0]))."
                : "Assuming equal variances, use the pooled two-sample t test of H₀: μ₁ = μ₂ against H₁: μ₁ ≠ μ₂ (group 1 is \(story.labels[0]))."
            )
        let statisticMistakes: [TypicalMistake]
        let dfMistakes: [TypicalMistake]
        if welch {
            statisticMistakes = [TypicalMistake(value: .number(other.t),
                                                hint: "That t uses the pooled variance. Welch's test keeps the variances apart: SE = √(s₁²/n₁ + s₂²/n₂).")]
            dfMistakes = [
                TypicalMistake(value: .number(pooledDF),
                               hint: "That is the pooled df n₁ + n₂ − 2 = \(Int(pooledDF)), which assumes equal variances. Welch's test uses the Welch–Satterthwaite df, (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1))."),
                TypicalMistake(value: .number(Double(min(n1, n2) - 1)),
                               hint: "min(n₁, n₂) − 1 is the conservative shortcut for hand calculation; the question asks for the Welch–Satterthwaite df itself."),
            ]
        } else {
            statisticMistakes = [TypicalMistake(value: .number(other.t),
                                                hint: "That t uses Welch's unpooled standard error. With equal variances assumed, pool them: s²ₚ = ((n₁ − 1)s₁² + (n₂ − 1)s₂²)/(n₁ + n₂ − 2).")]
            dfMistakes = [
                TypicalMistake(value: .number(other.degreesOfFreedom),
                               hint: "That is the Welch–Satterthwaite df. The pooled test has df = n₁ + n₂ − 2 = \(Int(pooledDF))."),
                TypicalMistake(value: .number(Double(n1 + n2 - 1)),
                               hint: "Each sample mean uses up one degree of freedom, so subtract 2: df = n₁ + n₂ − 2 = \(Int(pooledDF))."),
            ]
        }
        return HypothesisTestQuestion(
            symbol: "t", statistic: r.t, degreesOfFreedom: r.degreesOfFreedom,
            dfWording: welch ? "the Welch–Satterthwaite degrees of freedom" : "the degrees of freedom",
            pValue: r.pValues.twoSided, pWording: "two-sided", twoSided: true,
            critical: { StudentTDistribution(validated: r.degreesOfFreedom).inverseSurvival($0 / 2) },
            worked: WorkedComputation(r), statisticMistakes: statisticMistakes, dfMistakes: dfMistakes,
            rationale: welch
                ? "Welch's test divides the difference of means by √(s₁²/n₁ + s₂²/n₂) and takes its df from the Welch–Satterthwaite formula, which is usually fractional."
                : "The pooled test combines both samples' variances into s²ₚ, divides the difference of means by √(s²ₚ(1/n₁ + 1/n₂)) and has df = n₁ + n₂ − 2."
        ).build(id: id, seed: seed, reference: reference, story: text)
    }

    static func paired(_ reference: GeneratorReference, id: String, seed: UInt64, draw: inout GeneratorDraw) throws -> GeneratedQuestion {
        let story = draw.pick(pairedStories)
        let n = draw.integer(7...12)
        let before = draw.sample(n, mean: story.mean, sd: story.sd, decimals: story.decimals)
        let shift = effect(&draw) * story.sd * 0.3
        let after = before.map {
            GeneratorDraw.rounded($0 + draw.normal(mean: shift, sd: story.sd * 0.3), decimals: story.decimals)
        }
        let r = try TTest.paired(after, before)
        let independent = try TTest.twoSample(after, before, equalVariances: false)
        let s = r.samples[0]
        let tWithN = r.t * (Double(n) / Double(n - 1)).squareRoot()
        let text = story.setting.replacingOccurrences("{n}", with: "\(n)")
            + "\n\(story.labels[0].capitalisedFirst): \(listed(before))"
            + "\n\(story.labels[1].capitalisedFirst):  \(listed(after))\n"
            + "With a paired t test on the differences d = \(story.labels[1]) − \(story.labels[0]), test H₀: μ_d = 0 against H₁: μ_d ≠ 0."
        return HypothesisTestQuestion(
            symbol: "t", statistic: r.t, degreesOfFreedom: r.degreesOfFreedom, dfWording: "the degrees of freedom",
            pValue: r.pValues.twoSided, pWording: "two-sided", twoSided: true,
            critical: { StudentTDistribution(validated: r.degreesOfFreedom).inverseSurvival($0 / 2) },
            worked: WorkedComputation(r),
            statisticMistakes: [
                TypicalMistake(value: .number(independent.t),
                               hint: "That treats the two columns as independent samples. The measurements are paired, so work with the n = \(n) differences: t = d̄ / (s_d/√n)."),
                TypicalMistake(value: .number(tWithN),
                               hint: "You divided by n when computing the SD of the differences. Divide by n − 1 = \(n - 1): s_d = \(fmt(s.standardDeviation))."),
            ],
            dfMistakes: [
                TypicalMistake(value: .number(Double(2 * n - 2)),
                               hint: "2n − 2 is the df of an independent two-sample test. A paired test has one difference per pair, so df = n − 1 = \(n - 1)."),
                TypicalMistake(value: .number(Double(n)),
                               hint: "df is the number of pairs minus one: n − 1 = \(n - 1)."),
            ],
            rationale: "A paired t test is a one-sample t test on the differences: t = d̄ / (s_d/√n) with df = n − 1, where n counts pairs."
        ).build(id: id, seed: seed, reference: reference, story: text)
    }
}

extension String {
    /// This text with every `target` replaced by `replacement` (Foundation-free).
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    /// The text with its first letter in upper case.
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

/// Generators for the one-sample z test (known σ) and the two-proportion z test.
enum ZTestGenerators {
    static let oneSampleStories = [
        GeneratorStory(setting: "A filling machine is set to put 500 g in each bag; its spread is known from years of records to be σ = {sigma} g. An inspector weighs {n} bags (g).",
                       labels: ["weights"], unit: "g", mean: 500, sd: 6, decimals: 1),
        GeneratorStory(setting: "A sensor's readings of a reference temperature of 25 °C have a known standard deviation σ = {sigma} °C. A technician takes {n} readings (°C).",
                       labels: ["readings"], unit: "°C", mean: 25, sd: 0.4, decimals: 2),
    ]

    /// Two-proportion scenarios: what succeeded, the two groups, and plausible rates.
    static let proportionStories: [(setting: String, labels: [String], rate: Double)] = [
        ("An A/B test shows two versions of a sign-up page; a visit succeeds when the visitor signs up.", ["version A", "version B"], 0.12),
        ("Two spam filters are tried on separate batches of e-mail; a success is a spam message caught.", ["filter 1", "filter 2"], 0.85),
        ("Two onboarding e-mails are sent to different users; a success is a user who opens the app within a week.", ["e-mail A", "e-mail B"], 0.35),
    ]

    static func critical(_ alpha: Double) -> Double {
        NormalDistribution.standard.inverseSurvival(alpha / 2)
    }

    static func oneSample(_ reference: GeneratorReference, id: String, seed: UInt64, draw: inout GeneratorDraw) throws -> GeneratedQuestion {
        let story = draw.pick(oneSampleStories)
        let n = draw.integer(9...16)
        let data = draw.sample(n, mean: story.mean + TTestGenerators.effect(&draw) * story.sd, sd: story.sd,
                               decimals: story.decimals)
        let r = try ZTest.oneSample(data, hypothesizedMean: story.mean, populationStandardDeviation: story.sd)
        let text = story.setting.replacingOccurrences("{n}", with: "\(n)").replacingOccurrences("{sigma}", with: fmt(story.sd))
            + "\n\(story.labels[0].capitalisedFirst): \(listed(data))\n"
            + "Test H₀: μ = \(fmt(story.mean)) \(story.unit) against H₁: μ ≠ \(fmt(story.mean)) \(story.unit) with a z test."
        let withoutRootN = (r.estimate - r.hypothesizedValue) / story.sd
        return HypothesisTestQuestion(
            symbol: "z", statistic: r.z, degreesOfFreedom: nil, dfWording: "",
            pValue: r.pValues.twoSided, pWording: "two-sided", twoSided: true, critical: critical,
            worked: WorkedComputation(r),
            statisticMistakes: [TypicalMistake(value: .number(withoutRootN),
                                               hint: "You divided by σ instead of the standard error σ/√n. A mean of n values varies less than one value: SE = \(fmt(story.sd))/√\(n).")],
            dfMistakes: [],
            rationale: "With σ known, z = (x̄ − μ₀)/(σ/√n) follows the standard normal distribution under H₀."
        ).build(id: id, seed: seed, reference: reference, story: text)
    }

    static func twoProportions(_ reference: GeneratorReference, id: String, seed: UInt64, draw: inout GeneratorDraw) throws -> GeneratedQuestion {
        let story = draw.pick(proportionStories)
        let n1 = draw.integer(12...40) * 10
        let n2 = draw.integer(12...40) * 10
        let p1 = story.rate
        let p2 = min(0.97, max(0.03, p1 + draw.uniform(0.02...0.08) * (draw.integer(0...1) == 0 ? -1 : 1)))
        let x1 = Int((Double(n1) * (p1 + draw.uniform(-0.02...0.02))).rounded())
        let x2 = Int((Double(n2) * (p2 + draw.uniform(-0.02...0.02))).rounded())
        let r = try ZTest.twoProportions(successes1: x1, trials1: n1, successes2: x2, trials2: n2)
        let q1 = Double(x1) / Double(n1), q2 = Double(x2) / Double(n2)
        let unpooled = (q1 - q2) / (q1 * (1 - q1) / Double(n1) + q2 * (1 - q2) / Double(n2)).squareRoot()
        let text = story.setting
            + "\n\(story.labels[0].capitalisedFirst): \(x1) successes out of \(n1)."
            + "\n\(story.labels[1].capitalisedFirst): \(x2) successes out of \(n2).\n"
            + "Test H₀: p₁ = p₂ against H₁: p₁ ≠ p₂ with the two-proportion z test (pooled under H₀; group 1 is \(story.labels[0]))."
        return HypothesisTestQuestion(
            symbol: "z", statistic: r.z, degreesOfFreedom: nil, dfWording: "",
            pValue: r.pValues.twoSided, pWording: "two-sided", twoSided: true, critical: critical,
            worked: WorkedComputation(r),
            statisticMistakes: [TypicalMistake(value: .number(unpooled),
                                               hint: "That z uses each sample's own proportion in the standard error. Under H₀ the proportions are equal, so pool them: p̂ = (x₁ + x₂)/(n₁ + n₂).")],
            dfMistakes: [],
            rationale: "Under H₀: p₁ = p₂ the best estimate of the common proportion is the pooled p̂, and z = (p̂₁ − p̂₂)/√(p̂(1 − p̂)(1/n₁ + 1/n₂))."
        ).build(id: id, seed: seed, reference: reference, story: text)
    }
}

import Testing
@testable import TutorCore

/// Properties of the memory formulas that hold for any sensible weights.
@Suite struct FSRSFormulaTests {
    static let both: [FSRSParameters] = [.fsrs6Default, .fsrs5Default]

    @Test(arguments: both)
    func recallIsNinetyPercentAfterStabilityDays(parameters: FSRSParameters) {
        for stability in [0.5, 1, 3.7, 42, 900] {
            #expect(close(parameters.retrievability(elapsedDays: stability, stability: stability), 0.9, within: 1e-12))
        }
        #expect(parameters.retrievability(elapsedDays: 0, stability: 5) == 1)
    }

    @Test(arguments: both)
    func recallFallsWithTime(parameters: FSRSParameters) {
        let curve = (0...30).map { parameters.retrievability(elapsedDays: Double($0), stability: 4) }
        #expect(zip(curve, curve.dropFirst()).allSatisfy { $0 > $1 })
    }

    @Test func fsrs5DecayGivesTheFsrs5Factor() {
        // FSRS-5's curve is (1 + 19/81·t/S)^−0.5.
        #expect(close(FSRSParameters.fsrs5Default.factor, 19.0 / 81.0, within: 1e-12))
    }

    @Test func intervalAtNinetyPercentIsTheStabilityRounded() {
        let p = FSRSParameters.fsrs6Default
        #expect(p.interval(stability: 10.971, desiredRetention: 0.9, maximum: 36_500) == 11)
        #expect(p.interval(stability: 0.2, desiredRetention: 0.9, maximum: 36_500) == 1)
        #expect(p.interval(stability: 5000, desiredRetention: 0.9, maximum: 365) == 365)
        // Higher desired retention → shorter intervals.
        #expect(p.interval(stability: 100, desiredRetention: 0.95, maximum: 36_500) < 100)
        #expect(p.interval(stability: 100, desiredRetention: 0.8, maximum: 36_500) > 100)
    }

    @Test func intervalsRoundToTheNearestDay() {
        // At r = 0.9 the exact interval equals the stability.
        let p = FSRSParameters.fsrs6Default
        #expect(p.interval(stability: 2.4, desiredRetention: 0.9, maximum: 36_500) == 2)
        #expect(p.interval(stability: 2.6, desiredRetention: 0.9, maximum: 36_500) == 3)
    }

    @Test func initialDifficultyFollowsTheRating() {
        let p = FSRSParameters.fsrs6Default
        let d = ReviewRating.allCases.map { p.initialMemory($0).difficulty }
        #expect(d == d.sorted(by: >), "a better first rating means an easier item")
        #expect(d.allSatisfy { (1...10).contains($0) })
        #expect(p.initialMemory(.easy).difficulty == 1, "D0(Easy) is below 1 with FSRS-6 defaults and is clamped")
        #expect(p.initialDifficulty(.easy) < 1, "…but the mean-reversion target uses it unclamped")
    }

    @Test func goodAndEasyNeverLowerStabilitySameDayButHardMay() {
        let p = FSRSParameters.fsrs6Default
        for stability in [0.01, 0.5, 3, 50, 400] {
            let memory = MemoryState(stability: stability, difficulty: 5)
            #expect(p.nextMemory(memory, elapsedDays: 0, rating: .good).stability >= stability)
            #expect(p.nextMemory(memory, elapsedDays: 0, rating: .easy).stability >= stability)
            #expect(p.nextMemory(memory, elapsedDays: 0, rating: .hard).stability < stability)
            #expect(p.nextMemory(memory, elapsedDays: 0, rating: .again).stability < stability)
        }
    }

    @Test func aLapseNeverRaisesStabilityAndARecallNeverLowersIt() {
        let p = FSRSParameters.fsrs6Default
        for stability in [0.3, 2, 20, 200] {
            for difficulty in [1.0, 5, 10] {
                let memory = MemoryState(stability: stability, difficulty: difficulty)
                for elapsed in [1, 3, 30, 300] {
                    #expect(p.nextMemory(memory, elapsedDays: elapsed, rating: .again).stability <= stability)
                    for rating in [ReviewRating.hard, .good, .easy] {
                        #expect(p.nextMemory(memory, elapsedDays: elapsed, rating: rating).stability >= stability)
                    }
                }
            }
        }
    }

    @Test func difficultyStaysInRange() {
        let p = FSRSParameters.fsrs6Default
        var memory = p.initialMemory(.again)
        for _ in 0..<50 { memory = p.nextMemory(memory, elapsedDays: 1, rating: .again) }
        #expect(memory.difficulty <= 10 && memory.difficulty > 9.9)
        for _ in 0..<50 { memory = p.nextMemory(memory, elapsedDays: 1, rating: .easy) }
        #expect(memory.difficulty >= 1 && memory.difficulty < 1.1)
    }

    @Test func badWeightVectorsAreRejected() {
        #expect(throws: FSRSParameterError.wrongCount(20)) { try FSRSParameters(weights: Array(repeating: 1, count: 20)) }
        var weights = FSRSParameters.fsrs6Default.weights
        weights[9] = .nan
        #expect(throws: FSRSParameterError.notFinite(index: 9)) { try FSRSParameters(weights: weights) }
        weights = FSRSParameters.fsrs6Default.weights
        weights[20] = 0
        #expect(throws: FSRSParameterError.nonPositiveDecay(0)) { try FSRSParameters(weights: weights) }
        weights = FSRSParameters.fsrs6Default.weights
        weights[2] = -1
        #expect(throws: FSRSParameterError.nonPositiveInitialStability(index: 2)) { try FSRSParameters(weights: weights) }
    }

    @Test func nineteenWeightsAreWidenedAsFsrs5() throws {
        let widened = try FSRSParameters(weights: Array(FSRSParameters.fsrs5Default.weights.prefix(19)))
        #expect(widened.weights.count == 21)
        #expect(widened[19] == 0 && widened[20] == 0.5)
    }
}

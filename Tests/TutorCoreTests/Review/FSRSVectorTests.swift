import Testing
@testable import TutorCore

/// The scheduler against the reference vectors produced by py-fsrs (FSRS-6 and FSRS-5).
@Suite struct FSRSVectorTests {
    /// Values in the files are rounded to 4 decimals.
    static let tolerance = 0.00005 + 1e-9

    static func settings(weights: [Double], scenario: VectorScenario) throws -> ReviewSettings {
        var settings = ReviewSettings(parameters: try FSRSParameters(weights: weights))
        if scenario.usesDefaultSteps {
            settings.learningSteps = ReviewSettings.flashcardSteps.learning
            settings.relearningSteps = ReviewSettings.flashcardSteps.relearning
        }
        return settings
    }

    static func check(file: String) throws -> Int {
        let (weights, scenarios) = try FSRSVectors.load(file)
        #expect(scenarios.count == 9, "\(file) should hold 9 scenarios")
        var rowsChecked = 0
        for scenario in scenarios {
            let settings = try settings(weights: weights, scenario: scenario)
            let cards = replayAtDueTimes(scenario.rows.map(\.rating), settings: settings)
            for (index, (row, card)) in zip(scenario.rows, cards).enumerated() {
                let context = "\(file) \(scenario.name) review \(index + 1): expected \(row), got \(card)"
                #expect(card.state == row.state, "\(context)")
                #expect(close(card.memory.stability, row.stability, within: tolerance), "\(context)")
                #expect(close(card.memory.difficulty, row.difficulty, within: tolerance), "\(context)")
                let interval: Double
                switch card.due {
                case .day(let day):
                    interval = Double(day.ordinal - card.lastReviewDay.ordinal)
                    #expect(card.scheduledDays == day.ordinal - card.lastReviewDay.ordinal, "\(context)")
                case .instant(let instant):
                    interval = (instant - card.lastReview) / 86_400
                }
                #expect(close(interval, row.intervalDays, within: tolerance), "\(context)")
                rowsChecked += 1
            }
        }
        return rowsChecked
    }

    @Test func fsrs6VectorsMatch() throws {
        // 13 + 13 + 8 + 4 × 1 + 4 + 4 rows.
        #expect(try Self.check(file: "fsrs6_vectors.json") == 46)
    }

    @Test func fsrs5VectorsMatch() throws {
        #expect(try Self.check(file: "fsrs5_vectors.json") == 46)
    }

    @Test func fixtureWeightsAreTheBuiltInDefaults() throws {
        #expect(try FSRSVectors.load("fsrs6_vectors.json").weights == FSRSParameters.fsrs6Default.weights)
        let fsrs5 = try FSRSParameters(weights: try FSRSVectors.load("fsrs5_vectors.json").weights)
        #expect(fsrs5 == FSRSParameters.fsrs5Default)
    }

    /// The vectors review at the same time of day; a learner in another zone, reviewing at the same
    /// instants, must get the same schedule as long as each review lands on the expected study day.
    @Test(arguments: [19_800, -28_800, 0])
    func vectorsHoldInOtherZones(offset: Int) throws {
        let (weights, scenarios) = try FSRSVectors.load("fsrs6_vectors.json")
        for scenario in scenarios {
            let settings = try Self.settings(weights: weights, scenario: scenario)
            let cards = replayAtDueTimes(scenario.rows.map(\.rating), settings: settings, utcOffsetSeconds: offset)
            for (row, card) in zip(scenario.rows, cards) {
                #expect(close(card.memory.stability, row.stability, within: Self.tolerance), "\(scenario.name) at \(offset)")
            }
        }
    }
}

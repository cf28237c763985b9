import Foundation
@testable import TutorCore

/// One row of a reference scenario: the rating given and what py-fsrs reported after it.
struct VectorRow: Sendable, CustomStringConvertible {
    var rating: ReviewRating
    var state: CardState
    var stability: Double
    var difficulty: Double
    /// The wait until the next review in days (fractions for minute-long steps), rounded to 4 decimals.
    var intervalDays: Double

    var description: String { "\(rating) → \(state) S=\(stability) D=\(difficulty) I=\(intervalDays)" }
}

/// A named scenario from `Tests/Fixtures/fsrs/fsrs{5,6}_vectors.json` (see the README there).
struct VectorScenario: Sendable, CustomStringConvertible {
    var name: String
    var rows: [VectorRow]
    /// Scenario A uses py-fsrs's default steps; the others use none.
    var usesDefaultSteps: Bool { name.hasPrefix("A_") }
    var description: String { name }
}

/// The reference vectors, read through `#filePath` so the tests run from any directory.
enum FSRSVectors {
    static func path(_ file: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/fsrs/\(file)").path
    }

    /// The weights and every scenario of one file; nested scenarios (`D_…`) become `D_…/1` and so on.
    static func load(_ file: String) throws -> (weights: [Double], scenarios: [VectorScenario]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(file)))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let weights = root["params"] as? [Double] else {
            throw TestFailure("\(file): no params array")
        }
        var scenarios: [VectorScenario] = []
        for name in root.keys.sorted() where name != "params" {
            if let rows = root[name] as? [[Double]] {
                scenarios.append(VectorScenario(name: name, rows: try rows.map { try row($0, file: file) }))
            } else if let nested = root[name] as? [String: [[Double]]] {
                for key in nested.keys.sorted() {
                    scenarios.append(VectorScenario(name: "\(name)/\(key)",
                                                    rows: try (nested[key] ?? []).map { try row($0, file: file) }))
                }
            } else {
                throw TestFailure("\(file): scenario \(name) has an unexpected shape")
            }
        }
        return (weights, scenarios)
    }

    private static func row(_ values: [Double], file: String) throws -> VectorRow {
        guard values.count == 5, let rating = ReviewRating(rawValue: Int(values[0])) else {
            throw TestFailure("\(file): bad row \(values)")
        }
        let states: [Int: CardState] = [1: .learning, 2: .review, 3: .relearning]
        guard let state = states[Int(values[1])] else { throw TestFailure("\(file): bad state in \(values)") }
        return VectorRow(rating: rating, state: state, stability: values[2], difficulty: values[3], intervalDays: values[4])
    }
}

/// 2022-11-29T12:30:00Z, the first review of every reference scenario.
let vectorStart = 1_669_725_000.0

/// Reviews one item with `ratings`, each exactly when the previous review made it due, as the
/// reference generator did; returns the card after each review.
func replayAtDueTimes(_ ratings: [ReviewRating], settings: ReviewSettings, utcOffsetSeconds: Int = 0) -> [ReviewCard] {
    let scheduler = ReviewScheduler(settings: settings)
    let clock = settings.clock(utcOffsetSeconds: utcOffsetSeconds)
    var cards: [ReviewCard] = []
    var time = vectorStart
    for rating in ratings {
        let card = scheduler.review(cards.last, rating: rating, at: time, day: clock.day(at: time))
        cards.append(card)
        switch card.due {
        case .instant(let instant): time = instant
        case .day: time += Double(card.scheduledDays) * 86_400
        }
    }
    return cards
}

/// A small tolerance check that reports both numbers.
func close(_ a: Double, _ b: Double, within tolerance: Double) -> Bool {
    abs(a - b) <= tolerance
}

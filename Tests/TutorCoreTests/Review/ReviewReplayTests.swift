import Foundation
import Testing
@testable import TutorCore

/// The schedule is a function of the log and the settings, and it lives in the progress file.
@Suite struct ReviewReplayTests {
    /// A deterministic mixed history: several items, ratings, time zones and times of day.
    static func history() -> Progress {
        var progress = Progress()
        var generator = SplitMix(seed: 7)
        let items = ["question:a", "question:b", "template:chi-square", "question:c"]
        let offsets = [0, 19_800, -28_800]
        var time = 1_795_942_800.0
        for _ in 0..<120 {
            time += Double(generator.next() % 200_000)
            let item = items[Int(generator.next() % UInt64(items.count))]
            let outcome = AnswerOutcome(correct: generator.next() % 4 != 0, usedHint: generator.next() % 7 == 0,
                                        seconds: Double(generator.next() % 90), budgetSeconds: 60)
            progress.recordReview(of: item, outcome: outcome, at: time,
                                  utcOffsetSeconds: offsets[Int(generator.next() % 3)])
        }
        return progress
    }

    @Test func replayEqualsTheIncrementalState() {
        var progress = Self.history()
        let incremental = progress.review
        #expect(incremental.cards.count == 4)
        #expect(Set(progress.reviewLog.map(\.rating)).count == 4, "the history exercises every rating")
        // A different current zone must not matter: each entry carries its study day.
        progress.rebuildReviewSchedule(fallbackUTCOffsetSeconds: 36_000)
        #expect(progress.review == incremental)
    }

    @Test func replayWithStepsEqualsTheIncrementalState() {
        var progress = Progress()
        progress.review.settings = ReviewSettings(learningSteps: [60, 600], relearningSteps: [600])
        var time = 1_795_942_800.0
        for rating in [ReviewRating.good, .good, .good, .again, .hard, .good, .easy] {
            progress.recordReview(of: "question:x", rating: rating, at: time, utcOffsetSeconds: 19_800)
            time = progress.review.cards["question:x"].map { $0.due.instant(on: StudyClock(utcOffsetSeconds: 19_800)) } ?? time
            time += 120
        }
        let incremental = progress.review
        progress.rebuildReviewSchedule()
        #expect(progress.review == incremental)
    }

    @Test func changingTheRetentionReschedulesThePast() throws {
        var progress = Self.history()
        let before = progress.review
        var settings = progress.review.settings
        settings.desiredRetention = 0.95
        progress.rebuildReviewSchedule(with: settings)
        #expect(progress.review.settings.desiredRetention == 0.95)
        let id = "question:a"
        let old = try #require(before.cards[id])
        let new = try #require(progress.review.cards[id])
        #expect(new.scheduledDays <= old.scheduledDays)
        #expect(progress.review.cards.values.map(\.scheduledDays).reduce(0, +)
                < before.cards.values.map(\.scheduledDays).reduce(0, +))
    }

    @Test func oldLogEntriesWithoutADayReplayInTheFallbackZone() throws {
        let json = #"[{"item":"question:a","at":1795942800,"rating":3,"elapsedDays":0}]"#
        let log = try JSONDecoder().decode([ReviewLogEntry].self, from: Data(json.utf8))
        #expect(log.first?.studyDay == nil)
        // 09:00 UTC is 01:00 in California: still the 28th's study day.
        let schedule = ReviewSchedule.replay(log, settings: ReviewSettings(), fallbackUTCOffsetSeconds: -28_800)
        #expect(schedule.cards["question:a"]?.lastReviewDay == CivilDay("2026-11-28"))
    }

    @Test func scheduleAndSettingsRoundTripThroughTheProgressFile() throws {
        var progress = Self.history()
        progress.review.settings.desiredRetention = 0.85
        progress.review.settings.grading.easyEnabled = false
        let text = try progress.jsonText()
        let reloaded = try JSONDecoder().decode(Progress.self, from: Data(text.utf8))
        #expect(reloaded == progress)
        #expect(text.contains("\"desiredRetention\""))
        #expect(text.contains("\"parameters\""))
        #expect(text.contains("\"day\""), "log entries record their study day")
    }

    @Test func filesWithoutAReviewMemberGetTheDefaults() throws {
        let json = #"{"schemaVersion":1,"reviewLog":[{"item":"question:a","at":1795942800,"rating":1,"elapsedDays":0}]}"#
        let progress = try JSONDecoder().decode(Progress.self, from: Data(json.utf8))
        #expect(progress.review == ReviewSchedule())
        #expect(progress.review.settings.desiredRetention == 0.9)
        #expect(progress.review.settings.learningSteps.isEmpty)
        #expect(progress.review.settings.dayRolloverHour == 4)
        #expect(progress.unknownMembers.isEmpty)
        let partial = #"{"schemaVersion":1,"review":{"settings":{"desiredRetention":0.8}}}"#
        let settings = try JSONDecoder().decode(Progress.self, from: Data(partial.utf8)).review.settings
        #expect(settings.desiredRetention == 0.8 && settings.parameters == .fsrs6Default)
    }

    @Test func badSettingsAreRejected() {
        for bad in [#"{"desiredRetention":1.2}"#, #"{"parameters":[1,2,3]}"#, #"{"dayRolloverHour":24}"#,
                    #"{"learningSteps":[-60]}"#, #"{"maximumIntervalDays":0}"#] {
            #expect(throws: DecodingError.self, "\(bad)") {
                try JSONDecoder().decode(ReviewSettings.self, from: Data(bad.utf8))
            }
        }
    }
}

/// A tiny seeded generator (SplitMix64) so the history is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

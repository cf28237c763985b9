import Foundation
import Testing
@testable import TutorCore

/// The card state machine: steps, graduation, lapses, and elapsed time in study days.
@Suite struct ReviewSchedulerTests {
    let clock = StudyClock(utcOffsetSeconds: 0)

    func review(_ card: ReviewCard?, _ rating: ReviewRating, at time: Double, settings: ReviewSettings) -> ReviewCard {
        ReviewScheduler(settings: settings).review(card, rating: rating, at: time, day: clock.day(at: time))
    }

    @Test func withoutStepsEveryFirstRatingLandsInDays() {
        for rating in ReviewRating.allCases {
            let card = review(nil, rating, at: vectorStart, settings: ReviewSettings())
            #expect(card.state == .review)
            #expect(card.step == nil)
            #expect(card.scheduledDays >= 1)
            #expect(card.due == .day(clock.day(at: vectorStart).adding(days: card.scheduledDays)))
        }
    }

    @Test func hardOnTheFirstStepWaitsBetweenTheSteps() {
        let two = ReviewSettings(learningSteps: [60, 600])
        let card = review(nil, .hard, at: vectorStart, settings: two)
        #expect(card.state == .learning && card.step == 0)
        #expect(card.due == .instant(vectorStart + 330))
        let one = ReviewSettings(learningSteps: [600])
        #expect(review(nil, .hard, at: vectorStart, settings: one).due == .instant(vectorStart + 900))
    }

    @Test func easyGraduatesAndAgainRestartsTheSteps() {
        let settings = ReviewSettings(learningSteps: [60, 600])
        let good = review(nil, .good, at: vectorStart, settings: settings)
        #expect(good.step == 1)
        let again = review(good, .again, at: vectorStart + 600, settings: settings)
        #expect(again.state == .learning && again.step == 0 && again.due == .instant(vectorStart + 660))
        let easy = review(again, .easy, at: vectorStart + 660, settings: settings)
        #expect(easy.state == .review && easy.scheduledDays >= 1)
    }

    @Test func aLapseEntersRelearningOnlyWhenThereAreRelearningSteps() {
        let withSteps = ReviewSettings(relearningSteps: [600])
        let first = review(nil, .good, at: vectorStart, settings: withSteps)
        let lapse = review(first, .again, at: vectorStart + 2 * 86_400, settings: withSteps)
        #expect(lapse.state == .relearning && lapse.due == .instant(vectorStart + 2 * 86_400 + 600))
        #expect(lapse.lapses == 1 && lapse.reviews == 2)

        let noSteps = ReviewSettings()
        let plain = review(review(nil, .good, at: vectorStart, settings: noSteps), .again,
                           at: vectorStart + 2 * 86_400, settings: noSteps)
        #expect(plain.state == .review && plain.scheduledDays == 1 && plain.lapses == 1)
    }

    @Test func aCardFromSettingsWithMoreStepsGraduates() {
        let long = ReviewSettings(learningSteps: [60, 600, 3600])
        let atStep2 = review(review(nil, .good, at: vectorStart, settings: long), .good, at: vectorStart + 600, settings: long)
        #expect(atStep2.step == 2)
        let short = ReviewSettings(learningSteps: [60])
        let next = review(atStep2, .hard, at: vectorStart + 4200, settings: short)
        #expect(next.state == .review)
    }

    /// Reviewed at 20:00 with a 1-day interval: next morning at 09:00 it is due, and the review counts
    /// as one day later (the recall formula), not as a same-day review.
    @Test func elapsedTimeCountsStudyDaysNotHours() throws {
        let settings = ReviewSettings()
        let evening = 1_669_752_000.0  // 2022-11-29T20:00:00Z
        let first = review(nil, .again, at: evening, settings: settings)
        #expect(first.scheduledDays == 1)
        let morning = evening + 13 * 3600
        #expect(first.due.isDue(now: morning, today: clock.day(at: morning)))
        let second = review(first, .good, at: morning, settings: settings)
        let expected = settings.parameters.nextMemory(first.memory, elapsedDays: 1, rating: .good)
        #expect(second.memory == expected)
        let sameDay = settings.parameters.nextMemory(first.memory, elapsedDays: 0, rating: .good)
        #expect(second.memory != sameDay)
    }

    @Test func aLateNightReviewBelongsToTheEveningBefore() {
        let settings = ReviewSettings()
        let evening = 1_669_752_000.0  // 2022-11-29T20:00:00Z
        let first = review(nil, .good, at: evening, settings: settings)
        // 02:00 the next night is still the 29th's study day: a same-day review.
        let second = review(first, .good, at: evening + 6 * 3600, settings: settings)
        #expect(second.memory == settings.parameters.nextMemory(first.memory, elapsedDays: 0, rating: .good))
    }

    @Test func theMaximumIntervalCaps() {
        let settings = ReviewSettings(maximumIntervalDays: 30)
        var card = review(nil, .easy, at: vectorStart, settings: settings)
        for _ in 0..<5 {
            card = review(card, .easy, at: clock.start(of: card.due.day(on: clock)) + 3600, settings: settings)
        }
        #expect(card.scheduledDays == 30)
    }

    @Test func cardsSurviveAJSONRoundTrip() throws {
        let settings = ReviewSettings(learningSteps: [60])
        let onStep = review(nil, .again, at: vectorStart, settings: settings)
        let graduated = review(onStep, .good, at: vectorStart + 60, settings: settings)
        for card in [onStep, graduated] {
            let data = try JSONEncoder().encode(card)
            #expect(try JSONDecoder().decode(ReviewCard.self, from: data) == card)
        }
        let text = String(decoding: try JSONEncoder().encode(graduated), as: UTF8.self)
        #expect(text.contains("\"dueDay\":\"2022-11-30\""), "Again then Good on the same day: due tomorrow")
        let stepText = String(decoding: try JSONEncoder().encode(onStep), as: UTF8.self)
        #expect(stepText.contains("\"dueAt\":1669725060") && !stepText.contains("dueDay"))
    }

    /// A card built by hand with a negative step (the decoder refuses one) is treated as at step 0.
    @Test func aNegativeStepIsTheFirstStep() {
        let settings = ReviewSettings(learningSteps: [60, 600])
        var card = review(nil, .good, at: vectorStart, settings: settings)
        card.step = -3
        let next = review(card, .hard, at: vectorStart + 600, settings: settings)
        #expect(next.step == 0 && next.due == .instant(vectorStart + 600 + 330))
    }
}

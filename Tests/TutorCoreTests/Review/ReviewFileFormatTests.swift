import Foundation
import Testing
@testable import TutorCore

/// A hand-written progress file with a review schedule: the stored format must keep reading.
@Suite struct ReviewFileFormatTests {
    static func fixture() throws -> Progress {
        let data = try Data(contentsOf: URL(fileURLWithPath: FSRSVectors.path("progress-with-review.json")))
        return try JSONDecoder().decode(Progress.self, from: data)
    }

    @Test func theFixtureReads() throws {
        let progress = try Self.fixture()
        #expect(progress.review.settings == ReviewSettings(grading: ReviewGradingPolicy(easyFraction: 0.3333333333333333)))
        let card = try #require(progress.review.cards["question:t-test-df"])
        #expect(card.state == .review && card.step == nil)
        #expect(card.due == .day(try #require(CivilDay("2026-12-01"))))
        #expect(card.memory.stability == 2.3065)
        #expect(progress.reviewLog.map(\.studyDay) == [CivilDay("2026-11-29"), CivilDay("2026-11-29")])
        #expect(progress.unknownMembers.isEmpty)
    }

    /// The fixture's cards are what its log produces.
    @Test func theFixtureIsItsLogReplayed() throws {
        let progress = try Self.fixture()
        let replayed = ReviewSchedule.replay(progress.reviewLog, settings: progress.review.settings)
        #expect(replayed.cards.keys.sorted() == progress.review.cards.keys.sorted())
        for (id, stored) in progress.review.cards {
            let card = try #require(replayed.cards[id])
            #expect(card.due == stored.due && card.state == stored.state && card.scheduledDays == stored.scheduledDays)
            #expect(close(card.memory.stability, stored.memory.stability, within: 1e-12))
            #expect(close(card.memory.difficulty, stored.memory.difficulty, within: 1e-12))
        }
    }

    @Test func theFixtureSurvivesASave() throws {
        let progress = try Self.fixture()
        let again = try JSONDecoder().decode(Progress.self, from: Data(try progress.jsonText().utf8))
        #expect(again == progress)
    }

    @Test func aBadCardIsAnError() throws {
        let bad = #"{"state":"review","stability":-1,"difficulty":5,"lastReview":0,"lastReviewDay":"1970-01-01","dueDay":"1970-01-02"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReviewCard.self, from: Data(bad.utf8)) }
        let badDay = #"{"state":"review","stability":1,"difficulty":5,"lastReview":0,"lastReviewDay":"1970-13-01","dueDay":"1970-01-02"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReviewCard.self, from: Data(badDay.utf8)) }
        let badLog = #"{"item":"question:a","at":0,"rating":3,"elapsedDays":0,"day":"yesterday"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReviewLogEntry.self, from: Data(badLog.utf8)) }
    }

    @Test func aNegativeStepIsAnError() {
        let bad = #"{"state":"learning","step":-1,"stability":1,"difficulty":5,"lastReview":0,"lastReviewDay":"1970-01-01","dueAt":60}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReviewCard.self, from: Data(bad.utf8)) }
    }
}

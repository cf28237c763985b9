import Testing
@testable import TutorCore

/// Due counts for the coming days and predicted recall per topic.
@Suite struct ReviewForecastTests {
    static let now = ReviewQueueTests.now

    @Test func countsPerDayIncludeOverdueToday() throws {
        var schedule = ReviewSchedule()
        // Again → due the next study day; Easy first review → 8 days (FSRS-6 default S0 = 8.2956).
        schedule.record(.again, for: "question:overdue", at: Self.now - 5 * 86_400, utcOffsetSeconds: 0)
        schedule.record(.again, for: "question:today", at: Self.now - 86_400, utcOffsetSeconds: 0)
        schedule.record(.again, for: "question:tomorrow", at: Self.now, utcOffsetSeconds: 0)
        schedule.record(.easy, for: "question:in8", at: Self.now, utcOffsetSeconds: 0)
        schedule.record(.easy, for: "question:late", at: Self.now - 86_400, utcOffsetSeconds: 0)
        schedule.record(.easy, for: "question:late", at: Self.now + 7 * 86_400, utcOffsetSeconds: 0)
        let forecast = schedule.dueForecast(now: Self.now, utcOffsetSeconds: 0)
        #expect(forecast.count == 14)
        #expect(forecast.first?.day == CivilDay("2026-11-29"))
        #expect(forecast.last?.day == CivilDay("2026-12-12"))
        var expected = Array(repeating: 0, count: 14)
        expected[0] = 2
        expected[1] = 1
        expected[8] = 1
        #expect(forecast.map(\.count) == expected, "the twice-easy item is due beyond two weeks")
        let lateDue = try #require(schedule.cards["question:late"]).due.day(on: StudyClock())
        #expect(lateDue.ordinal - (try #require(CivilDay("2026-11-29"))).ordinal >= 14)
    }

    @Test func recallIsAveragedPerTopic() throws {
        var schedule = ReviewSchedule()
        schedule.record(.good, for: "question:a", at: Self.now - 10 * 86_400, utcOffsetSeconds: 0)
        schedule.record(.again, for: "question:b", at: Self.now - 3 * 86_400, utcOffsetSeconds: 0)
        schedule.record(.good, for: "template:chi", at: Self.now - 2 * 86_400, utcOffsetSeconds: 0)
        let topics = ["question:a": ["statistics"], "question:b": ["statistics", "careers"],
                      "template:chi": ["statistics"]]
        let recall = schedule.predictedRecall(byTopic: topics, now: Self.now, utcOffsetSeconds: 0)
        let p = FSRSParameters.fsrs6Default
        let a = p.retrievability(elapsedDays: 10, stability: p[2])
        let b = p.retrievability(elapsedDays: 3, stability: p[0])
        let chi = p.retrievability(elapsedDays: 2, stability: p[2])
        #expect(recall.map(\.topic) == ["careers", "statistics"])
        #expect(recall.map(\.items) == [1, 3])
        #expect(close(recall[0].recall, b, within: 1e-12))
        #expect(close(recall[1].recall, (a + b + chi) / 3, within: 1e-12))
        #expect(recall.allSatisfy { $0.recall > 0 && $0.recall < 1 })
    }

    @Test func topicsComeFromTheQuestionModel() {
        let quiz = Quiz(id: "stats", title: "Stats", topic: "statistics", timeLimit: 600, questions: [
            Question(id: "q1", prompt: "?", kind: .trueFalse(answer: true), explanation: "", topics: ["t-tests", "p-values"]),
            Question(id: "q2", prompt: "?", kind: .trueFalse(answer: false), explanation: ""),
        ])
        let topics = ReviewItemID.topics(of: [quiz])
        #expect(topics == ["question:q1": ["p-values", "t-tests"], "question:q2": ["statistics"]])
    }
}

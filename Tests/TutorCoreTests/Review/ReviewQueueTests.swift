import Testing
@testable import TutorCore

/// Due queue, "practice more", and item creation.
@Suite struct ReviewQueueTests {
    /// 2026-11-29T09:00:00Z.
    static let now = 1_795_942_800.0

    /// A schedule whose items were first answered `daysAgo` days before `now`, each rated `.again`
    /// (a 1-day interval), so an item answered n days ago is n − 1 days overdue.
    static func schedule(daysAgo: [String: Int]) -> ReviewSchedule {
        var schedule = ReviewSchedule()
        for (id, days) in daysAgo.sorted(by: { $0.key < $1.key }) {
            schedule.record(.again, for: id, at: now - Double(days) * 86_400, utcOffsetSeconds: 0)
        }
        return schedule
    }

    @Test func anItemExistsOnceAnswered() {
        var progress = Progress()
        #expect(progress.review.dueQueue(now: Self.now, utcOffsetSeconds: 0).itemIDs.isEmpty)
        let id = ReviewItemID.question("t-test-df").description
        progress.recordReview(of: id, rating: .good, at: Self.now, utcOffsetSeconds: 0)
        #expect(Array(progress.review.cards.keys) == ["question:t-test-df"])
        #expect(progress.reviewLog.map(\.itemID) == ["question:t-test-df"])
        #expect(progress.reviewLog.first?.studyDay == CivilDay("2026-11-29"))
    }

    @Test func itemIDs() {
        #expect(ReviewItemID.question("q1").description == "question:q1")
        #expect(ReviewItemID.template("chi-square-critical").description == "template:chi-square-critical")
        #expect(ReviewItemID("template:chi-square-critical") == .template("chi-square-critical"))
        #expect(ReviewItemID("question:a:b") == .question("a:b"))
        #expect(ReviewItemID("question:") == nil)
        #expect(ReviewItemID("basics/q1") == nil)
    }

    @Test func dueItemsComeOldestFirst() {
        let schedule = Self.schedule(daysAgo: ["question:a": 2, "question:b": 5, "question:c": 1, "question:d": 0])
        let queue = schedule.dueQueue(now: Self.now, utcOffsetSeconds: 0)
        #expect(queue.itemIDs == ["question:b", "question:a", "question:c"])
        #expect(queue.countsAsScheduledReview)
    }

    @Test func aSessionHoldsAtMostTwenty() {
        var ages: [String: Int] = [:]
        for index in 0..<30 { ages["question:\(index < 10 ? "0" : "")\(index)"] = 1 + index }
        let queue = Self.schedule(daysAgo: ages).dueQueue(now: Self.now, utcOffsetSeconds: 0)
        #expect(queue.itemIDs.count == 20)
        // The twenty most overdue: answered 30 … 11 days ago.
        #expect(queue.itemIDs.first == "question:29")
        #expect(queue.itemIDs.last == "question:10")
        #expect(Self.schedule(daysAgo: ages).dueQueue(now: Self.now, utcOffsetSeconds: 0, limit: 3).itemIDs.count == 3)
    }

    @Test func dueMeansDueByTheStudyDay() {
        // Answered yesterday at 23:00 UTC: due on today's study day, from its 04:00 start.
        var schedule = ReviewSchedule()
        schedule.record(.again, for: "question:x", at: Self.now - 10 * 3600, utcOffsetSeconds: 0)
        #expect(schedule.dueQueue(now: Self.now, utcOffsetSeconds: 0).itemIDs == ["question:x"])
        #expect(schedule.dueQueue(now: Self.now - 6 * 3600 + 1800, utcOffsetSeconds: 0).itemIDs.isEmpty,
                "03:30 is still yesterday's study day")
    }

    @Test func learningStepsAreDueAtTheirInstant() {
        var schedule = ReviewSchedule(settings: ReviewSettings(learningSteps: [600]))
        schedule.record(.again, for: "question:x", at: Self.now, utcOffsetSeconds: 0)
        #expect(schedule.dueQueue(now: Self.now + 599, utcOffsetSeconds: 0).itemIDs.isEmpty)
        #expect(schedule.dueQueue(now: Self.now + 600, utcOffsetSeconds: 0).itemIDs == ["question:x"])
    }

    @Test func practiceMorePicksNotDueItemsWeakestFirstAndIsNotAScheduledReview() throws {
        var schedule = ReviewSchedule()
        schedule.record(.again, for: "question:due", at: Self.now - 3 * 86_400, utcOffsetSeconds: 0)
        // Easy first: S ≈ 8.3, due in 8 days; Good first: S ≈ 2.3, due in 2 days. Neither is due today,
        // and the Good one, further along its shorter curve, is the weaker.
        schedule.record(.easy, for: "question:strong", at: Self.now - 2 * 86_400, utcOffsetSeconds: 0)
        schedule.record(.good, for: "question:weak", at: Self.now - 86_400, utcOffsetSeconds: 0)
        let before = schedule
        let practice = schedule.practiceMore(now: Self.now, utcOffsetSeconds: 0)
        #expect(practice.itemIDs == ["question:weak", "question:strong"])
        #expect(!practice.countsAsScheduledReview)
        #expect(schedule == before)
        #expect(schedule.practiceMore(now: Self.now, utcOffsetSeconds: 0, limit: 1).itemIDs == ["question:weak"])
    }
}

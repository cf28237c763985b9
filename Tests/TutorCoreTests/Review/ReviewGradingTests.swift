import Testing
@testable import TutorCore

/// From what happened to an FSRS rating, and the sentence the learner reads.
@Suite struct ReviewGradingTests {
    let policy = ReviewGradingPolicy()

    @Test func wrongOrTimedOutIsAgain() {
        #expect(policy.grade(AnswerOutcome(correct: false, seconds: 10, budgetSeconds: 60)).rating == .again)
        #expect(policy.grade(AnswerOutcome(correct: true, timedOut: true, seconds: 60, budgetSeconds: 60)).rating == .again,
                "a time-out wins over a half-typed right answer")
        #expect(policy.grade(AnswerOutcome(correct: false, timedOut: true, seconds: 60, budgetSeconds: 60)).reason
                == "because time ran out (budget 60 s)")
    }

    @Test func rightIsGoodHardOrEasy() {
        #expect(policy.grade(AnswerOutcome(correct: true, seconds: 40, budgetSeconds: 60)).rating == .good)
        #expect(policy.grade(AnswerOutcome(correct: true, seconds: 25, budgetSeconds: nil)).rating == .good,
                "without a budget there is no Hard or Easy by time")
        #expect(policy.grade(AnswerOutcome(correct: true, usedHint: true, seconds: 5, budgetSeconds: 60)).rating == .hard,
                "a hint wins over speed")
        #expect(policy.grade(AnswerOutcome(correct: true, seconds: 61, budgetSeconds: 60)).rating == .hard)
        #expect(policy.grade(AnswerOutcome(correct: true, seconds: 60, budgetSeconds: 60)).rating == .good)
        #expect(policy.grade(AnswerOutcome(correct: true, seconds: 19.9, budgetSeconds: 60)).rating == .easy)
        #expect(policy.grade(AnswerOutcome(correct: true, seconds: 20, budgetSeconds: 60)).rating == .good,
                "exactly a third is not under a third")
    }

    @Test func easyCanBeTurnedOffOrRetuned() {
        let noEasy = ReviewGradingPolicy(easyEnabled: false)
        #expect(noEasy.grade(AnswerOutcome(correct: true, seconds: 1, budgetSeconds: 60)).rating == .good)
        let half = ReviewGradingPolicy(easyFraction: 0.5)
        #expect(half.grade(AnswerOutcome(correct: true, seconds: 29, budgetSeconds: 60)).rating == .easy)
    }

    @Test func reasonsNameTheTimes() {
        #expect(policy.grade(AnswerOutcome(correct: true, seconds: 40.4, budgetSeconds: 60)).reason
                == "because you answered correctly in 40 s (budget 60 s)")
        #expect(policy.grade(AnswerOutcome(correct: true, seconds: 125, budgetSeconds: 90)).reason
                == "because you answered correctly but took 2 min 05 s (budget 90 s)")
        #expect(policy.grade(AnswerOutcome(correct: true, usedHint: true, seconds: 9)).reason
                == "because you answered correctly after a hint")
        #expect(policy.grade(AnswerOutcome(correct: false, seconds: 9)).reason == "because the answer was wrong")
        #expect(policy.grade(AnswerOutcome(correct: true, seconds: 12, budgetSeconds: 60)).reason
                == "because you answered correctly and fast, in 12 s (budget 60 s)")
    }

    /// Good, Again, Good, Good gives a 6-day interval with the FSRS-6 defaults (reference scenario C).
    @Test func theExplanationSaysWhenAndWhy() throws {
        let cards = replayAtDueTimes([.good, .again, .good, .good], settings: ReviewSettings())
        let last = try #require(cards.last)
        #expect(last.scheduledDays == 6)
        let grade = policy.grade(AnswerOutcome(correct: true, seconds: 40, budgetSeconds: 60))
        #expect(ReviewSchedule.explanation(for: last, grade: grade)
                == "Next review in 6 days — because you answered correctly in 40 s (budget 60 s)")
        let afterLapse = try #require(cards.dropFirst().first)
        #expect(ReviewSchedule.explanation(for: afterLapse, grade: ReviewGrade(rating: .again, reason: "because the answer was wrong"))
                == "Next review tomorrow — because the answer was wrong")
    }

    @Test func stepsAreExplainedInMinutes() throws {
        let settings = ReviewSettings(learningSteps: [60, 600])
        let first = ReviewScheduler(settings: settings).review(nil, rating: .good, at: vectorStart,
                                                               day: settings.clock(utcOffsetSeconds: 0).day(at: vectorStart))
        #expect(ReviewSchedule.explanation(for: first, grade: ReviewGrade(rating: .good, reason: "because x"))
                == "Next review in 10 min — because x")
    }

    @Test func recordingAGradedAnswerLogsItAndExplains() {
        var progress = Progress()
        let result = progress.recordReview(of: "question:q", outcome: AnswerOutcome(correct: true, seconds: 40, budgetSeconds: 60),
                                           at: vectorStart, utcOffsetSeconds: 0)
        #expect(result.grade.rating == .good)
        // A first Good gives S0 = w2 ≈ 2.31 days, so 2 days.
        #expect(result.explanation == "Next review in 2 days — because you answered correctly in 40 s (budget 60 s)")
        #expect(progress.reviewLog.map(\.rating) == [.good])
        #expect(progress.review.cards["question:q"] == result.card)
        let later = progress.recordReview(of: "question:q", outcome: AnswerOutcome(correct: false, seconds: 50, budgetSeconds: 60),
                                          at: vectorStart + 2 * 86_400, utcOffsetSeconds: 0)
        #expect(later.grade.rating == .again)
        #expect(progress.reviewLog.map(\.elapsedDays) == [0, 2])
        #expect(later.explanation == "Next review tomorrow — because the answer was wrong")
    }
}

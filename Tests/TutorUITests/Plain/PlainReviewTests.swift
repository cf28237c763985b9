import Testing
import TutorCore
@testable import TutorUI

/// Spaced review in plain mode: due questions offered in the menu, answers graded into the schedule.
@Suite struct PlainReviewTests {
    /// Progress in which the numeric sample question was missed three days before the script starts.
    static func progressWithADueQuestion() -> Progress {
        var progress = Progress()
        progress.recordReview(of: "question:n", rating: .again, at: 1_800_000_000 - 3 * 86_400, utcOffsetSeconds: 0)
        return progress
    }

    @Test func theMenuOffersDueReviewsAndAnAnswerMovesTheSchedule() throws {
        var script = PlainScript(progress: Self.progressWithADueQuestion())
        #expect(script.last.contains("v) Review: 1 question due for spaced review"))
        let question = script.type("v")
        #expect(question.contains("Review: 1 due."))
        #expect(question.contains("What is 3/4 as a decimal?"))
        let feedback = script.type("0.75", after: .seconds(8))
        #expect(feedback.hasPrefix("\nCorrect."))
        #expect(feedback.contains("Next review "))
        #expect(feedback.contains("because"))
        guard case let .reviewed(itemID, outcome, _) = script.effects.last else {
            Issue.record("the answer was not recorded as a review")
            return
        }
        #expect(itemID == "question:n")
        #expect(outcome.correct)
        let card = try #require(script.recorder.progress.review.cards["question:n"])
        #expect(card.reviews == 2)
        let done = script.type("")
        #expect(done.contains("Review done: 1 of 1 right. The schedule is updated."))
        #expect(!done.contains("v) Review"))
    }

    @Test func aMissIsGradedAgainAndNothingIsDueWithoutReviews() {
        var fresh = PlainScript()
        #expect(!fresh.last.contains("v) Review"))
        #expect(fresh.type("v").contains("'v' is not on the menu"))

        var script = PlainScript(progress: Self.progressWithADueQuestion())
        script.type("v")
        let feedback = script.type("0.5")
        #expect(feedback.hasPrefix("\nNot quite."))
        guard case let .reviewed(_, outcome, _) = script.effects.last else {
            Issue.record("the miss was not recorded as a review")
            return
        }
        #expect(!outcome.correct)
        #expect(script.recorder.progress.reviewLog.last?.rating == .again)
    }

    @Test func stoppingKeepsWhatWasAnsweredAndLeavesTheRestDue() {
        var progress = Self.progressWithADueQuestion()
        progress.recordReview(of: "question:t", rating: .again, at: 1_800_000_000 - 3 * 86_400, utcOffsetSeconds: 0)
        var script = PlainScript(progress: progress)
        #expect(script.last.contains("v) Review: 2 questions due"))
        script.type("v")
        // Answer whichever comes first: both are quick to answer right.
        let first = script.last.contains("3/4") ? "0.75" : "f"
        script.type(first)
        let menu = script.type("q")
        #expect(menu.contains("Review stopped"))
        #expect(menu.contains("v) Review: 1 question due"))
        #expect(script.effects.filter { if case .reviewed = $0 { return true } else { return false } }.count == 1)
    }

    @Test func practiceMoreAsksAnsweredQuestionsWithoutTouchingTheSchedule() {
        // Reviewed Good an hour before the script starts: known, and not due for days.
        var progress = Progress()
        progress.recordReview(of: "question:n", rating: .good, at: 1_800_000_000 - 3_600, utcOffsetSeconds: 0)
        var script = PlainScript(progress: progress)
        #expect(!script.last.contains("v) Review"))
        #expect(script.last.contains("m) Practice more (nothing is due; does not change the schedule)"))
        let question = script.type("m")
        #expect(question.contains("Practice: 1 question answered before; your schedule stays as it is."))
        #expect(question.contains("What is 3/4 as a decimal?"))
        let feedback = script.type("0.5")
        #expect(feedback.hasPrefix("\nNot quite."))
        #expect(feedback.contains("Practice: this answer does not change your review schedule."))
        #expect(script.type("").contains("Practice done: 0 of 1 right."))
        #expect(script.effects.allSatisfy { if case .reviewed = $0 { return false } else { return true } })
        #expect(script.recorder.progress.review == progress.review)
        #expect(script.recorder.progress.reviewLog == progress.reviewLog)
    }
}

import Testing
import TutorCore
@testable import TutorUI

@Suite struct AppStateReviewTests {
    let size = Size(width: 100, height: 30)
    let t0 = 1_800_000_000.0
    let day = 86_400.0

    /// Progress in which question "s" was missed at `t0`, so it is due again soon after.
    func progressWithAMiss() -> Progress {
        var progress = Progress()
        progress.recordReview(of: "question:s", outcome: AnswerOutcome(correct: false, seconds: 5), at: t0, utcOffsetSeconds: 0)
        return progress
    }

    func state(progress: Progress, at wallNow: Double) -> AppState {
        var s = AppState(sections: Samples.sections, quizzes: [QuizSamples.quiz],
                         skills: [Skill(id: "skill-python", name: "Python", kind: .technical, why: "The language of ML.", sectionID: "intro")],
                         progress: progress, seed: 3)
        _ = s.update(.resize(size))
        _ = s.update(.context(ProgressContext(progress: progress, wallNow: wallNow, utcOffsetSeconds: 0)))
        return s
    }

    func lines(_ s: AppState) -> [String] { s.frame(size: size).lines }

    @Test func dueItemsAppearInTheMenuAndAReviewRecordsThem() throws {
        var s = state(progress: progressWithAMiss(), at: t0 + 3 * day)
        let menu = lines(s)
        #expect(menu.contains { $0.contains("v  Review — 1 due") })
        _ = s.update(.key(.character("v")))
        _ = s.update(.key(.enter))
        #expect(lines(s)[0].hasPrefix(" mltutor · Review"))
        #expect(lines(s)[0].hasSuffix("untimed"))
        let right = try #require(lines(s).lazy.compactMap { line -> Character? in
            guard let r = line.range(of: ") χ² = Σ (O − E)² / E") else { return nil }
            return line[..<r.lowerBound].last
        }.first)
        let effects = s.update(.key(.character(right)))
        guard case let .reviewed(itemID, outcome, time)? = effects.first else { Issue.record("no review recorded: \(effects)"); return }
        #expect(itemID == "question:s")
        #expect(outcome.correct)
        #expect(time == t0 + 3 * day)
        let feedback = lines(s).joined(separator: "\n")
        #expect(feedback.contains("✓ Correct"))
        #expect(feedback.contains(#/Next review in \d+ days — because you answered correctly/#))
        // The menu no longer counts it as due once the session ends.
        _ = s.update(.key(.enter))
        #expect(!lines(s).contains { $0.contains("Review — ") })
        #expect(lines(s).contains { $0.contains("Review done: 1 of 1 right") })
    }

    @Test func practiceMoreDoesNotTouchTheSchedule() {
        var s = state(progress: progressWithAMiss(), at: t0 + 60)
        #expect(!lines(s).contains { $0.contains("Review — ") })
        #expect(lines(s).contains { $0.contains("m  Practice more") })
        _ = s.update(.key(.character("m")))
        _ = s.update(.key(.enter))
        let effects = s.update(.key(.character("1")))
        #expect(effects.isEmpty)
        #expect(lines(s).contains { $0.contains("Practice: this answer does not change your review schedule.") })
    }

    @Test func theDashboardAndSkillsChecklistOpenFromTheMenu() {
        var progress = Progress()
        progress.markFinished(section: "intro")
        var s = state(progress: progress, at: t0)
        _ = s.update(.key(.character("d")))
        _ = s.update(.key(.enter))
        let dashboard = lines(s)
        #expect(dashboard[0].hasPrefix(" mltutor · Progress"))
        #expect(dashboard.contains { $0.contains("1/3") })
        _ = s.update(.key(.escape))
        _ = s.update(.key(.character("s")))
        _ = s.update(.key(.enter))
        #expect(lines(s)[0].hasPrefix(" mltutor · Skills checklist"))
        #expect(lines(s).contains { $0.contains("Python") })
        let effects = s.update(.key(.character("1")))
        #expect(effects == [.setSkill(id: "skill-python", level: .have)])
        #expect(s.context?.progress.skills["skill-python"] == .have)
        _ = s.update(.key(.escape))
        #expect(lines(s)[0].hasPrefix(" mltutor · Guide"))
    }
}

@Suite struct ProgressRecorderReviewTests {
    let day = CivilDay(secondsSince1970: 1_800_000_000)

    @Test func finishedQuizzesScheduleFirstAnswersOnly() {
        var recorder = ProgressRecorder(progress: Progress())
        let wrong = AnswerRecord(questionID: "a", answer: .choice(2), correct: false, seconds: 3)
        let running = RunningQuiz(quizID: "q", seed: 1, started: 0, questionOrder: ["a", "b"], answers: ["a": wrong], currentIndex: 2)
        recorder.apply(.quizFinished(running), now: 1_800_000_000, day: day)
        #expect(Set(recorder.progress.review.cards.keys) == ["question:a", "question:b"])
        #expect(recorder.progress.reviewLog.count == 2)
        // A second attempt answers them again: the schedule is left to due reviews.
        let right = AnswerRecord(questionID: "a", answer: .choice(0), correct: true, seconds: 3)
        let again = RunningQuiz(quizID: "q", seed: 2, started: 0, questionOrder: ["a", "b"], answers: ["a": right], currentIndex: 2)
        recorder.apply(.quizFinished(again), now: 1_800_000_100, day: day)
        #expect(recorder.progress.reviewLog.count == 2)
    }

    @Test func reviewsAndSkillsAreRecorded() {
        var recorder = ProgressRecorder(progress: Progress())
        recorder.apply(.reviewed(itemID: "question:a", outcome: AnswerOutcome(correct: true, seconds: 10), time: 1_800_000_000), now: 1_800_000_001, day: day)
        #expect(recorder.progress.reviewLog.map(\.itemID) == ["question:a"])
        #expect(recorder.progress.review.cards["question:a"] != nil)
        recorder.apply(.setSkill(id: "skill-sql", level: .learning), now: 0, day: day)
        #expect(recorder.progress.skills["skill-sql"] == .learning)
        recorder.apply(.setSkill(id: "skill-sql", level: nil), now: 0, day: day)
        #expect(recorder.progress.skills["skill-sql"] == nil)
    }
}

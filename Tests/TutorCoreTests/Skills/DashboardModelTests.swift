import Testing
@testable import TutorCore

@Suite("DashboardModel")
struct DashboardModelTests {
    let today = CivilDay(year: 2026, month: 3, day: 10)

    let sections = [
        Section(id: "intro", title: "Intro", order: 1, body: ""),
        Section(id: "tests", title: "Tests", order: 2, body: ""),
        Section(id: "soft", title: "Soft", order: 3, body: ""),
    ]

    /// Two quizzes: `stats` has questions on t-tests and one shared with anova; `algebra` relies on its quiz topic.
    let quizzes = [
        Quiz(id: "stats", title: "Statistics", topic: "t-tests", timeLimit: 60, questions: [
            Question(id: "s1", prompt: "?", kind: .trueFalse(answer: true), explanation: "", topics: ["t-tests"]),
            Question(id: "s2", prompt: "?", kind: .trueFalse(answer: true), explanation: "", topics: ["t-tests", "anova"]),
        ]),
        Quiz(id: "algebra", title: "Algebra", topic: "linear-algebra", timeLimit: 60, questions: [
            Question(id: "a1", prompt: "?", kind: .trueFalse(answer: true), explanation: "", topics: []),
        ]),
    ]

    func answer(_ id: String, _ correct: Bool) -> AnswerRecord {
        AnswerRecord(questionID: id, answer: .boolean(correct), correct: correct, seconds: 1)
    }

    func attempt(_ quiz: String, ended: Double, _ answers: [AnswerRecord]) -> QuizAttempt {
        QuizAttempt(quizID: quiz, started: ended - 10, ended: ended, seed: 1, answers: answers)
    }

    @Test func emptyProgressShowsZeros() throws {
        let day = try #require(today)
        let model = DashboardModel(progress: Progress(), sections: sections, quizzes: quizzes, skills: [], today: day)
        #expect(model.sectionsRead == 0)
        #expect(model.sectionsTotal == 3)
        #expect(model.mastery == [])
        #expect(model.quizzes.map(\.taken) == [false, false])
        #expect(model.totalStudySeconds == 0)
        #expect(model.streak == StudyStreak(current: 0, longest: 0, studiedToday: false))
        #expect(model.skills == SkillTally(have: 0, learning: 0, notYet: 0))
    }

    @Test func sectionsReadCountOnlyFinishedContentSections() throws {
        var progress = Progress()
        progress.markFinished(section: "intro")
        progress.markFinished(section: "gone")   // no longer in the content
        progress.markOpened(section: "tests", at: 5)  // opened, not finished
        let model = DashboardModel(progress: progress, sections: sections, quizzes: [], skills: [], today: try #require(today))
        #expect(model.sectionsRead == 1)
    }

    @Test func masteryCountsEachTopicOfAQuestionAndFallsBackToTheQuizTopic() throws {
        var progress = Progress()
        progress.record(attempt: attempt("stats", ended: 100, [answer("s1", true), answer("s2", false)]))
        progress.record(attempt: attempt("algebra", ended: 200, [answer("a1", true), answer("a-removed", false)]))
        // A quiz the content no longer has: its answers cannot be attributed to a topic.
        progress.record(attempt: attempt("old-quiz", ended: 300, [answer("x", true)]))
        let model = DashboardModel(progress: progress, sections: [], quizzes: quizzes, skills: [], today: try #require(today))
        #expect(model.mastery == [
            TopicMastery(topic: "anova", correct: 0, answered: 1),
            TopicMastery(topic: "linear-algebra", correct: 1, answered: 2),
            TopicMastery(topic: "t-tests", correct: 1, answered: 2),
        ])
    }

    /// 25 answers on one topic: 5 wrong ones first, then 20 right ones; only the last 20 count.
    @Test func masteryUsesTheMostRecentTwentyAnswersInOrderOfAttemptEnd() throws {
        var progress = Progress()
        // Recorded out of order on purpose: the later attempt (ended 500) is stored first.
        progress.record(attempt: attempt("stats", ended: 500, Array(repeating: answer("s1", true), count: 20)))
        progress.record(attempt: attempt("stats", ended: 100, Array(repeating: answer("s1", false), count: 5)))
        let model = DashboardModel(progress: progress, sections: [], quizzes: quizzes, skills: [], today: try #require(today))
        let tTests = try #require(model.mastery.first { $0.topic == "t-tests" })
        #expect(tTests.answered == DashboardModel.masteryWindow)
        #expect(tTests.correct == 20)
        #expect(tTests.fraction == 1)

        // The other way round the five wrong answers are recent and count.
        var reversed = Progress()
        reversed.record(attempt: attempt("stats", ended: 100, Array(repeating: answer("s1", true), count: 20)))
        reversed.record(attempt: attempt("stats", ended: 500, Array(repeating: answer("s1", false), count: 5)))
        let other = DashboardModel(progress: reversed, sections: [], quizzes: quizzes, skills: [], today: try #require(today))
        #expect(other.mastery.first { $0.topic == "t-tests" } == TopicMastery(topic: "t-tests", correct: 15, answered: 20))
    }

    @Test func quizSummaryHasBestLastAndHistoryOldestFirst() throws {
        var progress = Progress()
        progress.record(attempt: attempt("stats", ended: 300, [answer("s1", true), answer("s2", false)]))   // 1/2, last
        progress.record(attempt: attempt("stats", ended: 100, [answer("s1", false), answer("s2", false)]))  // 0/2, first
        progress.record(attempt: attempt("stats", ended: 200, [answer("s1", true), answer("s2", true)]))    // 2/2
        let model = DashboardModel(progress: progress, sections: [], quizzes: quizzes, skills: [], today: try #require(today))
        let stats = try #require(model.quizzes.first)
        #expect(stats.quizID == "stats")
        #expect(stats.best == QuizScore(correct: 2, total: 2))
        #expect(stats.last == QuizScore(correct: 1, total: 2))
        #expect(stats.history == [0, 1, 0.5])
        #expect(model.quizzes[1] == QuizSummary(quizID: "algebra", title: "Algebra", best: nil, last: nil, history: []))
    }

    /// A migrated draft knows a best score but kept no attempts: it is shown, with no last score.
    @Test func recordedBestWithoutAttemptsIsKept() throws {
        var progress = Progress()
        progress.quizzes["algebra"] = QuizProgress(attempts: [], bestScore: QuizScore(correct: 7, total: 10))
        let model = DashboardModel(progress: progress, sections: [], quizzes: quizzes, skills: [], today: try #require(today))
        let algebra = try #require(model.quizzes.last)
        #expect(algebra.best == QuizScore(correct: 7, total: 10))
        #expect(algebra.last == nil)
        #expect(algebra.taken)
    }

    @Test func studyTimeStreakAndSkills() throws {
        var progress = Progress()
        let day = try #require(today)
        for offset in [-9, -8, -7, -1, 0] {   // a past run of 3, and a current run of 2 ending today
            progress.addStudyTime(600, on: day.adding(days: offset))
        }
        let skills = [
            Skill(id: "skill-a", name: "A", kind: .technical, why: "", sectionID: "x"),
            Skill(id: "skill-b", name: "B", kind: .technical, why: "", sectionID: "x"),
            Skill(id: "skill-c", name: "C", kind: .soft, why: "", sectionID: "x"),
            Skill(id: "skill-d", name: "D", kind: .soft, why: "", sectionID: "x"),
        ]
        progress.setSkill("skill-a", .have)
        progress.setSkill("skill-b", .learning)
        progress.setSkill("skill-c", .notYet)
        progress.setSkill("skill-removed", .have)  // not in the catalogue: not counted
        let model = DashboardModel(progress: progress, sections: [], quizzes: [], skills: skills, today: day)
        #expect(model.totalStudySeconds == 3000)
        #expect(model.streak == StudyStreak(current: 2, longest: 3, studiedToday: true))
        #expect(model.skills == SkillTally(have: 1, learning: 1, notYet: 2))
        #expect(model.skills.total == 4)
    }
}

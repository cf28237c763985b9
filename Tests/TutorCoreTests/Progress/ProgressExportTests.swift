import Testing
@testable import TutorCore

@Suite("Progress export: summary, JSON, CSV")
struct ProgressExportTests {
    @Test("the CSV has one row per question (unanswered too) with quiz, question, correctness, seconds, time and hint")
    func csv() throws {
        var progress = Progress()
        progress.record(attempt: QuizAttempt(quizID: "stats", started: 1_795_710_000, ended: 1_795_710_300, seed: 1, answers: [
            AnswerRecord(questionID: "t-test", answer: .choice(1), correct: true, seconds: 12.5, answeredAt: 1_795_710_012),
            AnswerRecord(questionID: "odd, \"quoted\"", answer: .unanswered, correct: false, seconds: 0),
        ]))
        progress.record(attempt: QuizAttempt(quizID: "basics", started: 0, ended: 86_399.9, seed: 2, answers: [
            AnswerRecord(questionID: "q1", answer: .boolean(true), correct: true, seconds: 3, answeredAt: 59, usedHint: true),
        ]))
        let lines = progress.quizAttemptsCSV().split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "quiz,question,correct,seconds,when,hint",
            "basics,q1,true,3,1970-01-01T00:00:59Z,true",
            "stats,t-test,true,12.5,2026-11-26T16:20:12Z,false",
            "stats,\"odd, \"\"quoted\"\"\",false,0,2026-11-26T16:25:00Z,false",
            "",
        ])
    }

    @Test("an empty progress exports only the CSV header")
    func emptyCSV() {
        #expect(Progress().quizAttemptsCSV() == "quiz,question,correct,seconds,when,hint\r\n")
    }

    @Test("JSON export is the file format and decodes back")
    func json() throws {
        let progress = sampleProgress()
        let text = try progress.jsonText()
        #expect(ProgressDocument.decode(Array(text.utf8)) == .current(progress))
        #expect(text.hasPrefix("{\n"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test("the summary lists time, streak, sections, quizzes, the unfinished quiz, skills and reviews")
    func summary() throws {
        let today = try #require(CivilDay("2026-11-26"))
        let lines = sampleProgress().summaryLines(today: today)
        #expect(lines == [
            "Study time: 30 min 35 s over 2 days",
            "Streak: 2 days (longest 2)",
            "Sections: 2 started, 1 finished",
            "  ✓ intro: opened 2×, 20 min 35 s",
            "  · linear-algebra: opened 1×",
            "Quizzes: 1 taken, 1 attempt",
            "  basics: best 3/6, 1 attempt, last 3/6",
            "Unfinished quiz: stats, question 2 of 3, 4 min 20 s left",
            "Skills: 1 have, 1 learning, 1 not yet",
            "Reviews: 3 logged",
        ])
    }

    @Test("with titles, ids the content no longer has are listed and marked")
    func summaryWithTitles() {
        var progress = Progress()
        progress.markOpened(section: "intro", at: 0)
        progress.markOpened(section: "retired", at: 0)
        progress.setScroll(section: "retired", line: 8)
        let lines = progress.summaryLines(titles: ["intro": "Introduction"])
        #expect(lines.contains("  · Introduction [intro]: opened 1×"))
        #expect(lines.contains("  · retired (not in the current content): opened 1×, at line 8"))
        #expect(!lines.contains { $0.hasPrefix("Streak") })
    }

    @Test("a streak kept alive from yesterday says to study today")
    func summaryStreakHint() throws {
        var progress = Progress()
        progress.addStudyTime(3700, on: try #require(CivilDay("2026-11-25")))
        let today = try #require(CivilDay("2026-11-26"))
        let lines = progress.summaryLines(today: today)
        #expect(lines.prefix(2) == ["Study time: 1 h 01 min over 1 day", "Streak: 1 day (longest 1) — study today to keep it"])
    }
}

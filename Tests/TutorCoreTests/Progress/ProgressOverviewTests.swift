import Foundation
import Testing
@testable import TutorCore

@Suite("Progress overview, attempt history and atomic export files")
struct ProgressOverviewTests {
    static let sections = [
        ProgressOverview.Entry(id: "intro", title: "Introduction"),
        ProgressOverview.Entry(id: "linear-algebra", title: "Linear algebra"),
        ProgressOverview.Entry(id: "faq", title: "FAQ"),
    ]
    static let quizzes = [
        ProgressOverview.Entry(id: "basics", title: "The basics"),
        ProgressOverview.Entry(id: "anova", title: "ANOVA"),
    ]

    @Test("sections read out of the content's, every section by title, quizzes with best and last scores")
    func lines() throws {
        let overview = ProgressOverview(progress: sampleProgress(), sections: Self.sections, quizzes: Self.quizzes)
        #expect(overview.lines(today: try #require(CivilDay("2026-11-26"))) == [
            "Study time: 30 min 35 s over 2 days",
            "Streak: 2 days (longest 2)",
            "Sections read: 1/3",
            "  ✓ Introduction [intro]: read, opened 2×, 20 min 35 s",
            "  · Linear algebra [linear-algebra]: not finished, opened 1×",
            "  · FAQ [faq]: not opened",
            "Quizzes taken: 1/2",
            "  The basics [basics]: best 3/6, last 3/6, 1 attempt",
            "Unfinished quiz: stats (not in the current content), question 2 of 3, 4 min 20 s left",
            "Skills: 1 have, 1 learning, 1 not yet",
            "Reviews: 3 logged",
        ])
    }

    @Test("progress for ids the content lacks is listed, marked, and not counted as read")
    func retiredIDs() throws {
        var progress = Progress()
        progress.markOpened(section: "retired", at: 0)
        progress.setScroll(section: "retired", line: 8)
        progress.markOpened(section: "gone", at: 0)
        progress.markFinished(section: "gone")
        progress.record(attempt: QuizAttempt(quizID: "old-quiz", started: 0, ended: 10, seed: 1, answers: [
            AnswerRecord(questionID: "a", answer: .boolean(true), correct: true, seconds: 1),
        ]))
        progress.record(attempt: QuizAttempt(quizID: "anova", started: 20, ended: 30, seed: 2, answers: [
            AnswerRecord(questionID: "b", answer: .boolean(true), correct: false, seconds: 1),
        ]))
        let lines = ProgressOverview(progress: progress, sections: Self.sections, quizzes: Self.quizzes)
            .lines(today: try #require(CivilDay("2026-11-26")))
        #expect(lines.contains("Sections read: 0/3"))
        #expect(lines.contains("  ✓ gone (not in the current content): read, opened 1×"))
        #expect(lines.contains("  · retired (not in the current content): not finished, at line 8, opened 1×"))
        #expect(lines.contains("Quizzes taken: 1/2"))
        let quizLines = lines.drop { !$0.hasPrefix("Quizzes taken") }.dropFirst()
        #expect(Array(quizLines) == [
            "  ANOVA [anova]: best 0/1, last 0/1, 1 attempt",
            "  old-quiz (not in the current content): best 1/1, last 1/1, 1 attempt",
        ])
    }

    @Test("the attempt history JSON holds every attempt in CSV order and parses back")
    func attemptsJSON() throws {
        var progress = sampleProgress()
        progress.record(attempt: QuizAttempt(quizID: "anova", started: 5, ended: 9, seed: 3, answers: [
            AnswerRecord(questionID: "f", answer: .typed(text: "4.2", number: 4.2), correct: true, seconds: 4, answeredAt: 8),
        ]))
        let text = try progress.quizAttemptsJSON()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 2)
        let attempts = try #require(object["attempts"] as? [[String: Any]])
        #expect(attempts.map { $0["quiz"] as? String } == ["anova", "basics"])
        let basics = attempts[1]
        #expect((basics["answers"] as? [Any])?.count == 6)
        #expect((basics["score"] as? [String: Int]) == ["correct": 3, "total": 6])
        #expect((attempts[0]["answers"] as? [[String: Any]])?.first?["question"] as? String == "f")
    }

    @Test("an empty history is an empty list")
    func emptyAttemptsJSON() throws {
        #expect(try Progress().quizAttemptsJSON() == "{\n  \"attempts\" : [\n\n  ],\n  \"schemaVersion\" : 2\n}\n")
    }

    @Test("an export file is written whole, mode 0600, replacing an older export")
    func atomicFile() throws {
        try withTemporaryFolder { folder in
            let path = folder.file("history.csv")
            try write("old export", to: path)
            try AtomicFile.write("quiz,question\r\n", to: path)
            #expect(bytes(at: path) == Array("quiz,question\r\n".utf8))
            #expect(mode(of: path) == 0o600)
            let listing = try folder.listing()
            #expect(listing == ["history.csv"])
        }
    }

    @Test("an export into a missing folder fails with the path and errno, leaving nothing behind")
    func atomicFileMissingFolder() throws {
        try withTemporaryFolder { folder in
            #expect(throws: ProgressSaveError.system(operation: .createTemporaryFile, path: folder.file("no"), code: ENOENT)) {
                try AtomicFile.write("x", to: folder.file("no/history.csv"))
            }
            let listing = try folder.listing()
            #expect(listing.isEmpty)
        }
    }
}

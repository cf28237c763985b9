import Foundation
import Testing
@testable import TutorCore

@Suite("Progress model")
struct ProgressModelTests {
    private func decode(_ json: String) throws -> Progress {
        try JSONDecoder().decode(Progress.self, from: Data(json.utf8))
    }

    @Test("opening a section counts openings and keeps the first and last times")
    func opening() throws {
        var progress = Progress()
        progress.markOpened(section: "intro", at: 100)
        progress.markOpened(section: "intro", at: 250)
        progress.setScroll(section: "intro", line: -3)
        let entry = try #require(progress.sections["intro"])
        #expect(entry.openCount == 2)
        #expect(entry.firstOpened == 100)
        #expect(entry.lastOpened == 250)
        #expect(entry.scrollLine == 0)
        #expect(entry.finished == false)
        progress.markFinished(section: "intro")
        progress.setScroll(section: "intro", line: 77)
        #expect(progress.sections["intro"]?.finished == true)
        #expect(progress.sections["intro"]?.scrollLine == 77)
        progress.markFinished(section: "intro", false)
        #expect(progress.sections["intro"]?.finished == false)
    }

    @Test("study time adds to the total, the day and the section; bad amounts are ignored")
    func studyTime() throws {
        var progress = Progress()
        let day = try #require(CivilDay("2026-11-26"))
        progress.addStudyTime(90, on: day, section: "intro")
        progress.addStudyTime(30, on: day)
        progress.addStudyTime(-5, on: day, section: "intro")
        progress.addStudyTime(.infinity, on: day)
        #expect(progress.totalStudySeconds == 120)
        #expect(progress.studyDays == ["2026-11-26": 120])
        #expect(progress.sections["intro"]?.secondsSpent == 90)
    }

    private func attempt(_ correct: Int, of total: Int, quiz: String = "basics") -> QuizAttempt {
        let answers = (0..<total).map { index in
            AnswerRecord(questionID: "q\(index)", answer: .boolean(true), correct: index < correct, seconds: 1)
        }
        return QuizAttempt(quizID: quiz, started: 0, ended: 10, seed: 1, answers: answers)
    }

    @Test("recording attempts keeps every attempt and the best score")
    func bestScore() {
        var progress = Progress()
        // Same share with more questions (8/10 after 4/5) counts as better.
        let results = [(2, 5), (4, 5), (3, 5), (8, 10), (4, 5)].map { progress.record(attempt: attempt($0.0, of: $0.1)) }
        #expect(results == [true, true, false, true, false])
        #expect(progress.quizzes["basics"]?.attempts.map(\.score.correct) == [2, 4, 3, 8, 4])
        #expect(progress.quizzes["basics"]?.bestScore == QuizScore(correct: 8, total: 10))
    }

    @Test("a running quiz resumes with its remaining time and becomes an attempt when finished")
    func runningQuiz() throws {
        var progress = Progress()
        #expect(!progress.updateRunningQuiz { $0.currentIndex = 5 })
        #expect(progress.finishRunningQuiz(at: 1) == nil)

        progress.startQuiz("stats", seed: 42, questionOrder: ["b", "a", "c"], at: 1000, timeLimit: 120)
        progress.answerRunningQuiz(AnswerRecord(questionID: "b", answer: .choice(1), correct: true, seconds: 20, answeredAt: 1020))
        progress.spendRunningQuizTime(20)
        #expect(progress.runningQuiz?.currentIndex == 1)
        #expect(progress.runningQuiz?.secondsRemaining == 100)

        // The program is closed for a day: nothing changes, because remaining time is stored, not a deadline.
        let reopened = try JSONDecoder().decode(Progress.self, from: JSONEncoder().encode(progress))
        #expect(reopened.runningQuiz == progress.runningQuiz)

        progress.answerRunningQuiz(AnswerRecord(questionID: "a", answer: .choice(0), correct: false, seconds: 30, answeredAt: 1050))
        progress.spendRunningQuizTime(500)
        #expect(progress.runningQuiz?.isOutOfTime == true)
        let finishedAttempt = progress.finishRunningQuiz(at: 1600)
        let finished = try #require(finishedAttempt)
        #expect(progress.runningQuiz == nil)
        #expect(finished.answers.map(\.questionID) == ["b", "a", "c"])
        #expect(finished.answers[2].answer == .unanswered)
        #expect(finished.answers[2].correct == false)
        #expect(finished.score == QuizScore(correct: 1, total: 3))
        #expect(finished.seed == 42)
        #expect(finished.started == 1000)
        #expect(finished.ended == 1600)
        #expect(progress.quizzes["stats"]?.attempts == [finished])
        #expect(progress.quizzes["stats"]?.bestScore == QuizScore(correct: 1, total: 3))
    }

    @Test("skills can be set, changed and cleared")
    func skills() {
        var progress = Progress()
        progress.setSkill("python", .learning)
        progress.setSkill("python", .have)
        progress.setSkill("cuda", .notYet)
        #expect(progress.skills == ["python": .have, "cuda": .notYet])
        progress.setSkill("cuda", nil)
        #expect(progress.skills == ["python": .have])
    }

    @Test("every member survives JSON encoding and decoding, including a 64-bit seed")
    func codableRoundTrip() throws {
        let original = sampleProgress()
        let text = try original.jsonText()
        let decoded = try decode(text)
        #expect(decoded == original)
        #expect(decoded.quizzes["basics"]?.attempts.first?.seed == UInt64.max)
        #expect(text.contains("\"schemaVersion\" : 2"))
        #expect(text.contains("\"kind\" : \"matrix\""))
    }

    @Test("every kind of recorded answer and place round-trips", arguments: [
        RecordedAnswer.choice(0), .choices([1, 2]), .boolean(false), .typed(text: "abc", number: nil),
        .typed(text: "3.5", number: 3.5), .matrix([[1], [-2.5]]), .unanswered,
    ])
    func answers(answer: RecordedAnswer) throws {
        let data = try JSONEncoder().encode(answer)
        #expect(try JSONDecoder().decode(RecordedAnswer.self, from: data) == answer)
    }

    @Test("places round-trip; a place from a later build decodes as the menu")
    func places() throws {
        let places: [LastPlace] = [.menu, .reader(sectionID: "intro", line: 9), .quiz(quizID: "basics"), .review, .skills, .progress]
        for place in places {
            #expect(try JSONDecoder().decode(LastPlace.self, from: JSONEncoder().encode(place)) == place)
        }
        let future = try decode(#"{"schemaVersion": 1, "lastPlace": {"screen": "flashcards", "deck": "x"}}"#)
        #expect(future.lastPlace == .menu)
    }

    @Test("members missing from a file take their defaults")
    func missingMembers() throws {
        let progress = try decode(#"{"schemaVersion": 1, "sections": {"intro": {"finished": true}}}"#)
        #expect(progress.sections["intro"] == SectionProgress(finished: true))
        #expect(progress.quizzes.isEmpty)
        #expect(progress.lastPlace == .menu)
        #expect(progress.runningQuiz == nil)
    }

    @Test("unknown top-level members from a later patch are kept and written back; unknown nested keys are ignored")
    func unknownMembers() throws {
        let json = #"""
        {"schemaVersion": 1, "badges": {"first-quiz": 1764174000.5, "list": [1, "two", null, true]},
         "sections": {"intro": {"openCount": 2, "highlights": [3, 4]}}}
        """#
        let progress = try decode(json)
        #expect(progress.sections["intro"]?.openCount == 2)
        let badges = try #require(progress.unknownMembers["badges"])
        #expect(badges["list"] == .array([.int(1), .string("two"), .null, .bool(true)]))
        let again = try decode(progress.jsonText())
        #expect(again.unknownMembers == progress.unknownMembers)
        #expect(again == progress)
    }

    @Test("progress for ids the content no longer has is kept through changes and saves")
    func unknownIDsKept() throws {
        var progress = try decode(#"""
        {"schemaVersion": 1, "sections": {"removed-section": {"openCount": 4, "finished": true}},
         "quizzes": {"old-quiz": {"attempts": [], "bestScore": {"correct": 3, "total": 4}}},
         "skills": {"fortran": "have"}}
        """#)
        progress.markOpened(section: "intro", at: 5)
        let reloaded = try decode(progress.jsonText())
        #expect(reloaded.sections["removed-section"] == SectionProgress(openCount: 4, finished: true))
        #expect(reloaded.quizzes["old-quiz"]?.bestScore == QuizScore(correct: 3, total: 4))
        #expect(reloaded.skills["fortran"] == .have)
        #expect(reloaded.sections["intro"]?.openCount == 1)
    }
}

import Foundation
import Testing
@testable import TutorCore

/// Question hints: read from quiz files, shown on request, and recorded with the answer.
@Suite struct QuestionHintTests {
    static let yaml = """
        id: hints
        title: Hints
        topic: testing
        timeLimit: 600
        questions:
          - id: hint-written
            type: numeric
            prompt: "What is 2 + 2?"
            answer: 4
            tolerance: {absolute: 0.01}
            explanation: "Two and two make four."
            hint: "Count on from two."
          - id: hint-none
            type: truefalse
            prompt: "Is 1 less than 2?"
            answer: true
            explanation: "It is."
          - id: hint-generated
            generator: ttest.welch
            parameters: {target: df}
            hint: "Use the Welch–Satterthwaite formula, not n₁ + n₂ − 2."
        """

    @Test func hintsAreReadAndKeptThroughGeneration() throws {
        let quiz = try QuizParser.parse(Self.yaml, path: "hints.yaml")
        #expect(quiz.questions[0].hint == "Count on from two.")
        #expect(quiz.questions[1].hint == nil)
        #expect(quiz.questions[2].hint == "Use the Welch–Satterthwaite formula, not n₁ + n₂ − 2.")
        // Fresh numbers for an attempt keep the entry's hint.
        #expect(quiz.materialised(seed: 9).questions[2].hint == quiz.questions[2].hint)
        #expect(quiz.materialised(seed: 9).questions[2].prompt != quiz.questions[2].prompt)
    }

    @Test func anEmptyHintIsAProblemWithItsLine() {
        let text = Self.yaml.replacingOccurrences(of: "hint: \"Count on from two.\"", with: "hint: \"\"")
        let problems = QuizParser.parseAll(text, path: "hints.yaml").problems.map(\.description)
        #expect(problems.contains { $0.hasPrefix("hints.yaml:12:") && $0.contains("hint") })
    }

    @Test func askingForTheHintIsRecordedWithTheAnswer() throws {
        let quiz = try QuizParser.parse(Self.yaml, path: "hints.yaml")
        var session = QuizSession(quiz: quiz, settings: QuizSettings(mode: .exam), seed: 1, now: .zero)
        #expect(session.showHint() == "Count on from two.")
        let submitted = session.submit(.number(4), typed: "4", now: .seconds(5))
        let first = try #require(submitted)
        #expect(first.correct && first.usedHint)
        // A question without a hint: nothing to show, nothing recorded.
        #expect(session.showHint() == nil)
        let answered = session.submit(.truth(true), now: .seconds(6))
        let second = try #require(answered)
        #expect(!second.usedHint)
        #expect(session.hintsShown == ["hint-written"])
    }

    @Test func usedHintIsWrittenOnlyWhenTrueAndReadBack() throws {
        let plain = AnswerRecord(questionID: "q", answer: .boolean(true), correct: true, seconds: 3)
        let hinted = AnswerRecord(questionID: "q", answer: .boolean(true), correct: true, seconds: 3, usedHint: true)
        let plainJSON = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!plainJSON.contains("usedHint"))
        #expect(try JSONDecoder().decode(AnswerRecord.self, from: JSONEncoder().encode(hinted)) == hinted)
        #expect(try JSONDecoder().decode(AnswerRecord.self, from: Data(plainJSON.utf8)) == plain)
    }

    @Test func aHintShownBeforeLeavingIsStillOnRecordAfterAResume() throws {
        let quiz = try QuizParser.parse(Self.yaml, path: "hints.yaml")
        var session = QuizSession(quiz: quiz, settings: QuizSettings(mode: .exam), seed: 1, now: .zero)
        _ = session.showHint()
        let saved = session.snapshot(started: 0)
        #expect(saved.hintsShown == ["hint-written"])
        #expect(saved.title == "Hints")
        // Through the file format, as a restart reads it.
        let reread = try JSONDecoder().decode(RunningQuiz.self, from: JSONEncoder().encode(saved))
        var resumed = try #require(QuizSession(resuming: reread, quiz: quiz, now: .zero))
        let submitted = resumed.submit(.number(4), typed: "4", now: .seconds(3))
        #expect(try #require(submitted).usedHint)
        // Once answered, the flag lives in the answer and the list is empty again.
        #expect(resumed.snapshot(started: 0).hintsShown.isEmpty)
        let json = String(decoding: try JSONEncoder().encode(resumed.snapshot(started: 0)), as: UTF8.self)
        #expect(!json.contains("hintsShown"))
    }
}

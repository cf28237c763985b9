import Testing
@testable import TutorCore

/// Damaged input must give problems with sensible lines, never a crash or a silent half-result.
@Suite("QuizParser robustness")
struct QuizParserRobustnessTests {
    static let fixture: String = (try? FixtureSupport.read(
        FixtureSupport.fixturesDirectory + "/valid-content/quizzes/fixture-quiz.yaml")) ?? ""

    static var lines: [Substring] { fixture.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The invariants every parse must satisfy, whatever the input.
    func checkInvariants(_ text: String) {
        let parsed = QuizParser.parseAll(text, path: "q.yaml")
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for problem in parsed.problems {
            #expect(problem.line >= 0 && problem.line <= lineCount + 1, "\(problem)")
            #expect(!problem.message.isEmpty)
        }
        if parsed.problems.isEmpty {
            // A clean parse must hold every question the file lists.
            #expect(parsed.quiz?.questions.count == parsed.questionEntries)
        }
    }

    @Test func fixtureIsNotEmpty() {
        #expect(Self.lines.count > 30)
    }

    @Test func deletingAnyOneLine() {
        for index in Self.lines.indices {
            var lines = Self.lines
            lines.remove(at: index)
            checkInvariants(lines.joined(separator: "\n"))
        }
    }

    @Test func truncatingAtAnyLine() {
        for count in 0...Self.lines.count {
            checkInvariants(Self.lines.prefix(count).joined(separator: "\n"))
        }
    }

    @Test func deletingAnswerOrToleranceLinesIsAlwaysReported() {
        for (index, line) in Self.lines.enumerated() where line.contains("answer:") || line.contains("tolerance:") {
            var lines = Self.lines
            lines.remove(at: index)
            let parsed = QuizParser.parseAll(lines.joined(separator: "\n"), path: "q.yaml")
            #expect(!parsed.problems.isEmpty, "removing line \(index + 1) '\(line)' went unnoticed")
        }
    }

    @Test func shortStringsNeverCrashTheNumberParser() {
        let alphabet = Array("0123456789.,+-e/% x")
        var parsedCount = 0
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    let text = String([a, b, c])
                    if let value = try? NumericAnswer.parse(text, percent: true) {
                        #expect(value.isFinite, "\(text) → \(value)")
                        parsedCount += 1
                    }
                }
            }
        }
        // Plenty of the combinations are numbers ("1.5", "3/4", "12%"), so the parser is not just refusing all.
        #expect(parsedCount > 1000)
    }
}

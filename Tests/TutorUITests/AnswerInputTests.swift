import Testing
import TutorCore
@testable import TutorUI

@Suite struct AnswerInputTests {
    func choices(_ q: Question) -> [(original: Int, text: String)] {
        q.kind.choices.enumerated().map { (original: $0.offset, text: $0.element) }
    }

    func type(_ text: String, into input: inout AnswerInput, _ q: Question) -> AnswerInput.Outcome? {
        var last: AnswerInput.Outcome?
        for c in text { last = input.handle(.character(c), question: q, choices: choices(q)) }
        return last
    }

    @Test func singleAnswersWithANumberOrArrowsAndEnter() {
        let q = QuizSamples.single
        var input = AnswerInput(for: q)
        #expect(input.handle(.character("2"), question: q, choices: choices(q)) == .submit(.choice(1), typed: nil))
        var arrows = AnswerInput(for: q)
        _ = arrows.handle(.down, question: q, choices: choices(q))
        _ = arrows.handle(.down, question: q, choices: choices(q))
        _ = arrows.handle(.down, question: q, choices: choices(q))
        #expect(arrows.handle(.enter, question: q, choices: choices(q)) == .submit(.choice(2), typed: nil))
        // A number beyond the choices is ignored, not an answer.
        #expect(input.handle(.character("9"), question: q, choices: choices(q)) == nil)
    }

    @Test func shuffledChoicesSubmitTheOriginalIndex() {
        let q = QuizSamples.single
        let shuffled: [(original: Int, text: String)] = [(2, "F"), (0, "χ²"), (1, "t")]
        var input = AnswerInput(for: q)
        #expect(input.handle(.character("2"), question: q, choices: shuffled) == .submit(.choice(0), typed: nil))
    }

    @Test func multipleTogglesAndNeedsOne() {
        let q = QuizSamples.multiple
        var input = AnswerInput(for: q)
        #expect(input.handle(.enter, question: q, choices: choices(q)) == .hint("select at least one option (Space toggles), then Enter"))
        _ = input.handle(.character(" "), question: q, choices: choices(q))
        _ = input.handle(.character("2"), question: q, choices: choices(q))
        _ = input.handle(.character("3"), question: q, choices: choices(q))
        _ = input.handle(.character("3"), question: q, choices: choices(q))
        #expect(input.handle(.enter, question: q, choices: choices(q)) == .submit(.choices([0, 1]), typed: nil))
    }

    @Test func trueFalseByLetterNumberOrCursor() {
        let q = QuizSamples.trueFalse
        var input = AnswerInput(for: q)
        #expect(input.handle(.character("f"), question: q, choices: []) == .submit(.truth(false), typed: nil))
        #expect(input.handle(.character("T"), question: q, choices: []) == .submit(.truth(true), typed: nil))
        _ = input.handle(.down, question: q, choices: [])
        #expect(input.handle(.enter, question: q, choices: []) == .submit(.truth(false), typed: nil))
    }

    @Test(arguments: ["", "1..2", "abc", "--", "3/0"])
    func malformedNumbersGiveAHintAndAreNotAnswers(text: String) {
        let q = QuizSamples.numeric
        var input = AnswerInput(for: q)
        _ = type(text, into: &input, q)
        guard case let .hint(message) = input.handle(.enter, question: q, choices: []) else {
            Issue.record("'\(text)' was accepted")
            return
        }
        #expect(message.contains("type a number such as"))
    }

    @Test(arguments: [("0.75", 0.75), ("0,75", 0.75), ("3/4", 0.75), ("+7.5e-1", 0.75), (" .75 ", 0.75)])
    func tolerantNumbersAreParsed(text: String, value: Double) {
        let q = QuizSamples.numeric
        var input = AnswerInput(for: q)
        _ = type(text, into: &input, q)
        #expect(input.handle(.enter, question: q, choices: []) == .submit(.number(value), typed: text))
    }

    @Test func lineEditingMovesTheCursor() {
        let q = QuizSamples.numeric
        var input = AnswerInput(for: q)
        _ = type("0.5", into: &input, q)
        _ = input.handle(.left, question: q, choices: [])
        _ = type("7", into: &input, q)
        _ = input.handle(.home, question: q, choices: [])
        _ = input.handle(.delete, question: q, choices: [])
        _ = input.handle(.end, question: q, choices: [])
        _ = input.handle(.backspace, question: q, choices: [])
        _ = type("5", into: &input, q)
        #expect(input.handle(.enter, question: q, choices: []) == .submit(.number(0.75), typed: ".75"))
    }

    @Test func matrixCellsByTabAndArrowsWithCellHints() {
        let q = QuizSamples.matrix
        var input = AnswerInput(for: q)
        _ = type("19", into: &input, q)
        _ = input.handle(.tab, question: q, choices: [])
        _ = type("22", into: &input, q)
        _ = input.handle(.tab, question: q, choices: [])
        _ = type("43", into: &input, q)
        #expect(input.handle(.enter, question: q, choices: []) == .hint("row 2, column 2: no answer typed: enter a number — type a number such as 0.25, 3/4, -1.5 or 1e-3"))
        guard case let .matrix(_, row, column) = input.state else { Issue.record("not a matrix input"); return }
        #expect(row == 1 && column == 1)  // the cursor jumps to the cell that needs fixing
        _ = type("50", into: &input, q)
        _ = input.handle(.backTab, question: q, choices: [])
        _ = input.handle(.up, question: q, choices: [])
        _ = input.handle(.backspace, question: q, choices: [])
        _ = type("9", into: &input, q)
        #expect(input.handle(.enter, question: q, choices: []) == .submit(.matrix([[19, 22], [43, 50]]), typed: "19 22; 43 50"))
    }
}

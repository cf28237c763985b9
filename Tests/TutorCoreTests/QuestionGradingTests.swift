import Testing
@testable import TutorCore

@Suite("Question grading")
struct QuestionGradingTests {
    func question(_ kind: QuestionKind) -> Question {
        Question(id: "q", prompt: "p", kind: kind, explanation: "e")
    }

    @Test func single() {
        let q = question(.single(choices: ["a", "b", "c"], answer: 1))
        #expect(q.grade(.choice(1)))
        #expect(!q.grade(.choice(0)))
        #expect(!q.grade(.choice(7)))
        #expect(!q.grade(.choices([1])))
    }

    @Test func multipleNeedsExactlyTheRightSet() {
        let q = question(.multiple(choices: ["a", "b", "c", "d"], answers: [0, 2]))
        #expect(q.grade(.choices([2, 0])))
        #expect(!q.grade(.choices([0])))
        #expect(!q.grade(.choices([0, 2, 3])))
        #expect(!q.grade(.choices([])))
    }

    @Test func trueFalse() {
        let q = question(.trueFalse(answer: false))
        #expect(q.grade(.truth(false)))
        #expect(!q.grade(.truth(true)))
        #expect(!q.grade(.choice(1)))
    }

    @Test func numericUsesTheTolerance() {
        let q = question(.numeric(answer: 2.776, tolerance: .absolute(0.01), percent: false))
        #expect(q.grade(.number(2.78)))
        #expect(!q.grade(.number(2.79)))
    }

    @Test func typedNumericAnswers() {
        let q = question(.numeric(answer: 12.5, tolerance: .absolute(0.05), percent: true))
        #expect(q.grade(typed: "12.5%") == .success(true))
        #expect(q.grade(typed: "12,5") == .success(true))
        #expect(q.grade(typed: "25/2") == .success(true))
        #expect(q.grade(typed: "13") == .success(false))
        #expect(q.grade(typed: "abc") == .failure(.notANumber("abc")))
        let plain = question(.numeric(answer: 0.125, tolerance: .absolute(0.001), percent: false))
        #expect(plain.grade(typed: "12.5%") == .failure(.unexpectedPercent("12.5%")))
    }

    @Test func matrixComparesEveryCellAndTheShape() {
        let q = question(.matrix(answer: [[19, 22], [43, 50]], tolerance: .absolute(0.001)))
        #expect(q.grade(.matrix([[19, 22], [43, 50]])))
        #expect(!q.grade(.matrix([[19, 22], [43, 51]])))
        #expect(!q.grade(.matrix([[19, 22]])))
        #expect(!q.grade(.matrix([[19, 22, 0], [43, 50, 0]])))
        #expect(q.grade(typed: "19 22; 43 50") == .success(true))
        #expect(q.grade(typed: "19 22 43 50") == .success(false))
    }

    @Test func typedTextForAChoiceQuestionIsRefused() {
        let q = question(.single(choices: ["a", "b"], answer: 0))
        #expect(q.grade(typed: "0") == .failure(.notANumber("0")))
    }
}

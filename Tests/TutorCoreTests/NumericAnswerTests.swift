import Testing
@testable import TutorCore

@Suite("NumericAnswer")
struct NumericAnswerTests {
    @Test(arguments: [
        ("3.5", 3.5), ("3,5", 3.5), ("+2", 2), ("-0.5", -0.5), ("\u{2212}0.5", -0.5), (".5", 0.5),
        ("1e-3", 0.001), ("2.5E+2", 250), ("  42  ", 42), ("3/4", 0.75), ("-1/8", -0.125), ("1,5/3", 0.5),
        ("7.", 7), ("0", 0),
    ])
    func acceptsUsualForms(text: String, expected: Double) throws {
        #expect(try NumericAnswer.parse(text) == expected)
    }

    @Test func percentIsOptionalForPercentQuestions() throws {
        #expect(try NumericAnswer.parse("12%", percent: true) == 12)
        #expect(try NumericAnswer.parse("12 %", percent: true) == 12)
        #expect(try NumericAnswer.parse("12", percent: true) == 12)
        #expect(try NumericAnswer.parse("12,5%", percent: true) == 12.5)
    }

    @Test func percentIsRefusedElsewhere() {
        #expect(throws: NumericAnswer.ParseError.unexpectedPercent("12%")) { try NumericAnswer.parse("12%") }
    }

    @Test(arguments: ["1..2", "abc", "1,2,3", "1.2.3", "e5", "1e", "1e+", "--1", "+-1", "nan", "inf", "0x1F",
                      "1 000", "3/4/5", "/4", "3/", "3/-4", "%", "12%%", "1/2e", "½"])
    func refusesNonNumbers(text: String) {
        #expect(throws: NumericAnswer.ParseError.self) { try NumericAnswer.parse(text, percent: true) }
    }

    @Test func emptyAndBlankAreEmpty() {
        #expect(throws: NumericAnswer.ParseError.empty) { try NumericAnswer.parse("") }
        #expect(throws: NumericAnswer.ParseError.empty) { try NumericAnswer.parse("   ") }
    }

    @Test func errorsReadClearly() {
        #expect(NumericAnswer.ParseError.notANumber("abc").description == "not a number: abc")
        do {
            _ = try NumericAnswer.parse("1..2")
            Issue.record("1..2 parsed")
        } catch {
            #expect(error.description == "not a number: 1..2")
        }
    }

    @Test func divisionByZeroIsAnError() {
        #expect(throws: NumericAnswer.ParseError.divisionByZero("1/0")) { try NumericAnswer.parse("1/0") }
    }

    @Test func overflowIsNotANumber() {
        #expect(throws: NumericAnswer.ParseError.notANumber("1e999")) { try NumericAnswer.parse("1e999") }
    }

    @Test func matrixRowsBySemicolonOrNewline() throws {
        #expect(try NumericAnswer.parseMatrix("1 2; 3 4") == [[1, 2], [3, 4]])
        #expect(try NumericAnswer.parseMatrix("0,5 1/4\n-1  2e1\n") == [[0.5, 0.25], [-1, 20]])
        #expect(throws: NumericAnswer.ParseError.empty) { try NumericAnswer.parseMatrix(" ; ") }
        #expect(throws: NumericAnswer.ParseError.notANumber("x")) { try NumericAnswer.parseMatrix("1 x; 3 4") }
    }
}

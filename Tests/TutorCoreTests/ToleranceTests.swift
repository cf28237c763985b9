import Testing
@testable import TutorCore

@Suite("Tolerance")
struct ToleranceTests {
    @Test func absoluteIncludesBothEdges() {
        let rule = Tolerance.absolute(0.01)
        #expect(rule.accepts(2.50, expected: 2.50))
        #expect(rule.accepts(2.51, expected: 2.50))
        #expect(rule.accepts(2.49, expected: 2.50))
        #expect(!rule.accepts(2.5101, expected: 2.50))
        #expect(!rule.accepts(2.4899, expected: 2.50))
        #expect(rule.accepts(-0.01, expected: 0))
        #expect(!rule.accepts(0.0101, expected: 0))
    }

    @Test func relativeScalesWithTheExpectedValue() {
        let rule = Tolerance.relative(0.01)
        #expect(rule.accepts(101, expected: 100))
        #expect(rule.accepts(99, expected: 100))
        #expect(!rule.accepts(101.01, expected: 100))
        #expect(rule.accepts(-0.0505, expected: -0.05))
        #expect(!rule.accepts(-0.0506, expected: -0.05))
        #expect(rule.accepts(0, expected: 0))
        #expect(!rule.accepts(1e-9, expected: 0))
    }

    @Test func significantFiguresAcceptsCorrectRounding() {
        let rule = Tolerance.significantFigures(3)
        #expect(rule.accepts(0.0432, expected: 0.04321))
        #expect(rule.accepts(0.04321, expected: 0.04321))
        #expect(!rule.accepts(0.0433, expected: 0.04321))
        #expect(!rule.accepts(0.04, expected: 0.04321))
        #expect(rule.accepts(1230, expected: 1234))
        #expect(!rule.accepts(1240, expected: 1234))
        #expect(rule.accepts(-2.72, expected: -2.71828))
    }

    @Test func significantFiguresAcceptsEitherRoundingAtAnExactHalf() {
        let rule = Tolerance.significantFigures(3)
        #expect(rule.accepts(2.34, expected: 2.345))
        #expect(rule.accepts(2.35, expected: 2.345))
        #expect(!rule.accepts(2.33, expected: 2.345))
    }

    @Test func significantFiguresAtPowersOfTen() {
        let rule = Tolerance.significantFigures(2)
        #expect(rule.accepts(1.0, expected: 1.0))
        #expect(rule.accepts(1.05, expected: 1.0))
        #expect(!rule.accepts(1.06, expected: 1.0))
        #expect(rule.accepts(0.0, expected: 0.0))
        #expect(!rule.accepts(0.001, expected: 0.0))
    }

    @Test func nonFiniteIsNeverAccepted() {
        #expect(!Tolerance.absolute(1e300).accepts(.infinity, expected: 1))
        #expect(!Tolerance.relative(1).accepts(.nan, expected: 1))
    }

    @Test func descriptions() {
        #expect(Tolerance.absolute(0.01).description == "± 0.01")
        #expect(Tolerance.absolute(1).description == "± 1")
        #expect(Tolerance.relative(0.05).description == "within 5%")
        #expect(Tolerance.significantFigures(3).description == "3 significant figures")
    }
}

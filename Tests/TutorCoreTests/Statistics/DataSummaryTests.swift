import Testing
@testable import TutorCore

@Suite("Sums, summaries and exact decimals")
struct DataSummaryTests {
    @Test("Neumaier summation recovers what naive summation drops")
    func compensatedSum() {
        let values = [1.0, 1e100, 1.0, -1e100]
        #expect(values.reduce(0, +) == 0)          // the naive sum loses both ones
        #expect(CompensatedSum(values).value == 2)
    }

    @Test("two-pass summary survives a constant offset of 1e9")
    func offsetVariance() {
        let base: [Double] = [4, 7, 13, 16]        // mean 10, SS = 36 + 9 + 9 + 36 = 90
        let shifted = base.map { $0 + 1e9 }
        let s = SampleSummary(shifted)
        #expect(s.mean == 1e9 + 10)
        #expect(s.sumOfSquares == 90)
        #expect(s.variance == 30)
        // The textbook one-pass formula cancels catastrophically here.
        let n = Double(shifted.count)
        let naive = shifted.map { $0 * $0 }.reduce(0, +) - n * s.mean * s.mean
        #expect(abs(naive - 90) > 1)
    }

    @Test("an empty or single sample has NaN variance")
    func degenerate() {
        #expect(SampleSummary([]).count == 0)
        #expect(SampleSummary([]).mean.isNaN)
        #expect(SampleSummary([3]).variance.isNaN)
        #expect(SampleSummary([3]).mean == 3)
    }

    @Test("exact decimal parsing, normal form and subtraction", arguments: [
        ("1000000000000.4", "1000000000000.3", "1e-1"),
        ("0.1", "0.3", "-2e-1"),
        ("-1.5e3", "250", "-175e1"),
        ("+.5", "0.5", "0"),
        ("12.3400", "2.34", "1e1"),
        ("1e-5", "-2E-5", "3e-5"),
    ])
    func decimalSubtraction(a: String, b: String, difference: String) throws {
        let x = try #require(ExactDecimal(a))
        let y = try #require(ExactDecimal(b))
        #expect((x - y).description == difference)
    }

    @Test("decimal text that is not a number is rejected", arguments: ["", "-", ".", "1.2.3", "1e", "e5", "1x", "0x10", "1e+"])
    func decimalRejects(text: String) {
        #expect(ExactDecimal(text) == nil)
    }

    @Test("conversion to double is correctly rounded")
    func decimalToDouble() throws {
        #expect(try #require(ExactDecimal("0.1")).doubleValue == 0.1)
        #expect(try #require(ExactDecimal("-2.5e-3")).doubleValue == -0.0025)
        let centred = try #require(ExactDecimal("1000000000000.4")) - (try #require(ExactDecimal("1000000000000.5")))
        #expect(centred.doubleValue == -0.1)
    }
}

/// A decimal number held exactly: a sign, its decimal digits and a power-of-ten exponent.
///
/// Used to centre data typed as text before any binary rounding happens. The value is
/// `(negative ? −1 : 1) × digits × 10^exponent`, with `digits` most significant first and
/// no leading zeros (zero is the empty digit list).
public struct ExactDecimal: Hashable, Sendable, CustomStringConvertible {
    public private(set) var isNegative: Bool
    /// Decimal digits 0…9 of the integer significand, most significant first.
    public private(set) var digits: [UInt8]
    public private(set) var exponent: Int

    /// Zero.
    public static let zero = ExactDecimal(isNegative: false, digits: [], exponent: 0)

    private init(isNegative: Bool, digits: [UInt8], exponent: Int) {
        let firstNonZero = digits.firstIndex { $0 != 0 } ?? digits.endIndex
        var trimmed = Array(digits[firstNonZero...])
        var e = exponent
        // Trailing zeros move into the exponent so that equal values compare equal.
        while let last = trimmed.last, last == 0 {
            trimmed.removeLast()
            e += 1
        }
        self.digits = trimmed
        self.exponent = trimmed.isEmpty ? 0 : e
        self.isNegative = trimmed.isEmpty ? false : isNegative
    }

    /// Parses `[+-]digits[.digits][(e|E)[+-]digits]`; returns nil for anything else.
    ///
    /// Exponents are limited to ±100 000, far beyond any double, to keep the digit arrays small.
    public init?(_ text: Substring) {
        var chars = text.utf8[...]
        var negative = false
        if let first = chars.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            chars = chars.dropFirst()
        }
        var digits: [UInt8] = []
        var sawDigit = false
        var fractionDigits = 0
        var inFraction = false
        while let c = chars.first {
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                digits.append(c - UInt8(ascii: "0"))
                sawDigit = true
                if inFraction { fractionDigits += 1 }
            } else if c == UInt8(ascii: ".") && !inFraction {
                inFraction = true
            } else {
                break
            }
            chars = chars.dropFirst()
        }
        guard sawDigit else { return nil }
        var exponent = 0
        if let c = chars.first, c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            chars = chars.dropFirst()
            var exponentNegative = false
            if let s = chars.first, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") {
                exponentNegative = s == UInt8(ascii: "-")
                chars = chars.dropFirst()
            }
            guard !chars.isEmpty else { return nil }
            for c in chars {
                guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return nil }
                exponent = exponent * 10 + Int(c - UInt8(ascii: "0"))
                if exponent > 100_000 { return nil }
            }
            if exponentNegative { exponent = -exponent }
        } else if !chars.isEmpty {
            return nil
        }
        self.init(isNegative: negative, digits: digits, exponent: exponent - fractionDigits)
    }

    /// Parses a whole string; see `init?(_: Substring)`.
    public init?(_ text: String) {
        self.init(text[...])
    }

    /// The decimal in scientific-free form `[-]digits e exponent`, exact (e.g. `-25e-1`).
    public var description: String {
        if digits.isEmpty { return "0" }
        let body = String(digits.map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) })
        return (isNegative ? "-" : "") + body + (exponent == 0 ? "" : "e\(exponent)")
    }

    /// The nearest double (correctly rounded by the standard library's decimal parser).
    public var doubleValue: Double {
        Double(description) ?? .nan
    }

    /// The exact difference `self − other`.
    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        var negated = rhs
        negated.isNegative = rhs.digits.isEmpty ? false : !rhs.isNegative
        return lhs + negated
    }

    /// The exact sum.
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        if lhs.digits.isEmpty { return rhs }
        if rhs.digits.isEmpty { return lhs }
        let e = min(lhs.exponent, rhs.exponent)
        // Align both significands to the smaller exponent (appending zeros), least significant first.
        let a = Array((lhs.digits + Array(repeating: 0, count: lhs.exponent - e)).reversed())
        let b = Array((rhs.digits + Array(repeating: 0, count: rhs.exponent - e)).reversed())
        if lhs.isNegative == rhs.isNegative {
            return ExactDecimal(isNegative: lhs.isNegative, digits: addMagnitudes(a, b).reversed(),
                                exponent: e)
        }
        if compareMagnitudes(a, b) >= 0 {
            return ExactDecimal(isNegative: lhs.isNegative, digits: subtractMagnitudes(a, b).reversed(),
                                exponent: e)
        }
        return ExactDecimal(isNegative: rhs.isNegative, digits: subtractMagnitudes(b, a).reversed(),
                            exponent: e)
    }

    /// Digit-wise sum of two little-endian magnitudes.
    private static func addMagnitudes(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(max(a.count, b.count) + 1)
        var carry: UInt8 = 0
        for i in 0..<max(a.count, b.count) {
            let s = (i < a.count ? a[i] : 0) + (i < b.count ? b[i] : 0) + carry
            result.append(s % 10)
            carry = s / 10
        }
        if carry > 0 { result.append(carry) }
        return result
    }

    /// Digit-wise difference a − b of little-endian magnitudes with a ≥ b.
    private static func subtractMagnitudes(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(a.count)
        var borrow: Int = 0
        for i in 0..<a.count {
            var d = Int(a[i]) - Int(i < b.count ? b[i] : 0) - borrow
            borrow = 0
            if d < 0 {
                d += 10
                borrow = 1
            }
            result.append(UInt8(d))
        }
        return result
    }

    /// Compares little-endian magnitudes: −1, 0 or 1.
    private static func compareMagnitudes(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let n = max(a.count, b.count)
        for i in stride(from: n - 1, through: 0, by: -1) {
            let x = i < a.count ? a[i] : 0
            let y = i < b.count ? b[i] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }
}

/// Reads the number a learner typed, forgiving the usual ways people write numbers.
///
/// Accepted: `3.5`, `3,5` (decimal comma), `+2`, `-0.5`, `−0.5` (Unicode minus), `.5`, `1e-3`,
/// `2.5E+2`, fractions `3/4` and `-1/8`, and a trailing `%` when the question asks for a
/// percentage. Anything else is a `ParseError`, never a crash and never a silent zero.
public enum NumericAnswer {
    /// Why a typed answer is not a number; `description` is the message shown to the learner.
    public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        case notANumber(String)
        case unexpectedPercent(String)
        case divisionByZero(String)

        public var description: String {
            switch self {
            case .empty: return "no answer typed: enter a number"
            case .notANumber(let text): return "not a number: \(text)"
            case .unexpectedPercent(let text): return "not a percentage question, type the number without '%': \(text)"
            case .divisionByZero(let text): return "division by zero: \(text)"
            }
        }
    }

    /// Parses `text`; with `percent` true a trailing `%` is allowed and ignored (12% and 12 both give 12).
    public static func parse(_ text: String, percent: Bool = false) throws(ParseError) -> Double {
        var body = text.trimmed()
        guard !body.isEmpty else { throw .empty }
        if body.hasSuffix("%") {
            guard percent else { throw .unexpectedPercent(body) }
            body = String(body.dropLast()).trimmed()
            guard !body.isEmpty else { throw .notANumber(text.trimmed()) }
        }
        let original = text.trimmed()
        let parts = body.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let value = decimal(body) else { throw .notANumber(original) }
            return value
        case 2:
            guard let numerator = decimal(String(parts[0]).trimmed()),
                  let denominator = decimal(String(parts[1]).trimmed(), allowSign: false)
            else { throw .notANumber(original) }
            guard denominator != 0 else { throw .divisionByZero(original) }
            return numerator / denominator
        default:
            throw .notANumber(original)
        }
    }

    /// Parses one plain decimal: sign, digits with at most one `.` or `,`, optional exponent.
    ///
    /// A hand-written scanner rather than `Double(_:)` alone, because `Double` also accepts
    /// "nan", "inf" and hexadecimal, none of which a learner means as an answer.
    static func decimal(_ text: String, allowSign: Bool = true) -> Double? {
        var scalars = Array(text.unicodeScalars)
        if let first = scalars.first, first == "\u{2212}" { scalars[0] = "-" }
        var normalised = ""
        var index = 0
        if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
            guard allowSign else { return nil }
            if scalars[index] == "-" { normalised.append("-") }
            index += 1
        }
        var digits = 0
        var separators = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ("0"..."9").contains(scalar) {
                digits += 1
                normalised.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "," {
                separators += 1
                normalised.append(".")
            } else {
                break
            }
            index += 1
        }
        guard digits > 0, separators <= 1 else { return nil }
        if index < scalars.count {
            guard scalars[index] == "e" || scalars[index] == "E" else { return nil }
            normalised.append("e")
            index += 1
            if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
                normalised.unicodeScalars.append(scalars[index])
                index += 1
            }
            var exponentDigits = 0
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                normalised.unicodeScalars.append(scalars[index])
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0, index == scalars.count else { return nil }
        }
        guard let value = Double(normalised), value.isFinite else { return nil }
        return value
    }

    /// Parses a matrix typed as rows separated by `;` or new lines, cells separated by spaces.
    ///
    /// Cells use the same rules as `parse(_:)` (so `1/2` and `0,5` both work); commas are decimal
    /// separators, never cell separators, because European learners type `0,5`.
    public static func parseMatrix(_ text: String) throws(ParseError) -> [[Double]] {
        let rows = text.split(whereSeparator: { $0 == ";" || $0 == "\n" })
            .map { String($0).trimmed() }
            .filter { !$0.isEmpty }
        guard !rows.isEmpty else { throw .empty }
        var matrix: [[Double]] = []
        for row in rows {
            var values: [Double] = []
            for cell in row.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                values.append(try parse(String(cell)))
            }
            matrix.append(values)
        }
        return matrix
    }
}

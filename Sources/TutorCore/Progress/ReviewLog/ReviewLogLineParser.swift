/// Reads one line of the review log (see `ReviewLogLineEncoder`) back into a `ReviewLogEntry`.
///
/// A small JSON reader for exactly this shape, because `JSONDecoder` per line is far too slow for a
/// 100,000-line log. It accepts any valid JSON object: members in any order, whitespace between
/// tokens, every string escape (`\uXXXX` with surrogate pairs included), and members it does not
/// know, which it skips (a later patch may add some). Anything else is an error that says where.
struct ReviewLogLineParser {
    /// Why a line is not a review; `message` names the column (1-based, in bytes) where it went wrong.
    struct Failure: Error, Hashable, Sendable {
        var message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let start: Int
    private let end: Int
    private var position: Int

    private init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        start = range.lowerBound
        end = range.upperBound
        position = range.lowerBound
    }

    /// Parses `bytes[range]`, one line without its newline.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws(Failure) -> ReviewLogEntry {
        var parser = ReviewLogLineParser(bytes: bytes, range: range)
        return try parser.entry()
    }

    /// Parses a whole line given as bytes (without its newline); for tests and small inputs.
    static func parse(_ line: [UInt8]) throws(Failure) -> ReviewLogEntry {
        let result: Result<ReviewLogEntry, Failure> = line.withUnsafeBufferPointer { buffer in
            do throws(Failure) {
                return .success(try parse(buffer, range: 0..<buffer.count))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    // MARK: - The entry

    private mutating func entry() throws(Failure) -> ReviewLogEntry {
        skipSpace()
        if position == end { throw fail("the line is empty") }
        try expect(UInt8(ascii: "{"), "'{'")
        var item: String?
        var at: Double?
        var rating: ReviewRating?
        var elapsed: Double?
        var day: CivilDay?
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipSpace()
                let key = try memberName()
                skipSpace()
                try expect(UInt8(ascii: ":"), "':' after a member name")
                skipSpace()
                switch key {
                case .item:
                    item = try string()
                case .at:
                    at = try number(named: "at")
                case .elapsedDays:
                    elapsed = try number(named: "elapsedDays")
                case .rating:
                    let valueColumn = column
                    let value = try number(named: "rating")
                    guard let whole = Int(exactly: value), let known = ReviewRating(rawValue: whole) else {
                        throw Failure(message: "column \(valueColumn): 'rating' should be 1, 2, 3 or 4, found \(value)")
                    }
                    rating = known
                case .day:
                    if literal("null") {
                        day = nil
                    } else if let parsed = plainDay() {
                        day = parsed
                    } else {
                        let valueColumn = column
                        let text = try string()
                        guard let parsed = CivilDay(text) else {
                            throw Failure(message: "column \(valueColumn): 'day' should be a YYYY-MM-DD day, found \"\(text)\"")
                        }
                        day = parsed
                    }
                case .other:
                    try skipValue(depth: 0)
                }
                skipSpace()
                guard let next = peek() else { throw fail("the line ends inside the object (expected ',' or '}')") }
                position += 1
                if next == UInt8(ascii: "}") { break }
                guard next == UInt8(ascii: ",") else {
                    position -= 1
                    throw fail("expected ',' or '}'")
                }
            }
        }
        skipSpace()
        if position != end { throw fail("unexpected text after the object") }
        guard let item else { throw Failure(message: "missing \"item\"") }
        guard let at else { throw Failure(message: "missing \"at\"") }
        guard let rating else { throw Failure(message: "missing \"rating\"") }
        guard let elapsed else { throw Failure(message: "missing \"elapsedDays\"") }
        return ReviewLogEntry(itemID: item, at: at, rating: rating, elapsedDays: elapsed, studyDay: day)
    }

    // MARK: - Fast paths for the shapes this build writes

    /// The members the parser knows; `.other` is skipped.
    private enum MemberName { case item, at, rating, elapsedDays, day, other }

    /// A member name, matched on its bytes when it has no escapes (making a `String` of every key
    /// of 100,000 lines is most of the cost of a load otherwise).
    private mutating func memberName() throws(Failure) -> MemberName {
        guard peek() == UInt8(ascii: "\"") else { throw fail("expected a string") }
        var close = position + 1
        while close < end, bytes[close] != UInt8(ascii: "\""), bytes[close] != UInt8(ascii: "\\"), bytes[close] >= 0x20 {
            close += 1
        }
        guard close < end, bytes[close] == UInt8(ascii: "\"") else {
            // Escapes, control characters or no closing quote: the full reader decodes or reports it.
            return Self.memberName(try string())
        }
        let name = UnsafeBufferPointer(rebasing: bytes[(position + 1)..<close])
        position = close + 1
        func matches(_ word: StaticString) -> Bool {
            word.utf8CodeUnitCount == name.count
                && word.withUTF8Buffer { expected in name.elementsEqual(expected) }
        }
        if matches("item") { return .item }
        if matches("at") { return .at }
        if matches("rating") { return .rating }
        if matches("elapsedDays") { return .elapsedDays }
        if matches("day") { return .day }
        // Unknown names must still be valid UTF-8 JSON strings.
        guard String(validating: name, as: UTF8.self) != nil else {
            throw Failure(message: "column \(close - start - name.count): the string is not valid UTF-8")
        }
        return .other
    }

    private static func memberName(_ text: String) -> MemberName {
        switch text {
        case "item": .item
        case "at": .at
        case "rating": .rating
        case "elapsedDays": .elapsedDays
        case "day": .day
        default: .other
        }
    }

    /// A day written plainly as `"YYYY-MM-DD"`, read from its digits; nil (nothing consumed) for
    /// anything else, which the full string reader then decodes and checks.
    private mutating func plainDay() -> CivilDay? {
        guard position + 12 <= end, bytes[position] == UInt8(ascii: "\""), bytes[position + 11] == UInt8(ascii: "\""),
              bytes[position + 5] == UInt8(ascii: "-"), bytes[position + 8] == UInt8(ascii: "-") else { return nil }
        func digits(_ offset: Int, _ count: Int) -> Int? {
            var value = 0
            for index in (position + offset)..<(position + offset + count) {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = digits(1, 4), let month = digits(6, 2), let day = digits(9, 2),
              let parsed = CivilDay(year: year, month: month, day: day) else { return nil }
        position += 12
        return parsed
    }

    // MARK: - Tokens

    private var column: Int { position - start + 1 }

    private func fail(_ message: String) -> Failure {
        Failure(message: "column \(column): \(message)")
    }

    private func peek() -> UInt8? {
        position < end ? bytes[position] : nil
    }

    private mutating func skipSpace() {
        while position < end {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D, 0x0A: position += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
        guard peek() == byte else { throw fail("expected \(what)") }
        position += 1
    }

    /// Consumes `word` (true, false, null) if it is next.
    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= end else { return false }
        let matches = word.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[position + $0] == expected[$0] }
        }
        if matches { position += count }
        return matches
    }

    /// A JSON string, unescaped and checked to be valid UTF-8.
    private mutating func string() throws(Failure) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw fail("expected a string") }
        position += 1
        let contentStart = position
        // Fast path: no escapes, which is every line this build writes for plain ids.
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[contentStart..<position])
                guard let text = String(validating: slice, as: UTF8.self) else {
                    throw Failure(message: "column \(contentStart - start): the string is not valid UTF-8")
                }
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw fail("a control character must be escaped in a string") }
            position += 1
        }
        var decoded = Array(bytes[contentStart..<position])
        while position < end {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: decoded, as: UTF8.self) else {
                    throw Failure(message: "column \(contentStart - start): the string is not valid UTF-8")
                }
                position += 1
                return text
            case UInt8(ascii: "\\"):
                position += 1
                try escape(into: &decoded)
            case 0..<0x20:
                throw fail("a control character must be escaped in a string")
            default:
                decoded.append(byte)
                position += 1
            }
        }
        throw fail("the string is not closed")
    }

    /// One escape after its backslash, appended as UTF-8.
    private mutating func escape(into decoded: inout [UInt8]) throws(Failure) {
        guard let letter = peek() else { throw fail("the line ends inside an escape") }
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate must be followed by an escaped low one; together they are one scalar.
                guard literal("\\u") else { throw fail("a high surrogate \\u escape must be followed by a low one") }
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw fail("a high surrogate \\u escape must be followed by a low one") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw fail("a low surrogate \\u escape without a high one before it")
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw fail("\\u escape is not a Unicode scalar") }
            decoded.append(contentsOf: UTF8.encode(unicode).map { Array($0) } ?? [])
        default:
            // Point at the backslash that starts the escape.
            position -= 2
            throw fail("unknown escape '\\\(Character(Unicode.Scalar(letter)))'")
        }
    }

    private mutating func hexQuad() throws(Failure) -> UInt32 {
        guard position + 4 <= end else { throw fail("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("a \\u escape needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// A JSON number as the nearest `Double` (correctly rounded).
    private mutating func number(named name: String) throws(Failure) -> Double {
        let numberStart = position
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        var negative = false
        if peek() == UInt8(ascii: "-") { negative = true; position += 1 }
        guard let first = peek(), isDigit(first) else {
            position = numberStart
            throw fail("'\(name)' should be a number")
        }
        // Whole numbers of up to 15 digits are exact in a Double: add them up directly.
        var whole: Int64 = 0
        var digits = 0
        if first == UInt8(ascii: "0") {
            position += 1
            digits = 1
        } else {
            while let byte = peek(), isDigit(byte) {
                if digits < 18 { whole = whole * 10 + Int64(byte - 0x30) }
                digits += 1
                position += 1
            }
        }
        var simple = digits <= 15
        if peek() == UInt8(ascii: ".") {
            simple = false
            position += 1
            guard isDigit(peek()) else { throw fail("'\(name)' has no digits after its decimal point") }
            while isDigit(peek()) { position += 1 }
        }
        if let byte = peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            simple = false
            position += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { position += 1 }
            guard isDigit(peek()) else { throw fail("'\(name)' has no digits in its exponent") }
            while isDigit(peek()) { position += 1 }
        }
        if simple {
            // -0 must stay negative zero, which the integer cannot carry.
            return negative ? (whole == 0 ? -0.0 : -Double(whole)) : Double(whole)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[numberStart..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw Failure(message: "column \(numberStart - start + 1): '\(name)' is out of range (\(text))")
        }
        return value
    }

    /// Skips any JSON value (for members this build does not know).
    private mutating func skipValue(depth: Int) throws(Failure) {
        guard depth < 64 else { throw fail("values nested too deeply") }
        skipSpace()
        guard let byte = peek() else { throw fail("expected a value") }
        switch byte {
        case UInt8(ascii: "\""):
            _ = try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            _ = try number(named: "value")
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            skipSpace()
            if peek() == close { position += 1; return }
            while true {
                skipSpace()
                if close == UInt8(ascii: "}") {
                    _ = try string()
                    skipSpace()
                    try expect(UInt8(ascii: ":"), "':'")
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                guard let next = peek() else { throw fail("the line ends inside a value") }
                position += 1
                if next == close { return }
                guard next == UInt8(ascii: ",") else {
                    position -= 1
                    throw fail("expected ',' or '\(Character(Unicode.Scalar(close)))'")
                }
            }
        default:
            guard literal("true") || literal("false") || literal("null") else { throw fail("expected a value") }
        }
    }
}

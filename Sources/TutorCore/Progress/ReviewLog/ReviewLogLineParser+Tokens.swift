/// The JSON tokens of a review log line: strings with every escape, numbers, literals, and any
/// value skipped whole. Positions are byte offsets into the line; errors name the 1-based column.
extension ReviewLogLineParser {
    var column: Int { position - start + 1 }

    func fail(_ message: String) -> Failure {
        Failure(message: "column \(column): \(message)")
    }

    func peek() -> UInt8? {
        position < end ? bytes[position] : nil
    }

    mutating func skipSpace() {
        while position < end {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D, 0x0A: position += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
        guard peek() == byte else { throw fail("expected \(what)") }
        position += 1
    }

    /// Consumes `word` (true, false, null) if it is next.
    mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= end else { return false }
        let matches = word.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[position + $0] == expected[$0] }
        }
        if matches { position += count }
        return matches
    }

    /// A JSON string, unescaped and checked to be valid UTF-8.
    mutating func string() throws(Failure) -> String {
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
    mutating func escape(into decoded: inout [UInt8]) throws(Failure) {
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

    mutating func hexQuad() throws(Failure) -> UInt32 {
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
    mutating func number(named name: String) throws(Failure) -> Double {
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
    mutating func skipValue(depth: Int) throws(Failure) {
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

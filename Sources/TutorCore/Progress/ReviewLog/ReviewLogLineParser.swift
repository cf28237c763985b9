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

    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int
    var position: Int

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
}

/// Reads an ISO-8601 instant such as `2026-11-29T09:00:00Z` or `2026-11-29T14:30:00+05:30`, the
/// format of the `MLTUTOR_NOW` variable that pins "now" for tests and demonstrations.
///
/// Accepted: `YYYY-MM-DD` `T` `HH:MM[:SS[.fraction]]` then `Z` or an offset `±HH:MM`, `±HHMM` or
/// `±HH` (a lower-case `t` or `z` too). A time without a zone is rejected: the core does not know the
/// learner's zone, and guessing would silently shift every due day.
public enum TimestampParser {
    /// Seconds since 1970-01-01 00:00 UTC.
    public static func parse(_ text: String) throws(TimestampParseError) -> Double {
        var reader = Reader(Array(text.utf8), text: text)
        let year = try reader.digits(4, "a four-digit year")
        try reader.expect("-", "'-' after the year")
        let month = try reader.digits(2, "a two-digit month")
        try reader.expect("-", "'-' after the month")
        let dayOfMonth = try reader.digits(2, "a two-digit day")
        guard let day = CivilDay(year: year, month: month, day: dayOfMonth) else {
            throw .invalidDate(text)
        }
        guard reader.take("T") || reader.take("t") else {
            throw reader.failure("'T' between the date and the time")
        }
        let hour = try reader.digits(2, "a two-digit hour")
        try reader.expect(":", "':' after the hour")
        let minute = try reader.digits(2, "two-digit minutes")
        var second = 0.0
        if reader.take(":") {
            second = Double(try reader.digits(2, "two-digit seconds"))
            if reader.take(".") || reader.take(",") {
                var scale = 0.1
                var any = false
                while let digit = reader.digit() {
                    second += Double(digit) * scale
                    scale /= 10
                    any = true
                }
                guard any else { throw reader.failure("digits after the decimal point") }
            }
        }
        guard hour <= 23, minute <= 59, second < 60 else { throw .invalidTime(text) }
        let offset = try reader.zone()
        guard reader.atEnd else { throw reader.failure("the end of the text") }
        return Double(day.ordinal) * 86_400 + Double(hour * 3600 + minute * 60) + second - Double(offset)
    }

    /// A cursor over the UTF-8 bytes that reports where it stopped.
    private struct Reader {
        let bytes: [UInt8]
        let text: String
        var index = 0

        init(_ bytes: [UInt8], text: String) {
            self.bytes = bytes
            self.text = text
        }

        var atEnd: Bool { index == bytes.count }

        func failure(_ expected: String) -> TimestampParseError {
            .unexpected(text: text, position: index + 1, expected: expected)
        }

        mutating func take(_ character: Character) -> Bool {
            guard let ascii = character.asciiValue, index < bytes.count, bytes[index] == ascii else { return false }
            index += 1
            return true
        }

        mutating func expect(_ character: Character, _ expected: String) throws(TimestampParseError) {
            guard take(character) else { throw failure(expected) }
        }

        mutating func digit() -> Int? {
            guard index < bytes.count, (48...57).contains(bytes[index]) else { return nil }
            index += 1
            return Int(bytes[index - 1] - 48)
        }

        mutating func digits(_ count: Int, _ expected: String) throws(TimestampParseError) -> Int {
            var value = 0
            for _ in 0..<count {
                guard let digit = digit() else { throw failure(expected) }
                value = value * 10 + digit
            }
            return value
        }

        /// `Z` → 0, or `±HH[:MM]` / `±HHMM` → seconds east of UTC.
        mutating func zone() throws(TimestampParseError) -> Int {
            if take("Z") || take("z") { return 0 }
            let sign: Int
            if take("+") {
                sign = 1
            } else if take("-") {
                sign = -1
            } else {
                throw atEnd ? .missingZone(text) : failure("'Z' or an offset such as +05:30")
            }
            let hours = try digits(2, "a two-digit offset hour")
            var minutes = 0
            if take(":") {
                minutes = try digits(2, "two-digit offset minutes")
            } else if !atEnd {
                minutes = try digits(2, "two-digit offset minutes")
            }
            guard hours <= 18, minutes <= 59 else { throw .invalidOffset(text) }
            return sign * (hours * 3600 + minutes * 60)
        }
    }
}

/// Why a timestamp could not be read; the description names the text and the character at fault.
public enum TimestampParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `position` is 1-based, in bytes of the UTF-8 text.
    case unexpected(text: String, position: Int, expected: String)
    case invalidDate(String)
    case invalidTime(String)
    case invalidOffset(String)
    case missingZone(String)

    public var description: String {
        let example = "; write it like 2026-11-29T09:00:00Z or 2026-11-29T14:30:00+05:30"
        switch self {
        case let .unexpected(text, position, expected):
            return "'\(text)': expected \(expected) at character \(position)" + example
        case .invalidDate(let text):
            return "'\(text)': no such date" + example
        case .invalidTime(let text):
            return "'\(text)': the time of day is out of range" + example
        case .invalidOffset(let text):
            return "'\(text)': the UTC offset is out of range (at most ±18:00)" + example
        case .missingZone(let text):
            return "'\(text)': the time zone is missing (add Z for UTC or an offset such as +05:30)" + example
        }
    }
}

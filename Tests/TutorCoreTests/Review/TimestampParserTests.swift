import Testing
@testable import TutorCore

/// `MLTUTOR_NOW` parsing; expected values were computed with Python's `datetime.fromisoformat`.
@Suite struct TimestampParserTests {
    @Test(arguments: [
        ("2026-11-29T09:00:00Z", 1_795_942_800.0),
        ("2026-11-29T14:30:00+05:30", 1_795_942_800.0),
        ("2026-11-29T01:00:00-08:00", 1_795_942_800.0),
        ("2026-11-29T14:30+0530", 1_795_942_800.0),
        ("2026-11-29T17:00:00+08", 1_795_942_800.0),
        ("2026-11-29t09:00:00z", 1_795_942_800.0),
        ("2022-11-29T12:30:00Z", 1_669_725_000.0),
        ("2024-02-29T23:59:59.25Z", 1_709_251_199.25),
        ("1970-01-01T00:00:00Z", 0.0),
        ("1969-12-31T23:59:59Z", -1.0),
    ])
    func validTimestamps(text: String, expected: Double) throws {
        #expect(try TimestampParser.parse(text) == expected)
    }

    @Test func errorsSayWhatWasExpectedAndWhere() {
        #expect(throws: TimestampParseError.unexpected(text: "2026-11-29 09:00:00Z", position: 11,
                                                       expected: "'T' between the date and the time")) {
            try TimestampParser.parse("2026-11-29 09:00:00Z")
        }
        #expect(throws: TimestampParseError.unexpected(text: "26-11-29T09:00Z", position: 3, expected: "a four-digit year")) {
            try TimestampParser.parse("26-11-29T09:00Z")
        }
        #expect(throws: TimestampParseError.unexpected(text: "2026-11-29T09:00:00Zx", position: 21,
                                                       expected: "the end of the text")) {
            try TimestampParser.parse("2026-11-29T09:00:00Zx")
        }
        #expect(throws: TimestampParseError.missingZone("2026-11-29T09:00:00")) {
            try TimestampParser.parse("2026-11-29T09:00:00")
        }
        #expect(throws: TimestampParseError.invalidDate("2025-02-29T09:00:00Z")) {
            try TimestampParser.parse("2025-02-29T09:00:00Z")
        }
        #expect(throws: TimestampParseError.invalidTime("2026-11-29T24:00:00Z")) {
            try TimestampParser.parse("2026-11-29T24:00:00Z")
        }
        #expect(throws: TimestampParseError.invalidOffset("2026-11-29T09:00:00+19:00")) {
            try TimestampParser.parse("2026-11-29T09:00:00+19:00")
        }
        #expect(throws: TimestampParseError.unexpected(text: "", position: 1, expected: "a four-digit year")) {
            try TimestampParser.parse("")
        }
        #expect(throws: TimestampParseError.unexpected(text: "2026-11-29T09:00:00.Z", position: 21,
                                                       expected: "digits after the decimal point")) {
            try TimestampParser.parse("2026-11-29T09:00:00.Z")
        }
    }

    @Test func theMessageShowsTheTextThePositionAndAnExample() {
        let message = TimestampParseError.unexpected(text: "tomorrow", position: 1, expected: "a four-digit year").description
        #expect(message == "'tomorrow': expected a four-digit year at character 1; "
                + "write it like 2026-11-29T09:00:00Z or 2026-11-29T14:30:00+05:30")
    }
}

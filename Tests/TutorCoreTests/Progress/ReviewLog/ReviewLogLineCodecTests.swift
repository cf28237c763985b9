import Foundation
import Testing
@testable import TutorCore

@Suite("Review log lines: the hand-made JSON Lines encoder and parser")
struct ReviewLogLineCodecTests {
    private func line(_ entry: ReviewLogEntry) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try ReviewLogLineEncoder.append(entry, to: &bytes)
        return bytes
    }

    private func parse(_ text: String) throws(ReviewLogLineParser.Failure) -> ReviewLogEntry {
        try ReviewLogLineParser.parse(Array(text.utf8))
    }

    private func failure(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test("a plain entry is one compact line with the coding keys, whole numbers without a fraction")
    func plainLine() throws {
        let entry = ReviewLogEntry(itemID: "question:x", at: 1_760_000_000, rating: .good, elapsedDays: 0,
                                   studyDay: CivilDay(year: 2025, month: 10, day: 9))
        let text = String(decoding: try line(entry), as: UTF8.self)
        #expect(text == #"{"item":"question:x","at":1760000000,"rating":3,"elapsedDays":0,"day":"2025-10-09"}"# + "\n")
        #expect(try parse(String(text.dropLast())) == entry)
    }

    @Test("a line decodes with JSONDecoder to the same entry, so the log and an inline array agree")
    func agreesWithJSONDecoder() throws {
        let entries = [
            ReviewLogEntry(itemID: "a\"b\\c/d\n\t\u{1}é😀", at: 0.1, rating: .again, elapsedDays: 2.5),
            ReviewLogEntry(itemID: "question:y", at: -1e-300, rating: .easy, elapsedDays: 1e21,
                           studyDay: CivilDay(year: 2026, month: 2, day: 28)),
        ]
        for entry in entries {
            let bytes = try line(entry)
            #expect(bytes.last == 0x0A)
            let decoded = try JSONDecoder().decode(ReviewLogEntry.self, from: Data(bytes.dropLast()))
            #expect(decoded == entry)
        }
    }

    @Test("odd doubles round-trip exactly, negative zero included", arguments: [
        0.0, -0.0, 0.1, 1.0 / 3.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.5,
        9_007_199_254_740_991, 9_007_199_254_740_992, 9_007_199_254_740_993, 1e15, 123_456_789.125, 1_760_000_000.000_001,
    ])
    func doubles(value: Double) throws {
        let entry = ReviewLogEntry(itemID: "i", at: value, rating: .hard, elapsedDays: value)
        let back = try ReviewLogLineParser.parse(Array(try line(entry).dropLast()))
        #expect(back.at.bitPattern == value.bitPattern)
        #expect(back.elapsedDays.bitPattern == value.bitPattern)
    }

    @Test("2,000 pseudo-random bit patterns round-trip bit for bit")
    func randomDoubles() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<2_000 {
            // xorshift64 with a fixed seed: every run checks the same values.
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            let value = Double(bitPattern: state)
            guard value.isFinite else { continue }
            let entry = ReviewLogEntry(itemID: "i", at: value, rating: .good, elapsedDays: 0)
            let back = try ReviewLogLineParser.parse(Array(try line(entry).dropLast()))
            #expect(back.at.bitPattern == value.bitPattern, "\(value)")
        }
    }

    @Test("every escape decodes: \\\" \\\\ \\/ \\b \\f \\n \\r \\t, \\u with a surrogate pair")
    func escapes() throws {
        let entry = try parse(#"{"item":"\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00\u0041","at":1,"rating":1,"elapsedDays":0}"#)
        #expect(entry.itemID == "\"\\/\u{8}\u{c}\n\r\té😀A")
    }

    @Test("control characters are written as escapes, so a line never breaks")
    func controlCharacters() throws {
        let id = String(decoding: (0..<32).map { UInt8($0) }, as: UTF8.self)
        let bytes = try line(ReviewLogEntry(itemID: id, at: 1, rating: .good, elapsedDays: 0))
        #expect(bytes.filter { $0 < 0x20 } == [0x0A])
        #expect(try ReviewLogLineParser.parse(Array(bytes.dropLast())).itemID == id)
    }

    @Test("members in any order, whitespace, unknown members of every kind and a null day are accepted")
    func tolerant() throws {
        let entry = try parse(#"  { "extra": {"a": [1, 2.5e3, true, false, null, "x"]}, "day": null, "elapsedDays": 1.5,"#
                              + #" "rating": 4, "at": 12, "item": "q", "more": [] }  "#)
        #expect(entry == ReviewLogEntry(itemID: "q", at: 12, rating: .easy, elapsedDays: 1.5))
    }

    @Test("escaped member names and an escaped day read the same as plain ones")
    func escapedNames() throws {
        let entry = try parse(#"{"\u0069tem":"q","\u0061t":5,"r\u0061ting":2,"elapsedD\u0061ys":1,"d\u0061y":"2025\u002d10-09"}"#)
        #expect(entry == ReviewLogEntry(itemID: "q", at: 5, rating: .hard, elapsedDays: 1,
                                        studyDay: CivilDay(year: 2025, month: 10, day: 9)))
    }

    @Test("a malformed line says what is wrong and where", arguments: [
        ("", "column 1: the line is empty"),
        ("[]", "column 1: expected '{'"),
        (#"{"item":"q","at":1,"rating":3}"#, #"missing "elapsedDays""#),
        (#"{"at":1,"rating":3,"elapsedDays":0}"#, #"missing "item""#),
        (#"{"item":"q","at":1,"rating":5,"elapsedDays":0}"#, "column 29: 'rating' should be 1, 2, 3 or 4, found 5.0"),
        (#"{"item":"q","at":"1","rating":3,"elapsedDays":0}"#, "column 18: 'at' should be a number"),
        (#"{"item":"q","at":1.,"rating":3,"elapsedDays":0}"#, "column 20: 'at' has no digits after its decimal point"),
        (#"{"item":"q","at":1e999,"rating":3,"elapsedDays":0}"#, "column 18: 'at' is out of range (1e999)"),
        (#"{"item":"q\x","at":1,"rating":3,"elapsedDays":0}"#, #"column 11: unknown escape '\x'"#),
        (#"{"item":"\uD83D","at":1,"rating":3,"elapsedDays":0}"#, #"column 16: a high surrogate \u escape must be followed by a low one"#),
        (#"{"item":"\uDE00","at":1,"rating":3,"elapsedDays":0}"#, #"column 16: a low surrogate \u escape without a high one before it"#),
        (#"{"item":"q","at":1,"rating":3,"elapsedDays":0,"day":"2025-13-01"}"#, #"column 53: 'day' should be a YYYY-MM-DD day, found "2025-13-01""#),
        (#"{"item":"q","at":1,"rating":3,"elapsedDays":0} x"#, "column 48: unexpected text after the object"),
        (#"{"item":"q","at":1,"rating":3,"elap"#, "column 36: the string is not closed"),
        (#"{"item":"q" "at":1}"#, "column 13: expected ',' or '}'"),
        (#"{"item":"q","at":1,"rating":3,"elapsedDays":0,"day":"2025-02-30"}"#, #"column 53: 'day' should be a YYYY-MM-DD day, found "2025-02-30""#),
        ("{\"item\":\"q\",\"a\u{1}\":1}", "column 15: a control character must be escaped in a string"),
    ])
    func malformed(text: String, message: String) {
        #expect(failure(text) == message)
    }

    @Test("a string that is not UTF-8 is an error, not a replacement character")
    func invalidUTF8() {
        var bytes = Array(#"{"item":""#.utf8)
        bytes += [0xC3, 0x28]
        bytes += Array(#"","at":1,"rating":3,"elapsedDays":0}"#.utf8)
        #expect(throws: ReviewLogLineParser.Failure(message: "column 9: the string is not valid UTF-8")) {
            try ReviewLogLineParser.parse(bytes)
        }
    }

    @Test("non-finite numbers cannot be written")
    func nonFinite() {
        var bytes: [UInt8] = []
        #expect(throws: ProgressDocument.EncodingFailure.self) {
            try ReviewLogLineEncoder.append(ReviewLogEntry(itemID: "q", at: .nan, rating: .good, elapsedDays: 0), to: &bytes)
        }
        #expect(throws: ProgressDocument.EncodingFailure.self) {
            try ReviewLogLineEncoder.append(ReviewLogEntry(itemID: "q", at: 0, rating: .good, elapsedDays: .infinity), to: &bytes)
        }
        #expect(bytes.isEmpty)
    }

    @Test("the committed lines are parsed with their line numbers; leftovers after them are not read")
    func contents() throws {
        let good = try ReviewLogLineEncoder.encode([
            ReviewLogEntry(itemID: "a", at: 1, rating: .good, elapsedDays: 0),
            ReviewLogEntry(itemID: "b", at: 2, rating: .good, elapsedDays: 0),
        ])
        let bad = Array("{oops}\n".utf8)
        let third = try ReviewLogLineEncoder.encode([ReviewLogEntry(itemID: "c", at: 3, rating: .hard, elapsedDays: 1)])
        let bytes = good + bad + third + Array("{\"item\":\"half".utf8)
        let read = ReviewLogContents.parse(bytes, committed: 4)
        #expect(read.entries.map(\.itemID) == ["a", "b", "c"])
        #expect(read.completeLines == 4)
        #expect(read.problems == [.init(line: 3, message: "column 2: expected a string")])
        #expect(read.problem(path: "/p/log") == "/p/log:3: column 2: expected a string")
        #expect(read.committedByteLength == good.count + bad.count + third.count)
        #expect(read.totalByteLength == bytes.count)

        let committedTwo = ReviewLogContents.parse(bytes, committed: 2)
        #expect(committedTwo.isIntact)
        #expect(committedTwo.committedByteLength == good.count)

        let short = ReviewLogContents.parse(bytes, committed: 6)
        #expect(short.completeLines == 4)
        #expect(short.problem(path: "/p/log")?.hasPrefix("/p/log:3: ") == true)
        let cut = ReviewLogContents.parse(good, committed: 3)
        #expect(cut.problem(path: "/p/log") == "/p/log: holds 2 complete lines but the progress file records 3 reviews (it was cut short)")
    }
}

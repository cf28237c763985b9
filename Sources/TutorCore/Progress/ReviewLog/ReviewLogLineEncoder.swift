/// Writes review log entries as JSON Lines: one compact object per entry, ending in a newline.
///
/// Hand-made rather than `JSONEncoder` because a save appends a line or two and a rewrite writes
/// 100,000 of them; the member names are `ReviewLogEntry`'s coding keys, so a line reads exactly
/// like an entry of an inline `reviewLog` array:
///
///     {"item":"question:x","at":1760000000,"rating":3,"elapsedDays":0,"day":"2025-10-09"}
enum ReviewLogLineEncoder {
    /// Appends the line for `entry` (with its newline) to `bytes`.
    ///
    /// - Throws: when a number is not finite (JSON has no NaN or infinity); `bytes` is then unchanged.
    static func append(_ entry: ReviewLogEntry, to bytes: inout [UInt8]) throws(ProgressDocument.EncodingFailure) {
        guard entry.at.isFinite else {
            throw ProgressDocument.EncodingFailure(message: "review of \(entry.itemID): 'at' is \(entry.at), not a finite number")
        }
        guard entry.elapsedDays.isFinite else {
            throw ProgressDocument.EncodingFailure(
                message: "review of \(entry.itemID): 'elapsedDays' is \(entry.elapsedDays), not a finite number")
        }
        bytes.append(contentsOf: #"{"item":"#.utf8)
        appendString(entry.itemID, to: &bytes)
        bytes.append(contentsOf: #","at":"#.utf8)
        appendNumber(entry.at, to: &bytes)
        bytes.append(contentsOf: #","rating":"#.utf8)
        bytes.append(UInt8(ascii: "0") + UInt8(entry.rating.rawValue))
        bytes.append(contentsOf: #","elapsedDays":"#.utf8)
        appendNumber(entry.elapsedDays, to: &bytes)
        if let day = entry.studyDay {
            bytes.append(contentsOf: #","day":""#.utf8)
            bytes.append(contentsOf: day.description.utf8)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(contentsOf: "}\n".utf8)
    }

    /// The lines for every entry of `log`, in order.
    static func encode(_ log: some Collection<ReviewLogEntry>) throws(ProgressDocument.EncodingFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(log.count * 96)
        for entry in log { try append(entry, to: &bytes) }
        return bytes
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A finite number in the shortest form that reads back as the same `Double`.
    ///
    /// Whole numbers below 2^53 are written without a fraction (`1760000000`, not `1760000000.0`);
    /// others use Swift's shortest round-trip form (`0.1`, `1e-05`, `5e-324`), which is valid JSON.
    /// Negative zero keeps its sign as `-0.0`.
    static func appendNumber(_ value: Double, to bytes: inout [UInt8]) {
        if value == 0 {
            bytes.append(contentsOf: (value.sign == .minus ? "-0.0" : "0").utf8)
        } else if value == value.rounded(.towardZero), abs(value) < 9_007_199_254_740_992 {
            bytes.append(contentsOf: String(Int64(value)).utf8)
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }
}

/// A JSON value for `mltutor stats --json`, written by hand so that numbers keep every bit.
///
/// Doubles are written with Swift's shortest round-trip description (`1e-300`, `0.1`,
/// `1.7976931348623157e+308`), which reads back to the identical double and is valid JSON.
/// JSON has no infinities or NaN, so building a value from a non-finite double fails instead
/// of printing something no JSON reader accepts.
enum StatsJSON {
    case number(Double)
    case integer(Int)
    case string(String)
    case array([StatsJSON])
    /// Keys in the order they are written.
    case object([(String, StatsJSON)])

    /// Why a value cannot be written as JSON.
    struct NotFinite: Error, CustomStringConvertible {
        var key: String
        var value: Double
        var description: String { "\(key) is \(value), which JSON cannot represent" }
    }

    /// A number, refusing NaN and infinities (named by `key` in the error).
    static func finite(_ value: Double, key: String) throws -> StatsJSON {
        guard value.isFinite else { throw NotFinite(key: key, value: value) }
        return .number(value)
    }

    /// A list of numbers, refusing any that is not finite.
    static func finite(_ values: [Double], key: String) throws -> StatsJSON {
        .array(try values.map { try finite($0, key: key) })
    }

    /// A table of numbers, refusing any that is not finite.
    static func finite(_ rows: [[Double]], key: String) throws -> StatsJSON {
        .array(try rows.map { try finite($0, key: key) })
    }

    /// The compact JSON text.
    var text: String {
        switch self {
        case .number(let value):
            // `description` of a whole double is "5.0"; valid JSON, and it says the value is real.
            return value.description
        case .integer(let value):
            return String(value)
        case .string(let value):
            return Self.quoted(value)
        case .array(let values):
            return "[" + values.map(\.text).joined(separator: ",") + "]"
        case .object(let pairs):
            return "{" + pairs.map { Self.quoted($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        }
    }

    /// A JSON string literal with the escapes the grammar requires.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// One line of the benchmark's table: a tutor operation, its same-run reference, and an optional target.
struct ResultRow: Sendable {
    var measure: String
    /// Median milliseconds of the tutor's own code.
    var tutorMilliseconds: Double
    /// Median milliseconds of the reference operation measured in the same run.
    var baselineMilliseconds: Double
    /// What the reference operation is, for the reader of the table.
    var baselineName: String
    /// The absolute limit for this measure, if it sets one.
    var limitMilliseconds: Double?

    var ratio: Double { tutorMilliseconds / baselineMilliseconds }

    /// One JSON object on one line, read by `scripts/bench_pty.py` (keys match its other rows).
    var json: String {
        let limit = limitMilliseconds.map { "\($0)" } ?? "null"
        return "{\"measure\": \(Self.quoted(measure)), \"tutor\": \(tutorMilliseconds), "
            + "\"baseline\": \(baselineMilliseconds), \"baseline_name\": \(Self.quoted(baselineName)), "
            + "\"unit\": \"ms\", \"limit\": \(limit)}"
    }

    /// A human-readable line for running the benchmark on its own.
    var text: String {
        let target = limitMilliseconds.map { limit in
            "  target ≤ \(Self.format(limit)) ms: " + (tutorMilliseconds <= limit ? "PASS" : "MISS")
        } ?? ""
        return "\(measure): \(Self.format(tutorMilliseconds)) ms vs \(baselineName) "
            + "\(Self.format(baselineMilliseconds)) ms = \(Self.format(ratio))×" + target
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return "\(rounded)"
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

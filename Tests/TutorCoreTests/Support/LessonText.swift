import Foundation
import Testing

/// The text of one guide file, read from the repository, for checking the numbers it states.
///
/// Whitespace is collapsed to single spaces, so a checked phrase may be re-wrapped in the
/// Markdown without breaking the test.
struct LessonText {
    let id: String
    let text: String

    /// Reads `Content/guide/<id>.md` from the repository that holds this test file.
    init(_ id: String) throws {
        let root = try RepositoryRoot.locate()
        let path = root + "/Content/guide/" + id + ".md"
        let raw = try String(contentsOfFile: path, encoding: .utf8)
        self.id = id
        self.text = LessonText.collapsingWhitespace(raw)
    }

    func contains(_ phrase: String) -> Bool {
        text.contains(LessonText.collapsingWhitespace(phrase))
    }

    /// Checks that `phrase` appears in the lesson and that its last number agrees with
    /// `value` at the precision the phrase shows (so "t = 3.44" accepts 3.435 ..< 3.445).
    func expectStated(
        _ phrase: String, equals value: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(contains(phrase), "\(id) does not contain '\(phrase)'", sourceLocation: sourceLocation)
        guard let stated = LessonText.lastNumber(in: phrase) else {
            Issue.record("no number in '\(phrase)'", sourceLocation: sourceLocation)
            return
        }
        let halfUnit = 0.5 * pow(10.0, -Double(stated.decimals))
        let slack = 1e-9 * max(1, abs(value))
        #expect(
            abs(stated.value - value) <= halfUnit + slack,
            "\(id): '\(phrase)' states \(stated.value) but the data give \(value)",
            sourceLocation: sourceLocation)
    }

    /// Checks that a phrase built from recomputed values (a table row, a list of numbers)
    /// appears in the lesson.
    func expectContains(_ phrase: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(contains(phrase), "\(id) does not contain '\(phrase)'", sourceLocation: sourceLocation)
    }

    static func collapsingWhitespace(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// The last decimal number in `s`, with the number of digits after its point.
    ///
    /// A minus sign (ASCII or U+2212) counts only when it touches the digits, because the
    /// lessons write subtraction with spaces ("53.5 − 50") and negatives without ("−4.8").
    static func lastNumber(in s: String) -> (value: Double, decimals: Int)? {
        let chars = Array(s)
        var end = chars.count - 1
        while end >= 0, !chars[end].isASCIIDigit { end -= 1 }
        guard end >= 0 else { return nil }
        var start = end
        while start > 0, chars[start - 1].isASCIIDigit || (chars[start - 1] == "." && start - 2 >= 0 && chars[start - 2].isASCIIDigit) {
            start -= 1
        }
        var token = String(chars[start...end])
        if start > 0, chars[start - 1] == "−" || chars[start - 1] == "-" {
            token = "-" + token
        }
        guard let value = Double(token) else { return nil }
        let decimals = token.split(separator: ".").count == 2 ? token.split(separator: ".")[1].count : 0
        return (value, decimals)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// Formats `x` with a fixed number of decimals and a typographic minus, as the lessons do.
func fmt(_ x: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", x).replacingOccurrences(of: "-", with: "−")
}

/// Errors raised while locating test fixtures.
enum FixtureError: Error, CustomStringConvertible {
    case repositoryRootNotFound(startingAt: String)

    var description: String {
        switch self {
        case .repositoryRootNotFound(let start):
            return "no Package.swift above \(start)"
        }
    }
}

/// Finds the repository root by walking up from this source file to the folder with Package.swift.
enum RepositoryRoot {
    static func locate(from file: String = #filePath) throws -> String {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
            url.deleteLastPathComponent()
        }
        throw FixtureError.repositoryRootNotFound(startingAt: file)
    }
}

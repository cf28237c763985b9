/// Reads lists of numbers from text: separated by commas, spaces, tabs or newlines, with `#` comments.
///
/// Each number keeps its original text so that analyses that centre data exactly in decimal
/// (one-way ANOVA) can use it, and its line so that errors point at the right place.
public struct NumberList: Hashable, Sendable {
    /// The values as doubles.
    public var values: [Double]
    /// The values exactly as written.
    public var texts: [String]
    /// The 1-based line of each value.
    public var lines: [Int]

    public init() {
        values = []
        texts = []
        lines = []
    }

    public var isEmpty: Bool { values.isEmpty }
}

public enum NumberListParser {
    /// All numbers in `text` as one list.
    ///
    /// - Throws: `LabInputError` naming the line of the first token that is not a finite decimal
    ///   number, or line 1 when there are no numbers at all.
    public static func parseList(_ text: String, path: String) throws -> NumberList {
        let groups = try parse(text, path: path, splitOnBlankLines: false)
        guard let list = groups.first, !list.isEmpty else {
            throw LabInputError(path: path, line: 1, message: "no numbers found")
        }
        return list
    }

    /// Lists separated by blank lines, one list per group; a comment-only line does not separate.
    ///
    /// - Throws: `LabInputError` for a bad token, or when there are no numbers at all.
    public static func parseGroups(_ text: String, path: String) throws -> [NumberList] {
        let groups = try parse(text, path: path, splitOnBlankLines: true)
        guard !groups.isEmpty else {
            throw LabInputError(path: path, line: 1, message: "no numbers found")
        }
        return groups
    }

    /// A table: one row per non-blank line, every row the same length.
    ///
    /// - Throws: `LabInputError` for a bad token or a row whose length differs from the first.
    public static func parseTable(_ text: String, path: String) throws -> [[Double]] {
        guard let table = try parseTables(text, path: path).first else {
            throw LabInputError(path: path, line: 1, message: "no numbers found")
        }
        return table
    }

    /// Tables separated by blank lines; within each, one row per line, all rows the same length.
    ///
    /// - Throws: `LabInputError` for a bad token, a ragged row, or no numbers at all.
    public static func parseTables(_ text: String, path: String) throws -> [[[Double]]] {
        var tables: [[[Double]]] = []
        var rows: [[Double]] = []
        for (index, rawLine) in lines(of: text).enumerated() {
            let row = try numbers(in: rawLine, path: path, line: index + 1)
            let blank = rawLine.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if blank && !rows.isEmpty {
                tables.append(rows)
                rows = []
            }
            if row.isEmpty { continue }
            if let first = rows.first, row.count != first.count {
                throw LabInputError(path: path, line: index + 1,
                                    message: "row has \(row.count) numbers but the first row has \(first.count)")
            }
            rows.append(row.map(\.value))
        }
        if !rows.isEmpty { tables.append(rows) }
        guard !tables.isEmpty else {
            throw LabInputError(path: path, line: 1, message: "no numbers found")
        }
        return tables
    }

    private static func parse(_ text: String, path: String, splitOnBlankLines: Bool) throws -> [NumberList] {
        var groups: [NumberList] = []
        var current = NumberList()
        for (index, rawLine) in lines(of: text).enumerated() {
            let tokens = try numbers(in: rawLine, path: path, line: index + 1)
            let blank = rawLine.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if splitOnBlankLines && blank && !current.isEmpty {
                groups.append(current)
                current = NumberList()
            }
            for token in tokens {
                current.values.append(token.value)
                current.texts.append(token.text)
                current.lines.append(index + 1)
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    private static func lines(of text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The numeric tokens of one line, with the comment removed.
    private static func numbers(in rawLine: Substring, path: String, line: Int) throws
        -> [(text: String, value: Double)] {
        let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let tokens = content.split { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\r" || $0 == ";" }
        return try tokens.map { token in
            guard ExactDecimal(token) != nil, let value = Double(token), value.isFinite else {
                throw LabInputError(path: path, line: line, message: "'\(token)' is not a number")
            }
            return (String(token), value)
        }
    }
}

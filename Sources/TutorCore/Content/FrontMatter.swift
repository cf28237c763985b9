/// The small `key: value` header between `---` lines at the top of a section file.
///
/// A deliberately tiny YAML subset (scalars and `[a, b]` lists) so that the menu can be built from
/// front matter alone, without a YAML parser on the start-up path, and so every error has a line.
public struct FrontMatter: Hashable, Sendable {
    /// One value with the line it was read from.
    public struct Entry: Hashable, Sendable {
        public var value: String
        public var line: Int
    }

    public var entries: [String: Entry]
    /// The 1-based line on which the body starts.
    public var bodyLine: Int
    /// The text after the closing `---`.
    public var body: String

    /// Splits `text` into front matter and body, reporting problems against `path`.
    public static func parse(_ text: String, path: String) throws(ContentProblem) -> FrontMatter {
        // Only the header is split into lines, by scanning UTF-8 bytes: splitting a whole section
        // into Characters was most of the menu's start-up time, and the body is kept as one slice.
        var content = Substring(text)
        if content.hasPrefix("\u{FEFF}") { content = content.dropFirst() }
        let newline = UInt8(ascii: "\n")
        var position = content.startIndex
        var lineNumber = 0
        /// The next line without its newline, or nil at the end of the text.
        func nextLine() -> Substring? {
            guard position < content.endIndex else { return nil }
            let end = content.utf8[position...].firstIndex(of: newline) ?? content.endIndex
            let line = content[position..<end]
            position = end < content.endIndex ? content.index(after: end) : end
            lineNumber += 1
            return line
        }
        guard let first = nextLine(), first.trimmingTrailingSpace() == "---" else {
            throw ContentProblem(path: path, line: 1, message: "missing front matter: the file must start with a '---' line")
        }
        var entries: [String: Entry] = [:]
        while let raw = nextLine() {
            let line = raw.trimmingTrailingSpace()
            if line == "---" {
                return FrontMatter(entries: entries, bodyLine: lineNumber + 1, body: String(content[position...]))
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw ContentProblem(path: path, line: lineNumber, message: "expected 'key: value' in front matter, found '\(line)'")
            }
            let key = String(line[..<colon]).trimmed()
            let value = String(line[line.index(after: colon)...]).trimmed()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                throw ContentProblem(path: path, line: lineNumber, message: "invalid front matter key '\(key)'")
            }
            if entries[key] != nil {
                throw ContentProblem(path: path, line: lineNumber, message: "duplicate front matter key '\(key)'")
            }
            entries[key] = Entry(value: value, line: lineNumber)
        }
        throw ContentProblem(path: path, line: max(1, lineNumber), message: "front matter is not closed: add a '---' line after it")
    }

    /// A list value written as `[a, b, c]` (or a single bare item).
    public static func list(_ value: String) -> [String] {
        var inner = Substring(value)
        if inner.hasPrefix("[") && inner.hasSuffix("]") {
            inner = inner.dropFirst().dropLast()
        }
        return inner.split(separator: ",").map { String($0).trimmed().unquoted() }.filter { !$0.isEmpty }
    }
}

extension StringProtocol {
    func trimmingTrailingSpace() -> String {
        var s = String(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s.removeLast() }
        return s
    }

    func trimmed() -> String {
        var s = Substring(self)
        while let first = s.first, first == " " || first == "\t" { s = s.dropFirst() }
        return String(s).trimmingTrailingSpace()
    }

    /// Removes one pair of matching surrounding quotes, as YAML scalars allow.
    func unquoted() -> String {
        let s = String(self)
        if s.count >= 2, let f = s.first, let l = s.last, f == l, f == "\"" || f == "'" {
            return String(s.dropFirst().dropLast())
        }
        return s
    }
}

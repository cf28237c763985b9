/// Turns the text of one section file into a `Section`, or a `file:line` problem.
public enum SectionParser {
    /// Keys a section's front matter may carry; anything else is reported, to catch typos.
    public static let knownKeys: Set<String> = ["id", "title", "order", "topics", "kind"]

    public static func parse(_ text: String, path: String) throws(ContentProblem) -> Section {
        let front = try FrontMatter.parse(text, path: path)
        for (key, entry) in front.entries where !knownKeys.contains(key) {
            throw ContentProblem(path: path, line: entry.line, message: "unknown front matter key '\(key)' (known: \(knownKeys.sorted().joined(separator: ", ")))")
        }
        func required(_ key: String) throws(ContentProblem) -> FrontMatter.Entry {
            guard let entry = front.entries[key], !entry.value.isEmpty else {
                throw ContentProblem(path: path, line: 1, message: "front matter needs '\(key)'")
            }
            return entry
        }
        let idEntry = try required("id")
        let id = idEntry.value.unquoted()
        guard Self.isValidID(id) else {
            throw ContentProblem(path: path, line: idEntry.line, message: "id '\(id)' must be lowercase letters, digits and '-' only")
        }
        let title = try required("title").value.unquoted()
        let orderEntry = try required("order")
        guard let order = Int(orderEntry.value) else {
            throw ContentProblem(path: path, line: orderEntry.line, message: "order must be a whole number, found '\(orderEntry.value)'")
        }
        var kind = Section.Kind.guide
        if let kindEntry = front.entries["kind"] {
            guard let parsed = Section.Kind(rawValue: kindEntry.value.unquoted()) else {
                throw ContentProblem(path: path, line: kindEntry.line, message: "kind must be 'guide' or 'concept', found '\(kindEntry.value)'")
            }
            kind = parsed
        }
        let topics = front.entries["topics"].map { FrontMatter.list($0.value) } ?? []
        return Section(id: id, title: title, order: order, topics: topics, kind: kind,
                       body: front.body, path: path, bodyLine: front.bodyLine)
    }

    /// Ids are used as JSON keys and in file names, so they stay in a safe alphabet.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

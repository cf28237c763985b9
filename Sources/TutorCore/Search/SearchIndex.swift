/// Finds a query in the lines of every section, ignoring case and diacritics.
///
/// The caller passes each section's lines as the learner sees them (the UI lays Markdown out
/// first), so a hit's line index is a line the reader can scroll to. Lines are folded once, when
/// the index is built; a query costs one scan of the folded text.
public struct SearchIndex: Hashable, Sendable {
    /// One section's text, in reading order.
    public struct Document: Hashable, Sendable {
        public var id: String
        public var title: String
        public var lines: [String]

        public init(id: String, title: String, lines: [String]) {
            self.id = id
            self.title = title
            self.lines = lines
        }
    }

    struct FoldedDocument: Hashable, Sendable {
        var document: Document
        var lines: [SearchFolding.Folded]
    }

    private let documents: [FoldedDocument]

    /// Indexes `documents`; hits come back in the order the documents are given.
    public init(documents: [Document]) {
        self.documents = documents.map { document in
            FoldedDocument(document: document, lines: document.lines.map(SearchFolding.fold))
        }
    }

    /// The sections indexed, in order.
    public var sectionIDs: [String] { documents.map(\.document.id) }

    /// Every line that contains `query`, one hit per line, in section then line order.
    ///
    /// Leading and trailing spaces of the query are ignored; a query with nothing else finds nothing.
    /// Inside the query, spaces and punctuation count: "chi square" does not find "chi-square".
    public func hits(for query: String, limit: Int = .max) -> [SearchHit] {
        let needle = SearchFolding.fold(query.trimmed()).scalars
        guard !needle.isEmpty, limit > 0 else { return [] }
        var hits: [SearchHit] = []
        for folded in documents {
            for (index, line) in folded.lines.enumerated() {
                let ranges = Self.matches(of: needle, in: line)
                guard !ranges.isEmpty else { continue }
                hits.append(SearchHit(sectionID: folded.document.id, sectionTitle: folded.document.title, line: index,
                                      text: folded.document.lines[index], ranges: ranges))
                if hits.count >= limit { return hits }
            }
        }
        return hits
    }

    /// The matches of `query` in one line of text, as `Character` ranges; for highlighting a line
    /// that is not in an index (the reader uses it for the section on screen).
    public static func ranges(of query: String, in text: String) -> [Range<Int>] {
        let needle = SearchFolding.fold(query.trimmed()).scalars
        guard !needle.isEmpty else { return [] }
        return matches(of: needle, in: SearchFolding.fold(text))
    }

    /// Non-overlapping matches of `needle` in a folded line, mapped back to `Character` ranges.
    static func matches(of needle: [Unicode.Scalar], in line: SearchFolding.Folded) -> [Range<Int>] {
        let haystack = line.scalars
        guard haystack.count >= needle.count else { return [] }
        var ranges: [Range<Int>] = []
        var start = 0
        let first = needle[0]
        while start + needle.count <= haystack.count {
            if haystack[start] == first, haystack[start..<(start + needle.count)].elementsEqual(needle) {
                let lower = line.origins[start]
                let upper = line.origins[start + needle.count - 1] + 1
                // A match that starts inside a character already covered (a ligature-like fold) is merged.
                if let last = ranges.last, lower < last.upperBound {
                    ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, upper)
                } else {
                    ranges.append(lower..<upper)
                }
                start += needle.count
            } else {
                start += 1
            }
        }
        return ranges
    }
}

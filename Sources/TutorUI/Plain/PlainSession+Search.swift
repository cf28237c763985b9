import TutorCore

/// Searching every section from plain mode: a numbered list of matching lines, each one opens there.
extension PlainSession {
    func renderSearchPrompt(_ out: inout PlainOutput) {
        out.say("Search every section for (case and accents are ignored; Enter alone goes back):")
    }

    mutating func handleSearchPrompt(_ input: String, _ out: inout PlainOutput) {
        if input.isEmpty {
            pop(&out)
            return
        }
        stack.removeLast()
        search(input, &out)
    }

    /// Runs a search and shows its hits, or says there were none.
    mutating func search(_ query: String, _ out: inout PlainOutput) {
        let query = query.withoutSurroundingSpace
        guard !query.isEmpty else {
            push(.searchPrompt)
            renderSearchPrompt(&out)
            return
        }
        let index = searchIndex ?? SearchIndex(documents: sections.map { section in
            SearchIndex.Document(id: section.id, title: section.title, lines: PlainText.lines(of: section, width: width))
        })
        searchIndex = index
        let hits = index.hits(for: query)
        guard !hits.isEmpty else {
            out.say("No line in any section contains \"\(query)\".")
            renderMenu(&out)
            return
        }
        push(.searchResults(query: query, hits: hits))
        renderSearchResults(query: query, hits: hits, &out)
    }

    func renderSearchResults(query: String, hits: [SearchHit], _ out: inout PlainOutput) {
        let sectionCount = Set(hits.map(\.sectionID)).count
        var heading = "\(hits.count) \(hits.count == 1 ? "line" : "lines") in \(sectionCount) \(sectionCount == 1 ? "section" : "sections") contain \"\(query)\""
        if hits.count > Self.listedHits { heading += "; the first \(Self.listedHits) are listed, more words narrow it down" }
        out.say()
        out.say(heading + ":")
        // The context gets a line of its own: after a long section title it would be cut to a few words.
        for (number, hit) in hits.prefix(Self.listedHits).enumerated() {
            out.say("\(number + 1)) \(hit.sectionTitle), line \(hit.line + 1):")
            out.say("   " + Self.context(of: hit, width: max(20, width - 3)))
        }
        out.say("Type a number to read from that line, or press Enter to go back.")
    }

    mutating func handleSearchResults(_ input: String, query: String, hits: [SearchHit], _ out: inout PlainOutput) {
        if input.isEmpty || input.lowercased() == "q" {
            pop(&out)
            return
        }
        if input.hasPrefix("/") {
            stack.removeLast()
            search(String(input.dropFirst()), &out)
            return
        }
        guard let number = Int(input), (1...min(hits.count, Self.listedHits)).contains(number) else {
            out.say("Type a number from 1 to \(min(hits.count, Self.listedHits)), or press Enter to go back.")
            return
        }
        let hit = hits[number - 1]
        guard let index = sections.firstIndex(where: { $0.id == hit.sectionID }) else { return }
        // Two lines before the hit, so the match is read with what leads up to it.
        openSection(index, at: max(0, hit.line - 2), announce: false, &out)
    }

    /// The hit's line without its indentation, cut around the match to fit `width` with "..." marks.
    static func context(of hit: SearchHit, width: Int) -> String {
        let characters = Array(hit.text)
        let window = SearchScreen.contextWindow(of: hit, width: width, markerWidth: 3)
        return (window.isCutBefore ? "..." : "") + String(characters[window.range]) + (window.isCutAfter ? "..." : "")
    }
}

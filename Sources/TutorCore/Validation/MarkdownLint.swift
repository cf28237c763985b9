/// Finds Markdown in a section body that the reader does not render, with the file's real line.
///
/// The reader supports a small subset (see Content/README.md); anything else would show up as
/// raw punctuation on the learner's screen, so it is reported instead of silently shown.
enum MarkdownLint {
    /// HTML element names worth flagging; a plain `<` in maths such as `a < b` must not be.
    static let htmlTags: Set<String> = [
        "a", "abbr", "b", "big", "blockquote", "br", "center", "code", "del", "details", "div", "em", "font",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "ins", "kbd", "li", "mark", "math",
        "ol", "p", "pre", "s", "script", "section", "small", "span", "strong", "style", "sub", "summary",
        "sup", "table", "tbody", "td", "th", "thead", "tr", "tt", "u", "ul", "video",
    ]

    static func problems(in section: Section) -> [ContentProblem] {
        var problems: [ContentProblem] = []
        let lines = section.body.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingTrailingSpace() }
        var inFence = false
        var previousIsText = false
        for (offset, line) in lines.enumerated() {
            let lineNumber = section.bodyLine + offset
            func report(_ message: String) {
                problems.append(ContentProblem(path: section.path, line: lineNumber, message: message))
            }
            let stripped = line.trimmed()
            if stripped.hasPrefix("```") {
                inFence.toggle()
                previousIsText = false
                continue
            }
            if inFence { continue }
            defer { previousIsText = !stripped.isEmpty }

            if !stripped.isEmpty, stripped.allSatisfy({ $0 == "=" }) || (stripped.count >= 2 && stripped.allSatisfy({ $0 == "-" })),
               previousIsText {
                report("setext heading underline '\(stripped)' is not supported: write '## Title' instead (a horizontal rule '---' needs a blank line before it)")
                continue
            }
            let hashes = line.prefix(while: { $0 == "#" }).count
            if hashes > 0 {
                let rest = line.dropFirst(hashes)
                if rest.isEmpty || rest.hasPrefix(" ") {
                    if hashes == 1 {
                        report("'#' headings are not supported: the title is shown already; use '##' or '###'")
                    } else if hashes >= 4 {
                        report("'\(String(repeating: "#", count: hashes))' headings are not supported: use '##' or '###'")
                    }
                }
            }
            let prose = withoutCodeSpans(line)
            if prose.contains("![") {
                report("images are not supported in the terminal: describe the picture in words")
            }
            if prose.contains("[^") {
                report("footnotes are not supported: put the note in the text")
            }
            if let tag = firstHTMLTag(in: prose) {
                report("raw HTML '\(tag)' is not supported: use the Markdown subset")
            }
            if hasLaTeX(prose) {
                report("LaTeX '$…$' is not supported: write maths with Unicode (x̄, σ², √, Σ, ≤)")
            }
        }
        return problems
    }

    /// The line with `` `code` `` spans blanked out, since code may legitimately show `<div>` or `$x`.
    static func withoutCodeSpans(_ line: String) -> String {
        var result = ""
        var inCode = false
        for character in line {
            if character == "`" {
                inCode.toggle()
                result.append(" ")
            } else {
                result.append(inCode ? " " : character)
            }
        }
        return result
    }

    /// The first `<tag>`, `</tag>` or `<!--` in the text, if any.
    static func firstHTMLTag(in text: String) -> String? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard characters[index] == "<" else { continue }
            var cursor = index + 1
            if cursor + 2 < characters.count, String(characters[cursor...(cursor + 2)]) == "!--" { return "<!--" }
            if cursor < characters.count, characters[cursor] == "/" { cursor += 1 }
            var name = ""
            while cursor < characters.count, characters[cursor].isLetter || characters[cursor].isNumber {
                name.append(characters[cursor])
                cursor += 1
            }
            guard !name.isEmpty, htmlTags.contains(name.lowercased()), cursor < characters.count else { continue }
            let next = characters[cursor]
            if next == ">" || next == " " || next == "/" {
                let end = characters[cursor...].firstIndex(of: ">") ?? cursor
                return String(characters[index...end])
            }
        }
        return nil
    }

    /// `$$`, or a `$` followed by a non-space, non-digit character and later closed by another `$`.
    /// Amounts such as "$5 and $10" are left alone because a digit follows each `$`.
    static func hasLaTeX(_ text: String) -> Bool {
        if text.contains("$$") { return true }
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == "$" {
            guard index + 1 < characters.count else { continue }
            let next = characters[index + 1]
            guard !next.isWhitespace, !next.isNumber else { continue }
            if let close = characters[(index + 1)...].firstIndex(of: "$"), !characters[close - 1].isWhitespace {
                return true
            }
        }
        return false
    }
}

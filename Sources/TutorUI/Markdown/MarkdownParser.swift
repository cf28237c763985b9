/// Parses the supported Markdown subset into blocks.
///
/// The parser never fails: text it does not recognise stays a paragraph, so a reader always shows
/// something. The validator reports constructs outside the subset separately.
public enum MarkdownParser {
    public static func parse(_ text: String) -> [MarkdownBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).replacingTabs()
        }
        return parseBlocks(lines[...])
    }

    static func parseBlocks(_ lines: ArraySlice<String>) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var i = lines.startIndex
        while i < lines.endIndex {
            let line = lines[i]
            let trimmed = line.trimmingLeadingSpaces()
            if trimmed.isEmpty { i += 1; continue }

            if trimmed.hasPrefix("```") {
                let language = String(trimmed.dropFirst(3)).trimmingLeadingSpaces()
                let fenceIndent = line.leadingSpaces
                var code: [String] = []
                i += 1
                while i < lines.endIndex, !lines[i].trimmingLeadingSpaces().hasPrefix("```") {
                    code.append(String(lines[i].dropFirst(min(fenceIndent, lines[i].leadingSpaces))))
                    i += 1
                }
                if i < lines.endIndex { i += 1 }  // closing fence
                blocks.append(.code(language: language, lines: code))
                continue
            }
            if let heading = headingLevel(trimmed) {
                let text = String(trimmed.dropFirst(heading + 1))
                blocks.append(.heading(level: heading, text: text.trimmingLeadingSpaces().trimmingTrailing("#")))
                i += 1
                continue
            }
            if isRule(trimmed) {
                blocks.append(.rule)
                i += 1
                continue
            }
            if trimmed.hasPrefix(">") {
                var inner: [String] = []
                while i < lines.endIndex {
                    let t = lines[i].trimmingLeadingSpaces()
                    guard t.hasPrefix(">") else { break }
                    var rest = t.dropFirst()
                    if rest.first == " " { rest = rest.dropFirst() }
                    inner.append(String(rest))
                    i += 1
                }
                blocks.append(.quote(parseBlocks(inner[...])))
                continue
            }
            if trimmed.hasPrefix("|"), i + 1 < lines.endIndex, let alignments = tableSeparator(lines[i + 1]) {
                let header = tableCells(trimmed)
                var rows: [[String]] = []
                i += 2
                while i < lines.endIndex, lines[i].trimmingLeadingSpaces().hasPrefix("|") {
                    rows.append(tableCells(lines[i].trimmingLeadingSpaces()))
                    i += 1
                }
                blocks.append(.table(header: header, alignments: alignments, rows: rows))
                continue
            }
            if listMarker(line) != nil {
                let (block, next) = parseList(lines, from: i)
                blocks.append(block)
                i = next
                continue
            }
            var paragraph: [String] = [trimmed]
            i += 1
            while i < lines.endIndex {
                let t = lines[i].trimmingLeadingSpaces()
                if t.isEmpty || t.hasPrefix("```") || headingLevel(t) != nil || t.hasPrefix(">")
                    || isRule(t) || listMarker(lines[i]) != nil
                    || (t.hasPrefix("|") && i + 1 < lines.endIndex && tableSeparator(lines[i + 1]) != nil) {
                    break
                }
                paragraph.append(t)
                i += 1
            }
            blocks.append(.paragraph(paragraph.joined(separator: " ")))
        }
        return blocks
    }

    /// A list marker found at the start of a line.
    struct Marker {
        var indent: Int
        var ordered: Bool
        var number: Int
        /// Column where the item's text starts; continuation lines are dedented by this much.
        var contentColumn: Int
    }

    static func listMarker(_ line: String) -> Marker? {
        let indent = line.leadingSpaces
        let rest = line.dropFirst(indent)
        if let first = rest.first, first == "-" || first == "*" || first == "+" {
            let after = rest.dropFirst()
            guard after.first == " " else { return nil }
            if isRule(String(rest)) { return nil }
            return Marker(indent: indent, ordered: false, number: 0, contentColumn: indent + 1 + after.leadingSpaceCount)
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let after = rest.dropFirst(digits.count)
        guard let punct = after.first, punct == "." || punct == ")" else { return nil }
        let afterPunct = after.dropFirst()
        guard afterPunct.first == " " else { return nil }
        return Marker(indent: indent, ordered: true, number: Int(digits) ?? 1,
                      contentColumn: indent + digits.count + 1 + afterPunct.leadingSpaceCount)
    }

    /// Parses one list starting at `start`; returns it and the index after it.
    static func parseList(_ lines: ArraySlice<String>, from start: Int) -> (MarkdownBlock, Int) {
        guard let first = listMarker(lines[start]) else { return (.paragraph(lines[start]), start + 1) }
        var items: [MarkdownBlock.ListItem] = []
        var i = start
        while i < lines.endIndex {
            guard let marker = listMarker(lines[i]), marker.indent == first.indent, marker.ordered == first.ordered else { break }
            var itemLines = [String(lines[i].dropFirst(marker.contentColumn))]
            i += 1
            while i < lines.endIndex {
                let line = lines[i]
                if line.trimmingLeadingSpaces().isEmpty {
                    // A blank line ends the item unless the next line is still indented into it.
                    if i + 1 < lines.endIndex, lines[i + 1].leadingSpaces > first.indent,
                       !lines[i + 1].trimmingLeadingSpaces().isEmpty {
                        itemLines.append("")
                        i += 1
                        continue
                    }
                    break
                }
                if line.leadingSpaces <= first.indent {
                    if listMarker(line) != nil { break }
                    // A lazy continuation of the item's paragraph.
                    if itemLines.last?.isEmpty == false && listMarker(itemLines.last ?? "") == nil {
                        itemLines.append(line.trimmingLeadingSpaces())
                        i += 1
                        continue
                    }
                    break
                }
                let dedent = min(line.leadingSpaces, marker.contentColumn)
                itemLines.append(String(line.dropFirst(dedent)))
                i += 1
            }
            items.append(.init(number: marker.number, blocks: parseBlocks(itemLines[...])))
            // Skip blank lines between sibling items.
            var j = i
            while j < lines.endIndex, lines[j].trimmingLeadingSpaces().isEmpty { j += 1 }
            if j < lines.endIndex, let next = listMarker(lines[j]), next.indent == first.indent, next.ordered == first.ordered {
                i = j
            }
        }
        return (.list(ordered: first.ordered, items: items), i)
    }

    static func headingLevel(_ trimmed: String) -> Int? {
        let hashes = trimmed.prefix { $0 == "#" }.count
        guard hashes >= 1, hashes <= 6 else { return nil }
        let after = trimmed.dropFirst(hashes)
        guard after.isEmpty || after.first == " " else { return nil }
        return hashes
    }

    static func isRule(_ trimmed: String) -> Bool {
        let chars = trimmed.filter { $0 != " " }
        guard chars.count >= 3, let first = chars.first, first == "-" || first == "*" || first == "_" else { return false }
        return chars.allSatisfy { $0 == first }
    }

    static func tableSeparator(_ line: String) -> [TableAlignment]? {
        let t = line.trimmingLeadingSpaces()
        guard t.hasPrefix("|") || t.hasPrefix(":") || t.hasPrefix("-") else { return nil }
        let cells = tableCells(t)
        guard !cells.isEmpty else { return nil }
        var alignments: [TableAlignment] = []
        for cell in cells {
            let c = cell.filter { $0 != " " }
            guard !c.isEmpty, c.allSatisfy({ $0 == "-" || $0 == ":" }), c.contains("-") else { return nil }
            let left = c.hasPrefix(":"), right = c.hasSuffix(":")
            alignments.append(left && right ? .center : right ? .right : .left)
        }
        return alignments
    }

    /// Splits `| a | b |` into trimmed cells; `\|` stays a literal bar.
    static func tableCells(_ line: String) -> [String] {
        var t = Substring(line.trimmingLeadingSpaces().trimmingTrailingSpaces())
        if t.hasPrefix("|") { t = t.dropFirst() }
        if t.hasSuffix("|") && !t.hasSuffix("\\|") { t = t.dropLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in t {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "|" {
                cells.append(current.trimmingLeadingSpaces().trimmingTrailingSpaces())
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current.trimmingLeadingSpaces().trimmingTrailingSpaces())
        return cells
    }
}

extension StringProtocol {
    var leadingSpaces: Int { prefix { $0 == " " }.count }
    var leadingSpaceCount: Int { leadingSpaces }

    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }

    func trimmingTrailingSpaces() -> String {
        var s = String(self)
        while let last = s.last, last == " " || last == "\r" { s.removeLast() }
        return s
    }

    func trimmingTrailing(_ character: Character) -> String {
        var s = trimmingTrailingSpaces()
        while s.last == character { s.removeLast() }
        return s.trimmingTrailingSpaces()
    }

    /// Tabs become four spaces so indentation can be measured in one unit.
    func replacingTabs() -> String {
        var s = ""
        for character in self {
            if character == "\t" { s += "    " } else if character != "\r" { s.append(character) }
        }
        return s
    }
}

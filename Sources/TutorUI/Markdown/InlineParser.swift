/// Turns inline Markdown (`**bold**`, `*italic*`, `` `code` ``, `[text](url)`) into styled spans.
///
/// Unmatched markers are kept as literal text, so a stray `*` in `2 * 3` survives.
public enum InlineParser {
    public static func spans(_ text: String, base: Style = .plain) -> [Span] {
        var out: [Span] = []
        parse(Array(text), base: base, into: &out)
        return out
    }

    static func parse(_ chars: [Character], base: Style, into out: inout [Span]) {
        var buffer = ""
        func flush() {
            if !buffer.isEmpty { emit(buffer, base, &out); buffer = "" }
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, "\\`*_[]()#|>-+.!".contains(chars[i + 1]) {
                buffer.append(chars[i + 1])
                i += 2
                continue
            }
            if c == "`" {
                let ticks = run(of: "`", in: chars, at: i)
                if let end = find(String(repeating: "`", count: ticks), in: chars, from: i + ticks) {
                    flush()
                    var code = String(chars[(i + ticks)..<end])
                    if code.hasPrefix(" ") && code.hasSuffix(" ") && code.count > 1 { code = String(code.dropFirst().dropLast()) }
                    emit(code, base.merged(with: Style(color: .code)), &out)
                    i = end + ticks
                    continue
                }
            }
            if c == "*", i + 1 < chars.count, chars[i + 1] == "*",
               i + 2 < chars.count, chars[i + 2] != " ",
               let end = find("**", in: chars, from: i + 2), end > i + 2 {
                flush()
                parse(Array(chars[(i + 2)..<end]), base: base.merged(with: Style(bold: true)), into: &out)
                i = end + 2
                continue
            }
            if c == "*", i + 1 < chars.count, chars[i + 1] != " ", chars[i + 1] != "*",
               let end = findSingleStar(in: chars, from: i + 1) {
                flush()
                parse(Array(chars[(i + 1)..<end]), base: base.merged(with: Style(italic: true)), into: &out)
                i = end + 1
                continue
            }
            if c == "[", let close = find("](", in: chars, from: i + 1),
               let paren = find(")", in: chars, from: close + 2) {
                flush()
                parse(Array(chars[(i + 1)..<close]), base: base.merged(with: Style(underline: true, color: .link)), into: &out)
                let url = String(chars[(close + 2)..<paren])
                emit(" (\(url))", base.merged(with: Style(dim: true)), &out)
                i = paren + 1
                continue
            }
            buffer.append(c)
            i += 1
        }
        flush()
    }

    static func emit(_ text: String, _ style: Style, _ out: inout [Span]) {
        guard !text.isEmpty else { return }
        if var last = out.last, last.style == style {
            last.text += text
            out[out.count - 1] = last
        } else {
            out.append(Span(text, style: style))
        }
    }

    static func run(of c: Character, in chars: [Character], at start: Int) -> Int {
        var n = 0
        while start + n < chars.count, chars[start + n] == c { n += 1 }
        return n
    }

    static func find(_ needle: String, in chars: [Character], from start: Int) -> Int? {
        let n = Array(needle)
        guard start <= chars.count - n.count else { return nil }
        var i = start
        while i <= chars.count - n.count {
            if chars[i] == "\\" { i += 2; continue }
            if Array(chars[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }

    /// The closing `*` of an italic run: not doubled, not preceded by a space.
    static func findSingleStar(in chars: [Character], from start: Int) -> Int? {
        var i = start
        while i < chars.count {
            if chars[i] == "\\" { i += 2; continue }
            if chars[i] == "*" {
                if i + 1 < chars.count, chars[i + 1] == "*" { i += 2; continue }
                if chars[i - 1] != " " { return i }
            }
            i += 1
        }
        return nil
    }
}

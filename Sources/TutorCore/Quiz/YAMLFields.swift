import Yams

/// Reads typed values out of a composed YAML tree, collecting `path:line` problems as it goes.
///
/// Working on `Node`s (not `Decodable`) keeps the line of every value, so each message can point
/// at the exact line the author has to fix, and lets one pass report every problem in a file.
struct YAMLFields {
    let path: String
    private(set) var problems: [ContentProblem] = []

    init(path: String) {
        self.path = path
    }

    /// The 1-based line of a node (Yams marks are 1-based).
    static func line(of node: Node) -> Int {
        node.mark?.line ?? 0
    }

    mutating func report(_ line: Int, _ message: String) {
        problems.append(ContentProblem(path: path, line: line, message: message))
    }

    /// The keys of a mapping with their value nodes; unknown keys are reported with a suggestion.
    mutating func mapping(_ node: Node, what: String, known: [String]) -> [String: (key: Node, value: Node)]? {
        guard let mapping = node.mapping else {
            report(Self.line(of: node), "\(what) must be a mapping of 'key: value' lines")
            return nil
        }
        var fields: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report(Self.line(of: key), "\(what) has a key that is not plain text")
                continue
            }
            guard known.contains(name) else {
                var message = "unknown key '\(name)' in \(what)"
                if let guess = Self.closest(to: name, in: known) {
                    message += " (did you mean '\(guess)'?)"
                } else {
                    message += " (known: \(known.joined(separator: ", ")))"
                }
                report(Self.line(of: key), message)
                continue
            }
            fields[name] = (key, value)
        }
        return fields
    }

    /// A non-empty text value.
    mutating func text(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            report(Self.line(of: node), "'\(key)' must be text, not a list or mapping")
            return nil
        }
        let value = scalar.string.trimmed()
        guard !value.isEmpty else {
            report(Self.line(of: node), "'\(key)' is empty")
            return nil
        }
        return value
    }

    /// A content id: lowercase letters, digits and '-'.
    mutating func id(_ node: Node, key: String) -> String? {
        guard let value = text(node, key: key) else { return nil }
        guard SectionParser.isValidID(value) else {
            report(Self.line(of: node), "\(key) '\(value)' must be lowercase letters, digits and '-' only")
            return nil
        }
        return value
    }

    /// A whole number.
    mutating func integer(_ node: Node, key: String) -> Int? {
        guard let scalar = node.scalar, let value = Int(scalar.string.trimmed()) else {
            report(Self.line(of: node), "'\(key)' must be a whole number, found \(Self.shown(node))")
            return nil
        }
        return value
    }

    /// A whole number of seconds greater than zero.
    mutating func positiveSeconds(_ node: Node, key: String) -> Int? {
        guard let value = integer(node, key: key) else { return nil }
        guard value > 0 else {
            report(Self.line(of: node), "'\(key)' must be a positive number of seconds, found \(value)")
            return nil
        }
        return value
    }

    /// A finite number written as YAML writes numbers (`12`, `-0.5`, `1e-3`).
    mutating func number(_ node: Node, key: String) -> Double? {
        guard let scalar = node.scalar, let value = Self.parseNumber(scalar.string) else {
            report(Self.line(of: node), "'\(key)' must be a number, found \(Self.shown(node))")
            return nil
        }
        return value
    }

    /// `true` or `false`.
    mutating func boolean(_ node: Node, key: String) -> Bool? {
        switch node.scalar?.string.trimmed().lowercased() {
        case "true": return true
        case "false": return false
        default:
            report(Self.line(of: node), "'\(key)' must be true or false, found \(Self.shown(node))")
            return nil
        }
    }

    /// A list of non-empty texts; a single bare value counts as a one-item list.
    mutating func textList(_ node: Node, key: String) -> [String]? {
        if node.scalar != nil {
            return text(node, key: key).map { [$0] }
        }
        guard let sequence = node.sequence else {
            report(Self.line(of: node), "'\(key)' must be a list like [a, b]")
            return nil
        }
        var values: [String] = []
        for item in sequence {
            guard let value = text(item, key: key) else { return nil }
            values.append(value)
        }
        return values
    }

    static func parseNumber(_ text: String) -> Double? {
        let trimmed = text.trimmed()
        // Double("nan"), Double("inf") and hex forms parse in Swift but are never meant as answers.
        guard let first = trimmed.first, first.isNumber || first == "-" || first == "+" || first == ".",
              !trimmed.lowercased().contains("x"), !trimmed.lowercased().contains("n"),
              let value = Double(trimmed), value.isFinite
        else { return nil }
        return value
    }

    /// A short rendering of a node for messages.
    static func shown(_ node: Node) -> String {
        if let scalar = node.scalar { return "'\(scalar.string)'" }
        if node.sequence != nil { return "a list" }
        if node.mapping != nil { return "a mapping" }
        return "an alias"
    }

    /// The known key nearest to a misspelt one, if it is close enough to be a likely typo.
    static func closest(to name: String, in known: [String]) -> String? {
        let scored = known.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, name.count / 3) ? best.0 : nil
    }

    /// Levenshtein distance; keys are short, so the quadratic table is fine.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}

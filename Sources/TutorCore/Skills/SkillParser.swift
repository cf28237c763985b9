import Yams

/// Turns the YAML text of `skills.yaml` into skills, reporting every problem with its line.
///
/// The file is a mapping with one key, `skills`, holding a list of entries with `id`, `name`,
/// `kind` (`technical` or `soft`), `why` and `section`. Like `QuizParser`, this reads composed
/// nodes rather than decoding, so each message can name the line to fix. Checks that need other
/// files (ids unique across all content, sections that exist) belong to `ContentValidator`.
public enum SkillParser {
    /// Keys the file may carry at the top level.
    public static let fileKeys = ["skills"]
    /// Keys each skill entry may carry; all are required.
    public static let skillKeys = ["id", "name", "kind", "why", "section"]

    /// Parses `text`, throwing the first problem found (file order).
    public static func parse(_ text: String, path: String) throws(ContentProblem) -> [Skill] {
        let parsed = parseAll(text, path: path)
        if let first = parsed.problems.sorted(by: { $0.line < $1.line }).first { throw first }
        return parsed.skills
    }

    /// Parses `text` and returns every problem, never stopping at the first.
    public static func parseAll(_ text: String, path: String) -> ParsedSkills {
        var result = ParsedSkills(path: path)
        let root: Node
        do {
            // The basic resolver skips Yams's regex-based tag detection: the fields are typed by
            // YAMLFields from their text, so the tags were never read (and cost most of start-up).
            guard let node = try Yams.compose(yaml: text, .basic) else {
                result.problems.append(ContentProblem(path: path, line: 1, message: "the skills file is empty"))
                return result
            }
            root = node
        } catch let error as YamlError {
            result.problems.append(QuizParser.syntaxProblem(error, path: path))
            return result
        } catch {
            result.problems.append(ContentProblem(path: path, line: 0, message: "YAML syntax error: \(error)"))
            return result
        }

        var fields = YAMLFields(path: path)
        if let top = fields.mapping(root, what: "the skills file", known: fileKeys) {
            if let list = top["skills"]?.value {
                if let sequence = list.sequence, !sequence.isEmpty {
                    var firstLine: [String: Int] = [:]
                    for item in sequence {
                        readSkill(item, into: &result, fields: &fields, firstLine: &firstLine)
                    }
                } else {
                    fields.report(YAMLFields.line(of: list), "'skills' must be a non-empty list of skills")
                }
            } else {
                fields.report(YAMLFields.line(of: root), "the skills file needs 'skills'")
            }
        }
        result.problems.append(contentsOf: fields.problems)
        return result
    }

    /// Reads one entry; the skill is kept only when every field is valid.
    private static func readSkill(_ node: Node, into result: inout ParsedSkills, fields: inout YAMLFields,
                                  firstLine: inout [String: Int]) {
        let entryLine = YAMLFields.line(of: node)
        guard let entry = fields.mapping(node, what: "a skill", known: skillKeys) else { return }
        func required(_ key: String) -> Node? {
            if let value = entry[key]?.value { return value }
            fields.report(entryLine, "the skill needs '\(key)'")
            return nil
        }
        let id = required("id").flatMap { fields.id($0, key: "id") }
        if let id, let node = entry["id"]?.value {
            let line = YAMLFields.line(of: node)
            // Duplicates inside the file are reported here with both lines; the validator then
            // checks against sections and quizzes.
            if let earlier = firstLine[id] {
                fields.report(line, "duplicate skill id '\(id)' (first declared at line \(earlier))")
            } else {
                firstLine[id] = line
                result.declaredIDs.append(.init(id: id, line: line))
            }
        }
        let name = required("name").flatMap { fields.text($0, key: "name") }
        let kind = required("kind").flatMap { parseKind($0, fields: &fields) }
        let why = required("why").flatMap { oneLine($0, key: "why", fields: &fields) }
        var section: String?
        if let node = required("section"), let value = fields.id(node, key: "section") {
            section = value
            result.sectionReferences.append(.init(id: value, line: YAMLFields.line(of: node)))
        }
        if let id, let name, let kind, let why, let section {
            result.skills.append(Skill(id: id, name: name, kind: kind, why: why, sectionID: section, line: entryLine))
        }
    }

    /// `technical` or `soft`.
    private static func parseKind(_ node: Node, fields: inout YAMLFields) -> Skill.Kind? {
        guard let text = fields.text(node, key: "kind") else { return nil }
        guard let kind = Skill.Kind(rawValue: text) else {
            let known = Skill.Kind.allCases.map(\.rawValue).joined(separator: " or ")
            fields.report(YAMLFields.line(of: node), "'kind' must be \(known), found '\(text)'")
            return nil
        }
        return kind
    }

    /// A non-empty text without line breaks: the checklist shows it on one line under the skill.
    private static func oneLine(_ node: Node, key: String, fields: inout YAMLFields) -> String? {
        guard let text = fields.text(node, key: key) else { return nil }
        guard !text.contains("\n") else {
            fields.report(YAMLFields.line(of: node), "'\(key)' must be one line (use a folded '>-' block or plain text)")
            return nil
        }
        return text
    }
}

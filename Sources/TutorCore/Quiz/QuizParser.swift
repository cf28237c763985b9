import Yams

/// Turns the YAML text of one quiz file into a `Quiz`, reporting every problem with its line.
///
/// The parser performs all checks that need only the one file (types, answers against choices,
/// tolerances, empty texts, time limits, unknown keys); checks across files, such as unique ids
/// and section references, belong to `QuizLoader` and `ContentValidator`.
public enum QuizParser {
    /// Keys a quiz may carry at the top level.
    public static let quizKeys = ["id", "title", "topic", "timeLimit", "section", "questions"]

    /// Parses `text`, throwing the first problem found (file order).
    public static func parse(_ text: String, path: String) throws(ContentProblem) -> Quiz {
        let parsed = parseAll(text, path: path)
        if let first = parsed.problems.sorted(by: { $0.line < $1.line }).first { throw first }
        guard let quiz = parsed.quiz else {
            throw ContentProblem(path: path, line: 0, message: "the quiz could not be read")
        }
        return quiz
    }

    /// Parses `text` and returns every problem, never stopping at the first.
    public static func parseAll(_ text: String, path: String) -> ParsedQuiz {
        var result = ParsedQuiz(path: path, quiz: nil, problems: [], declaredIDs: [], sectionReferences: [], questionEntries: 0)
        let root: Node
        do {
            // The basic resolver skips Yams's regex-based tag detection: the fields are typed by
            // YAMLFields from their text, so the tags were never read (and cost most of start-up).
            guard let node = try Yams.compose(yaml: text, .basic) else {
                result.problems.append(ContentProblem(path: path, line: 1, message: "the quiz file is empty"))
                return result
            }
            root = node
        } catch let error as YamlError {
            result.problems.append(syntaxProblem(error, path: path))
            return result
        } catch {
            result.problems.append(ContentProblem(path: path, line: 0, message: "YAML syntax error: \(error)"))
            return result
        }

        var fields = YAMLFields(path: path)
        readQuiz(root, into: &result, fields: &fields)
        result.problems.append(contentsOf: fields.problems)
        return result
    }

    /// Reads the quiz header and its questions from the root node.
    private static func readQuiz(_ root: Node, into result: inout ParsedQuiz, fields: inout YAMLFields) {
        let path = result.path
        guard let top = fields.mapping(root, what: "the quiz", known: quizKeys) else { return }

        func required(_ key: String) -> Node? {
            if let value = top[key]?.value { return value }
            fields.report(YAMLFields.line(of: root), "the quiz needs '\(key)'")
            return nil
        }
        let id = required("id").flatMap { fields.id($0, key: "id") }
        if let id, let node = top["id"]?.value {
            result.declaredIDs.append(.init(id: id, line: YAMLFields.line(of: node)))
        }
        let title = required("title").flatMap { fields.text($0, key: "title") }
        let topic = required("topic").flatMap { fields.text($0, key: "topic") }
        let timeLimit = required("timeLimit").flatMap { fields.positiveSeconds($0, key: "timeLimit") }
        var section: String?
        if let node = top["section"]?.value, let value = fields.id(node, key: "section") {
            section = value
            result.sectionReferences.append(.init(id: value, line: YAMLFields.line(of: node)))
        }

        var questions: [Question] = []
        if let node = required("questions") {
            if let sequence = node.sequence, !sequence.isEmpty {
                result.questionEntries = sequence.count
                let defaults = QuestionParser.Defaults(topic: topic, sectionID: section)
                for item in sequence {
                    let parsed = QuestionParser.parse(item, defaults: defaults, fields: &fields)
                    if let declared = parsed.id { result.declaredIDs.append(declared) }
                    if let reference = parsed.sectionReference { result.sectionReferences.append(reference) }
                    if let question = parsed.question { questions.append(question) }
                }
            } else {
                fields.report(YAMLFields.line(of: node), "'questions' must be a non-empty list of questions")
            }
        }

        if let id, let title, let topic, let timeLimit {
            result.quiz = Quiz(id: id, title: title, topic: topic, timeLimit: timeLimit, sectionID: section,
                               questions: questions, path: path)
        }
    }

    /// Converts a Yams error to a `path:line` problem, keeping libyaml's own wording.
    static func syntaxProblem(_ error: YamlError, path: String) -> ContentProblem {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return ContentProblem(path: path, line: mark.line, message: message)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ContentProblem(path: path, line: context.mark.line, message: "duplicate key \(keys) in one mapping")
        case let .reader(problem, _, _, _):
            return ContentProblem(path: path, line: 0, message: "cannot read the file: \(problem)")
        default:
            return ContentProblem(path: path, line: 0, message: "YAML error: \(error)")
        }
    }
}

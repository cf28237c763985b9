#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads every quiz (`*.yaml`, `*.yml`) in a content folder's `quizzes/` subfolder.
public enum QuizLoader {
    /// Loads the quizzes sorted by id, with every problem found; ids must be unique across quizzes
    /// and questions. A folder without `quizzes/` simply has no quizzes.
    public static func load(contentDirectory: String) -> (quizzes: [Quiz], problems: [ContentProblem]) {
        let (parsed, readProblems) = parseFiles(contentDirectory: contentDirectory)
        var problems = readProblems
        var registry = IDRegistry()
        var quizzes: [Quiz] = []
        for file in parsed {
            problems += file.problems
            problems += file.declaredIDs.compactMap { registry.declare($0.id, path: file.path, line: $0.line) }
            if let quiz = file.quiz { quizzes.append(quiz) }
        }
        quizzes.sort { $0.id < $1.id }
        return (quizzes, problems)
    }

    /// Whether the folder has any quiz file to parse, found by listing `quizzes/` without reading it:
    /// the tutor uses it to show the quizzes row while they are parsed.
    public static func hasQuizFiles(contentDirectory: String) -> Bool {
        guard case .success(let names) = FileAccess.names(in: contentDirectory + "/quizzes") else { return false }
        return names.contains { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
    }

    /// Parses each quiz file without cross-file checks; the validator adds those itself.
    static func parseFiles(contentDirectory: String) -> (files: [ParsedQuiz], problems: [ContentProblem]) {
        let directory = contentDirectory + "/quizzes"
        let names: [String]
        switch FileAccess.names(in: directory) {
        case .success(let found): names = found
        case .failure(.missing): return ([], [])
        case .failure: return ([], [ContentProblem(path: directory, line: 0, message: "cannot read the quizzes folder")])
        }
        var files: [ParsedQuiz] = []
        var problems: [ContentProblem] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = directory + "/" + name
            guard let data = FileAccess.bytes(at: path) else {
                problems.append(ContentProblem(path: path, line: 0, message: "cannot read the file"))
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                problems.append(ContentProblem(path: path, line: 0, message: "the file is not valid UTF-8"))
                continue
            }
            var parsed = QuizParser.parseAll(text, path: path)
            // The file name is how authors find a quiz, so it must say which quiz it holds.
            let stem = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : String(name.dropLast(4))
            if let declared = parsed.declaredIDs.first, parsed.quiz?.id == declared.id, declared.id != stem {
                parsed.problems.append(ContentProblem(path: path, line: declared.line,
                                                      message: "quiz id '\(declared.id)' does not match the file name '\(name)'; name the file '\(declared.id).yaml'"))
            }
            files.append(parsed)
        }
        return (files, problems)
    }
}

/// Remembers where each id was first declared, to report later duplicates with both places.
struct IDRegistry {
    private var first: [String: (path: String, line: Int)] = [:]

    /// Records `id`; returns a problem if it was already declared elsewhere.
    mutating func declare(_ id: String, path: String, line: Int) -> ContentProblem? {
        if let earlier = first[id] {
            let place = earlier.line > 0 ? "\(earlier.path):\(earlier.line)" : earlier.path
            return ContentProblem(path: path, line: line, message: "duplicate id '\(id)' (first declared at \(place))")
        }
        first[id] = (path, line)
        return nil
    }
}

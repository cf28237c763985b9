#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the skills catalogue, `skills.yaml` at the top of a content folder.
public enum SkillLoader {
    /// The catalogue's file name inside the content folder.
    public static let fileName = "skills.yaml"

    /// Loads the skills in file order with every problem found in the file.
    ///
    /// A folder without `skills.yaml` is a course without a checklist: no skills, no problem.
    public static func load(contentDirectory: String) -> (skills: [Skill], problems: [ContentProblem]) {
        switch parseFile(contentDirectory: contentDirectory) {
        case nil: return ([], [])
        case let .failure(problem): return ([], [problem])
        case let .success(parsed): return (parsed.skills, parsed.problems)
        }
    }

    /// Whether the folder has a skills catalogue, checked without reading it.
    public static func hasCatalogue(contentDirectory: String) -> Bool {
        FileAccess.exists(contentDirectory + "/" + fileName)
    }

    /// Parses the catalogue without cross-file checks; nil when the folder has none.
    static func parseFile(contentDirectory: String) -> Result<ParsedSkills, ContentProblem>? {
        let path = contentDirectory + "/" + fileName
        guard FileAccess.exists(path) else { return nil }
        guard let data = FileAccess.bytes(at: path) else {
            return .failure(ContentProblem(path: path, line: 0, message: "cannot read the file"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(ContentProblem(path: path, line: 0, message: "the file is not valid UTF-8"))
        }
        return .success(SkillParser.parseAll(text, path: path))
    }
}

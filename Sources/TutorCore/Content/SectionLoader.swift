#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads every guide section (`*.md`) in a content folder's `guide/` subfolder.
public enum SectionLoader {
    /// Loads and sorts the sections; returns them with every problem found (never stops at the first).
    public static func load(contentDirectory: String) -> (sections: [Section], problems: [ContentProblem]) {
        let guideDirectory = contentDirectory + "/guide"
        var sections: [Section] = []
        var problems: [ContentProblem] = []
        guard case .success(let names) = FileAccess.names(in: guideDirectory) else {
            return ([], [ContentProblem(path: guideDirectory, line: 0, message: "cannot read the guide folder")])
        }
        var seen: [String: Section] = [:]
        for name in names.sorted() where name.hasSuffix(".md") {
            let path = guideDirectory + "/" + name
            guard let data = FileAccess.bytes(at: path) else {
                problems.append(ContentProblem(path: path, line: 0, message: "cannot read the file"))
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                problems.append(ContentProblem(path: path, line: 0, message: "the file is not valid UTF-8"))
                continue
            }
            do {
                let section = try SectionParser.parse(text, path: path)
                if let earlier = seen[section.id] {
                    problems.append(ContentProblem(path: path, line: 2, message: "duplicate section id '\(section.id)' (also in \(earlier.path))"))
                    continue
                }
                seen[section.id] = section
                sections.append(section)
            } catch {
                problems.append(error)
            }
        }
        sections.sort { ($0.order, $0.id) < ($1.order, $1.id) }
        return (sections, problems)
    }
}

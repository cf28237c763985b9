#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Checks a whole content folder and reports every problem as `path:line: message`.
///
/// Per-file checks come from `SectionParser` and `QuizParser`; this type adds what needs all files
/// at once (ids unique across sections, quizzes, questions and skills; section references that exist)
/// and lints section bodies for Markdown the reader does not render.
public enum ContentValidator {
    public static func validate(contentDirectory: String) -> ValidationReport {
        let (sections, sectionProblems) = SectionLoader.load(contentDirectory: contentDirectory)
        let (files, readProblems) = QuizLoader.parseFiles(contentDirectory: contentDirectory)
        var problems = sectionProblems + readProblems

        var registry = IDRegistry()
        // Sections were already checked for duplicates among themselves by the loader.
        for section in sections.sorted(by: { $0.path < $1.path }) {
            if let problem = registry.declare(section.id, path: section.path, line: idLine(of: section)) {
                problems.append(problem)
            }
            problems += MarkdownLint.problems(in: section)
        }
        // A section whose front matter has another problem still names its id; counting it here
        // keeps one typo from cascading into "section does not exist" for every reference to it.
        let sectionIDs = Set(sections.map(\.id)).union(declaredSectionIDs(contentDirectory: contentDirectory))
        let guideExists = FileManager.default.fileExists(atPath: contentDirectory + "/guide")
        var quizCount = 0
        var questionCount = 0
        for file in files {
            problems += file.problems
            problems += file.declaredIDs.compactMap { registry.declare($0.id, path: file.path, line: $0.line) }
            // Without a readable guide folder (already reported) every reference would fail; listing
            // them all would bury the one problem that matters.
            for reference in file.sectionReferences where guideExists && !sectionIDs.contains(reference.id) {
                var message = "section '\(reference.id)' does not exist"
                if let guess = YAMLFields.closest(to: reference.id, in: sectionIDs.sorted()) {
                    message += " (did you mean '\(guess)'?)"
                }
                problems.append(ContentProblem(path: file.path, line: reference.line, message: message))
            }
            if file.quiz != nil { quizCount += 1 }
            questionCount += file.questionEntries
        }
        problems += skillProblems(contentDirectory: contentDirectory, registry: &registry,
                                  sectionIDs: guideExists ? sectionIDs : nil)
        return ValidationReport(problems: problems, sectionCount: sections.count, quizCount: quizCount,
                                questionCount: questionCount)
    }

    /// Problems in `skills.yaml` (a missing file is fine): its own, ids already used by other
    /// content, and sections that do not exist (skipped when `sectionIDs` is nil: no guide folder).
    private static func skillProblems(contentDirectory: String, registry: inout IDRegistry,
                                      sectionIDs: Set<String>?) -> [ContentProblem] {
        guard let outcome = SkillLoader.parseFile(contentDirectory: contentDirectory) else { return [] }
        let file: ParsedSkills
        switch outcome {
        case let .failure(problem): return [problem]
        case let .success(parsed): file = parsed
        }
        var problems = file.problems
        problems += file.declaredIDs.compactMap { registry.declare($0.id, path: file.path, line: $0.line) }
        if let sectionIDs {
            for reference in file.sectionReferences where !sectionIDs.contains(reference.id) {
                var message = "section '\(reference.id)' does not exist"
                if let guess = YAMLFields.closest(to: reference.id, in: sectionIDs.sorted()) {
                    message += " (did you mean '\(guess)'?)"
                }
                problems.append(ContentProblem(path: file.path, line: reference.line, message: message))
            }
        }
        return problems
    }

    /// The `id:` of every guide file whose front matter can be split, valid or not.
    private static func declaredSectionIDs(contentDirectory: String) -> Set<String> {
        let directory = contentDirectory + "/guide"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var ids: Set<String> = []
        for name in names where name.hasSuffix(".md") {
            guard let data = FileManager.default.contents(atPath: directory + "/" + name),
                  let text = String(validating: data, as: UTF8.self),
                  let front = try? FrontMatter.parse(text, path: name),
                  let entry = front.entries["id"]
            else { continue }
            ids.insert(entry.value.unquoted())
        }
        return ids
    }

    /// The front matter line holding `id:`; a `Section` keeps only its body line, so re-read the header.
    private static func idLine(of section: Section) -> Int {
        guard let data = FileManager.default.contents(atPath: section.path),
              let text = String(validating: data, as: UTF8.self),
              let front = try? FrontMatter.parse(text, path: section.path),
              let entry = front.entries["id"]
        else { return 1 }
        return entry.line
    }
}

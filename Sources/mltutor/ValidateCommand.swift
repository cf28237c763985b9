import ArgumentParser
import TutorCore

/// `mltutor validate [DIR]`: checks every content file and reports problems as `path:line: message`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a content folder and report every problem as path:line: message.",
        discussion: """
            Checks section front matter and Markdown, quiz YAML, ids unique across all files, section \
            references, answers against choices, tolerances, explanations and time limits. Exits 1 when \
            there are problems, 0 with a one-line summary otherwise.
            """
    )

    @Argument(help: ArgumentHelp("The content folder (default: the one the tutor uses).", valueName: "dir"))
    var directory: String?

    @OptionGroup var options: CommonOptions

    func run() throws {
        var options = options
        if let directory { options.content = directory }
        let report = ContentValidator.validate(contentDirectory: try options.contentDirectory())
        for problem in report.problems { print(problem.description) }
        print(report.summary)
        if !report.isOK { throw ExitCode(1) }
    }
}

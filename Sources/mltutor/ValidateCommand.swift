import ArgumentParser
import TutorCore

/// `mltutor validate [DIR]`: checks every content file and reports problems as `path:line: message`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a content folder and report every problem as path:line: message."
    )

    @Argument(help: ArgumentHelp("The content folder (default: the one the tutor uses).", valueName: "dir"))
    var directory: String?

    @OptionGroup var options: CommonOptions

    func run() throws {
        var options = options
        if let directory { options.content = directory }
        let path = try options.contentDirectory()
        let loaded = SectionLoader.load(contentDirectory: path)
        for problem in loaded.problems { print(problem.description) }
        if !loaded.problems.isEmpty || loaded.sections.isEmpty {
            if loaded.sections.isEmpty && loaded.problems.isEmpty { print("\(path)/guide: no sections found") }
            throw ExitCode(1)
        }
        print("\(loaded.sections.count) sections: OK")
    }
}

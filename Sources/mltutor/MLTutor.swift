import ArgumentParser

/// The `mltutor` command: the full-screen tutor, plus subcommands for content and progress.
@main
struct MLTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mltutor",
        abstract: "A terminal tutor for people preparing to become Machine Learning engineers.",
        discussion: """
            Without a subcommand, opens the full-screen tutor: a menu of guide sections and concept \
            lessons, and a reader. Press ? on any screen for its keys.
            """,
        version: MLTutorVersion.current,
        subcommands: [QuizCommand.self, ValidateCommand.self, ProgressCommand.self, ExportCommand.self, ResetCommand.self, StatsCommand.self]
    )

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Plain line mode: numbered menus and typed answers, for pipes and screen readers (automatic without a terminal).")
    var plain = false

    func run() throws {
        try TutorLauncher(options: options, plain: plain).run()
    }

    /// Starts the tutor directly for the everyday arguments (see `QuickStart`), else parses them.
    static func main() {
        guard let start = QuickStart(arguments: Array(CommandLine.arguments.dropFirst())) else {
            return main(nil)
        }
        do {
            try TutorLauncher(options: start.options, plain: start.plain).run()
        } catch {
            // The same messages and exit codes as a run that went through ArgumentParser.
            exit(withError: error)
        }
    }
}

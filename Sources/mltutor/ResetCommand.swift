import ArgumentParser
import Foundation
import TutorCore

/// `mltutor reset --section ID | --quiz ID | --all [--yes]`: forgets part or all of the progress, after a backup.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Reset a section, a quiz, or all progress (a backup of the file is kept).",
        discussion: """
            A section loses its read mark, scroll position, reading time and open count; a quiz its attempts, best \
            score and any unfinished run; --all starts afresh. Asks for confirmation unless --yes is \
            given. Before changing anything, the file is copied to progress.json.bak-YYYYmmdd-HHMMSS \
            beside it. Refused while a tutor is running with the same progress file.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The section to reset.", valueName: "id"))
    var section: String?

    @Option(name: .long, help: ArgumentHelp("The quiz to reset.", valueName: "id"))
    var quiz: String?

    @Flag(name: .long, help: "Reset all progress.")
    var all = false

    @Flag(name: .long, help: "Do not ask for confirmation.")
    var yes = false

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if [section != nil, quiz != nil, all].filter({ $0 }).count != 1 {
            throw ValidationError("choose exactly one of --section ID, --quiz ID or --all")
        }
    }

    /// The reset the options ask for (`validate` has made sure there is exactly one).
    private var reset: ProgressReset {
        if let section { return .section(section) }
        if let quiz { return .quiz(quiz) }
        return .all
    }

    func run() throws {
        let context = ProgressFileContext(options: options)
        let progress = try context.progressOrExit()
        if context.isMissing, reset == .all {
            print("no progress yet at \(context.path); nothing to reset")
            return
        }
        // Checked before asking, so a mistyped id is never confirmed first and refused after.
        do {
            _ = try progress.resetting(reset)
        } catch {
            StandardError.write("\(context.snapshot.filePath): \(error)")
            throw ExitCode.failure
        }
        let preview = progress.resetPreview(reset, titles: ContentCatalogue.load(options: options).titles)
        if !yes {
            try confirm(preview)
        }
        let now = ProgressFileContext.now()
        let outcome: ProgressEditor.ResetOutcome
        do {
            outcome = try ProgressEditor.reset(reset, path: context.path, now: now.seconds, utcOffsetSeconds: now.utcOffset)
        } catch {
            StandardError.write(error.description)
            throw ExitCode.failure
        }
        print("Reset \(preview).")
        if let backup = outcome.backupPath { print("The previous file is kept at \(backup)") }
        if let backup = outcome.logBackupPath { print("The previous review log is kept at \(backup)") }
    }

    /// Asks on the terminal; a pipe or file on stdin cannot confirm, so it is refused with the way out.
    private func confirm(_ preview: String) throws {
        guard isatty(STDIN_FILENO) == 1 else {
            StandardError.write("standard input is not a terminal, so reset cannot ask for confirmation; "
                                + "pass --yes to reset \(preview); nothing was changed")
            throw ExitCode.failure
        }
        FileHandle.standardError.write(Data("Reset \(preview)? [y/N] ".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard answer == "y" || answer == "yes" else {
            StandardError.write("nothing was changed")
            throw ExitCode.failure
        }
    }
}

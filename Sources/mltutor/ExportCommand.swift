import ArgumentParser
import Foundation
import TutorCore

/// `mltutor export --format json|csv [--output FILE]`: the quiz attempt history, for spreadsheets and scripts.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export your quiz attempt history as JSON or CSV.",
        discussion: """
            CSV has one row per question of every attempt (quiz,question,correct,seconds,when,hint); JSON \
            has every attempt with its answers. Without --output the export goes to standard output; \
            with it, the file is written atomically (mode 0600). The progress file is only read.
            """
    )

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case csv
    }

    @Option(name: .long, help: ArgumentHelp("json or csv.", valueName: "format"))
    var format: Format

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var options: CommonOptions

    func run() throws {
        let context = ProgressFileContext(options: options)
        let progress = try context.progressOrExit()
        if context.isMissing { StandardError.write("no progress yet at \(context.path); the export is empty") }
        let text = switch format {
        case .csv: progress.quizAttemptsCSV()
        case .json: try progress.quizAttemptsJSON()
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        // Writing the export over the progress file would replace the learner's progress with it.
        if URL(fileURLWithPath: output).resolvingSymlinksInPath().path
            == URL(fileURLWithPath: context.snapshot.filePath).resolvingSymlinksInPath().path {
            StandardError.write("\(output): this is the progress file; choose another --output")
            throw ExitCode.failure
        }
        do {
            try AtomicFile.write(text, to: output)
        } catch {
            StandardError.write(error.description)
            throw ExitCode.failure
        }
    }
}

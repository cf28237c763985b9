import ArgumentParser
import Foundation
import TutorCore

/// `mltutor progress [--json]`: what the learner has done, read without changing the file.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your progress: sections read, quiz scores, study time and streak.",
        discussion: """
            Reads the progress file without locking or changing it, so it works while the tutor is \
            running. A damaged file is reported and left where it is (the tutor moves it aside when it \
            starts). With --json, prints the progress document itself.
            """
    )

    @Flag(name: .long, help: "Print the progress as JSON (the progress file's format, sorted keys).")
    var json = false

    @OptionGroup var options: CommonOptions

    func run() throws {
        let context = ProgressFileContext(options: options)
        let progress = try context.progressOrExit()
        if json {
            FileHandle.standardOutput.write(Data(try progress.jsonText().utf8))
            return
        }
        print("Progress file: \(context.snapshot.filePath) (\(context.source.explanation))")
        if context.isMissing {
            print("no progress yet at \(context.path)")
            return
        }
        let catalogue = ContentCatalogue.load(options: options)
        let overview = ProgressOverview(progress: progress, sections: catalogue.sections, quizzes: catalogue.quizzes)
        for line in overview.lines(today: ProgressFileContext.now().today) { print(line) }
    }
}

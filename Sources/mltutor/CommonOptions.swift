import ArgumentParser
import Foundation
import TutorCore

/// Options shared by the tutor and its subcommands.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Content folder (default: the repository's Content/; also MLTUTOR_CONTENT).", valueName: "dir"))
    var content: String?

    @Option(name: .long, help: ArgumentHelp("Progress file (default: $XDG_STATE_HOME/mltutor/progress.json; also MLTUTOR_PROGRESS).", valueName: "file"))
    var progress: String?

    /// The progress file: `--progress`, `MLTUTOR_PROGRESS`, then the XDG state folder.
    func progressPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        ProgressLocation.path(option: progress, environment: environment,
                                     homeDirectory: LocalSystem.homeDirectory(environment: environment))
    }

    /// The content folder to use, or a clear error naming what was tried.
    ///
    /// - Parameter environment: the process environment, passed in by a caller that already read it.
    func contentDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let locator = ContentLocator(directoryExists: LocalSystem.isDirectory)
        let executable = LocalSystem.executablePath() ?? CommandLine.arguments.first
        guard let found = locator.locate(option: content, environment: environment, executablePath: executable,
                                         sourceFile: #filePath, workingDirectory: LocalSystem.workingDirectory()) else {
            throw CLIError.contentNotFound
        }
        guard LocalSystem.isDirectory(found.path) else {
            throw CLIError.contentMissing(found.path)
        }
        return found.path
    }
}

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
    func progressPath() -> String {
        ProgressLocation.path(option: progress, environment: ProcessInfo.processInfo.environment,
                              homeDirectory: FileManager.default.homeDirectoryForCurrentUser.path)
    }

    /// The content folder to use, or a clear error naming what was tried.
    func contentDirectory() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let locator = ContentLocator { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
        guard let found = locator.locate(option: content, environment: environment, executablePath: executable,
                                         sourceFile: #filePath, workingDirectory: FileManager.default.currentDirectoryPath) else {
            throw CLIError.contentNotFound
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: found.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError.contentMissing(found.path)
        }
        return found.path
    }
}

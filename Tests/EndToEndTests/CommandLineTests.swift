import Foundation
import Subprocess
import SystemPackage
import Testing

/// The binary outside a terminal: errors, exit codes, and the non-interactive subcommands.
@Suite struct CommandLineTests {
    struct Outcome {
        var status: TerminationStatus
        var output: String
        var error: String
    }

    func mltutor(_ arguments: [String], environment: [String: String] = [:]) async throws -> Outcome {
        var env: [Environment.Key: String?] = ["LANG": "C.UTF-8"]
        for (key, value) in environment { env[Environment.Key(rawValue: key) ?? "UNUSED"] = value }
        let result = try await run(.path(FilePath(TmuxSession.binary)), arguments: Arguments(arguments),
                                   environment: .inherit.updating(env), input: .none,
                                   output: .string(limit: 1 << 20), error: .string(limit: 1 << 20))
        return Outcome(status: result.terminationStatus, output: result.standardOutput ?? "", error: result.standardError ?? "")
    }

    @Test func notATerminalIsAClearErrorWithExitCode2() async throws {
        let outcome = try await mltutor(["--content", TmuxSession.sampleContent])
        #expect(outcome.status == .exited(2))
        #expect(outcome.error.contains("mltutor: standard input and output must be a terminal"))
        #expect(outcome.output.isEmpty)
    }

    @Test func missingContentFolderNamesThePath() async throws {
        let outcome = try await mltutor(["--content", "/nonexistent/mltutor-content"])
        #expect(outcome.status == .exited(1))
        #expect(outcome.error.contains("content folder not found: /nonexistent/mltutor-content"))
    }

    @Test func emptyContentFolderIsAnError() async throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("guide"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let outcome = try await mltutor([], environment: ["MLTUTOR_CONTENT": empty.path])
        #expect(outcome.status == .exited(1))
        #expect(outcome.error.contains("no guide sections in \(empty.path)/guide"))
    }

    @Test func versionAndHelp() async throws {
        let version = try await mltutor(["--version"])
        #expect(version.status == .exited(0))
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try await mltutor(["--help"])
        #expect(help.output.contains("--content <dir>"))
        #expect(help.output.contains("--progress <file>"))
        #expect(help.output.contains("validate"))
    }
}

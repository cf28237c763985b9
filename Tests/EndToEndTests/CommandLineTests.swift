import Foundation
import Subprocess
import SystemPackage
import Testing

/// The binary outside a terminal: errors, exit codes, and the non-interactive subcommands.
@Suite struct CommandLineTests {
    typealias Outcome = BinaryOutcome

    func mltutor(_ arguments: [String], environment: [String: String] = [:]) async throws -> Outcome {
        try await runMLTutor(arguments, environment: environment)
    }

    @Test func notATerminalStartsPlainModeWithANote() async throws {
        let progress = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-\(UUID().uuidString).json").path
        let outcome = try await mltutor(["--content", TmuxSession.sampleContent, "--progress", progress])
        #expect(outcome.status == .exited(0))
        #expect(outcome.error == "mltutor: standard input or output is not a terminal: using plain line mode (--plain)\n")
        #expect(outcome.output.contains("q) Quit\n"))
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

    @Test func validatePassesOnTheShippedContent() async throws {
        let content = TmuxSession.repositoryRoot.appendingPathComponent("Content").path
        let outcome = try await mltutor(["validate", content])
        #expect(outcome.status == .exited(0))
        #expect(outcome.output.contains(#/^\d+ sections, \d+ quizzes, \d+ questions: OK$/#.anchorsMatchLineEndings()))
    }

    @Test func validateReportsBrokenContentAsPathLineMessages() async throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-broken-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: TmuxSession.repositoryRoot.appendingPathComponent("Content"), to: copy)
        // A second file claiming an existing section id, and a quiz whose YAML no longer parses.
        try Data("---\nid: faq\ntitle: Again\norder: 1\n---\nText\n".utf8).write(to: copy.appendingPathComponent("guide/zz-dup.md"))
        let quiz = copy.appendingPathComponent("quizzes/anova-basics.yaml")
        let original = try String(contentsOf: quiz, encoding: .utf8)
        try Data((original + "  - broken: [\n").utf8).write(to: quiz)
        let outcome = try await mltutor(["validate", copy.path])
        #expect(outcome.status == .exited(1))
        #expect(outcome.output.contains("\(copy.path)/guide/zz-dup.md:2: duplicate section id 'faq'"))
        #expect(outcome.output.contains(#/anova-basics\.yaml:\d+: YAML syntax error/#))
        #expect(outcome.output.contains("2 problems"))
    }

    @Test func anUnknownQuizIsAnErrorListingTheIDs() async throws {
        let outcome = try await mltutor(["quiz", "no-such-quiz", "--content", TmuxSession.sampleContent])
        #expect(outcome.status == .exited(1))
        #expect(outcome.error.contains("unknown quiz 'no-such-quiz'; available: sample-quiz"))
    }

    @Test func aNonPositiveTimeLimitIsRejected() async throws {
        let outcome = try await mltutor(["quiz", "sample-quiz", "--time-limit", "0", "--content", TmuxSession.sampleContent])
        #expect(outcome.status != .exited(0))
        #expect(outcome.error.contains("--time-limit must be a positive number of seconds"))
    }
}

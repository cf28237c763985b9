import ArgumentParser
import Foundation
import TutorCore

/// `mltutor stats …`: the statistics lab on the command line, for data files and distributions.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Run a statistical test or look up a distribution, with the working if you ask.",
        discussion: """
            Data files hold numbers separated by spaces, commas or newlines; '#' starts a comment and \
            '-' reads standard input. Output is a short summary, the worked computation with --steps, \
            or one JSON object with full-precision numbers with --json. Bad input is reported as \
            path:line: message with exit status 1.
            """,
        subcommands: [StatsDistCommand.self, StatsQuantileCommand.self, StatsTTestCommand.self,
                      StatsZTestCommand.self, StatsANOVACommand.self, StatsChiSquareCommand.self,
                      StatsMatMulCommand.self]
    )
}

/// How a stats result is printed: a summary by default, or the working, or JSON.
struct StatsOutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print one JSON object whose numbers carry full double precision.")
    var json = false

    @Flag(name: .long, help: "Print the worked computation, step by step.")
    var steps = false

    func validate() throws {
        if json && steps { throw ValidationError("--json and --steps cannot be combined") }
    }
}

/// The outcome of one stats command in the three forms it can be printed in.
struct StatsReport {
    /// Lines of the short readable summary.
    var summary: [String]
    /// The members of the JSON object, in order.
    var fields: [(String, StatsJSON)]
    /// The working behind the numbers.
    var worked: WorkedComputation
    /// Warnings that belong on standard error in the readable forms (JSON carries them itself).
    var warnings: [String] = []
}

/// Runs a stats computation and prints it, turning every kind of bad input into exit status 1.
enum StatsRunner {
    static func run(_ output: StatsOutputOptions, _ compute: () throws -> StatsReport) throws {
        do {
            let report = try compute()
            if output.json {
                try checkFinite(report.fields)
                emit(StatsJSON.object(report.fields).text)
            } else {
                let lines = output.steps
                    ? [report.worked.title] + report.worked.lines.map { "  " + $0 }
                    : report.summary
                emit(lines.joined(separator: "\n"))
                for warning in report.warnings { StandardError.write("warning: \(warning)") }
            }
        } catch let error as LabInputError {
            try fail(error.description)
        } catch let error as StatsInput.Unreadable {
            try fail(error.description)
        } catch let error as StatisticsError {
            try fail("mltutor: \(error.description)")
        } catch let error as StatsJSON.NotFinite {
            try fail("mltutor: \(error.description)")
        }
    }

    /// Writes a message on standard error and stops with status 1.
    private static func fail(_ message: String) throws -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        throw ExitCode.failure
    }

    private static func emit(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Refuses any NaN or infinity before anything is printed, so no half-written object escapes.
    private static func checkFinite(_ fields: [(String, StatsJSON)]) throws {
        func walk(_ value: StatsJSON, key: String) throws {
            switch value {
            case .number(let x): _ = try StatsJSON.finite(x, key: key)
            case .array(let values): try values.forEach { try walk($0, key: key) }
            case .object(let pairs): try pairs.forEach { try walk($0.1, key: $0.0) }
            case .integer, .string: break
            }
        }
        try fields.forEach { try walk($0.1, key: $0.0) }
    }
}

/// Numbers in summaries: enough digits to compare with a table, not the full double.
func statsFormat(_ x: Double) -> String {
    NumberFormatting.format(x, significantDigits: 6)
}

/// p-values in summaries.
func statsFormatP(_ p: Double) -> String {
    NumberFormatting.format(p, significantDigits: 4)
}

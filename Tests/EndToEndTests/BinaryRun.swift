import Foundation
import Subprocess
import SystemPackage
import Testing

/// What a run of the built binary produced.
struct BinaryOutcome {
    var status: TerminationStatus
    var output: String
    var error: String

    /// Standard output as one JSON object.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
        return try #require(object as? [String: Any], "not a JSON object: \(output)")
    }
}

/// Runs the built `mltutor` outside a terminal, as the command-line tests need it.
///
/// With `input`, stdin is a pipe made by a shell, as a user's `printf … | mltutor …` would be. Writing it
/// from the test instead would fail with EPIPE whenever mltutor exits without reading, which
/// swift-subprocess 1.0.2 turns into a crash of the whole test process. `environment` entries set to nil
/// are removed (e.g. `MLTUTOR_PROGRESS`, so a test never touches the developer's own file).
func runMLTutor(_ arguments: [String], input: String? = nil,
                environment: [String: String?] = [:]) async throws -> BinaryOutcome {
    var env: [Environment.Key: String?] = ["LANG": "C.UTF-8"]
    for (key, value) in environment { env[Environment.Key(rawValue: key) ?? "UNUSED"] = value }
    let result = if let input {
        try await run(.path("/bin/sh"), arguments: Arguments(["-c", "printf '%s' \"$MLTUTOR_TEST_INPUT\" | exec \"$0\" \"$@\"",
                                                               TmuxSession.binary] + arguments),
                      environment: .inherit.updating(env.merging(["MLTUTOR_TEST_INPUT": input]) { $1 }), input: .none,
                      output: .string(limit: 1 << 20), error: .string(limit: 1 << 20))
    } else {
        try await run(.path(FilePath(TmuxSession.binary)), arguments: Arguments(arguments),
                      environment: .inherit.updating(env), input: .none,
                      output: .string(limit: 1 << 20), error: .string(limit: 1 << 20))
    }
    return BinaryOutcome(status: result.terminationStatus, output: result.standardOutput, error: result.standardError)
}

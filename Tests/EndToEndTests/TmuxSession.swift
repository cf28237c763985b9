import Foundation
import Glibc
import Subprocess
import Testing

/// Runs the real `mltutor` binary in a private tmux server, for end-to-end tests in a real terminal.
///
/// Each session has its own server socket, so no other tmux is touched, and removes it when killed
/// (tmux 3.3 leaves socket files behind). The wrapper shell writes the exit status to a file because
/// `#{pane_dead_status}` is racy on that version, then stays alive: a dead pane resets its modes,
/// which would hide whether the program itself restored the cursor and keypad.
final class TmuxSession: Sendable {
    let socket: String
    let directory: URL
    let statusFile: URL

    /// The built binary: next to the test bundle under `.build/…/debug`, or `MLTUTOR_BINARY`.
    static var binary: String {
        if let override = ProcessInfo.processInfo.environment["MLTUTOR_BINARY"] { return override }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // The test runner may sit inside an .xctest bundle directory.
        while dir.path != "/" && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("mltutor").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("mltutor").path
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var sampleContent: String { repositoryRoot.appendingPathComponent("Tests/Fixtures/sample-content").path }

    /// Starts `mltutor` with `arguments` in a `width`×`height` pane.
    /// `wrapper` goes before the binary on the command line (e.g. `env TERM=nonsense`), because tmux
    /// sets TERM itself for the pane.
    init(arguments: [String], environment: [String: String] = [:], width: Int = 100, height: Int = 30,
         wrapper: [String] = []) async throws {
        socket = "mltutor-e2e-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        statusFile = directory.appendingPathComponent("status")
        let config = directory.appendingPathComponent("tmux.conf")
        try Data("""
            set -g default-terminal tmux-256color
            set -g status off
            set -g remain-on-exit on
            set -g escape-time 0
            """.utf8).write(to: config)
        // `swift test` exports NO_COLOR to its children; a test that wants colour must not inherit it.
        let unsetNoColor = environment["NO_COLOR"] == nil ? ["env", "-u", "NO_COLOR"] : []
        let quoted = (unsetNoColor + wrapper + [Self.binary] + arguments).map(Self.shellQuote).joined(separator: " ")
        let shell = "\(quoted); echo $? > \(Self.shellQuote(statusFile.path)); exec sleep 600"
        var args = ["-L", socket, "-f", config.path, "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                    "-e", "LANG=C.UTF-8", "-e", "MLTUTOR_PROGRESS=\(directory.appendingPathComponent("progress.json").path)"]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(key)=\(value)"] }
        args.append(shell)
        _ = try await tmux(args)
    }

    static func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ arguments: [String]) async throws -> String {
        let result = try await run(.path("/usr/bin/tmux"), arguments: Arguments(arguments),
                                   output: .string(limit: 1 << 20), error: .string(limit: 1 << 16))
        return result.standardOutput
    }

    /// The visible screen as text.
    func screen() async throws -> String {
        try await tmux(["-L", socket, "capture-pane", "-p"])
    }

    /// The visible screen with attribute and colour escapes, as `capture-pane -e` gives them.
    func screenWithEscapes() async throws -> String {
        try await tmux(["-L", socket, "capture-pane", "-p", "-e"])
    }

    /// Polls the screen until `predicate` holds; records an issue with the last screen if it never does.
    @discardableResult
    func waitFor(_ description: String, timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation,
                 _ predicate: (String) -> Bool) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = ""
        while clock.now < deadline {
            last = try await screen()
            if predicate(last) { return last }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("timed out waiting for \(description); screen was:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await waitFor("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the reader shows `text` and its footer, which curses draws last.
    @discardableResult
    func waitForReader(showing text: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await waitFor("the reader showing '\(text)'", sourceLocation: sourceLocation) {
            $0.contains(text) && $0.contains("Esc back  ? help")
        }
    }

    func send(_ keys: String...) async throws {
        try await tmux(["-L", socket, "send-keys"] + keys)
    }

    func resize(width: Int, height: Int) async throws {
        try await tmux(["-L", socket, "resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The exit status written by the wrapper shell, once the program has exited.
    func exitStatus(timeout: Duration = .seconds(60)) async throws -> Int? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let data = FileManager.default.contents(atPath: statusFile.path),
               let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                return Int(text)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    /// Whether the pane is still in the alternate screen (0 after a clean exit of a curses program).
    func alternateScreenOn() async throws -> Bool {
        try await tmux(["-L", socket, "display-message", "-p", "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Whether the terminal's cursor is visible (curses hides it while running).
    func cursorVisible() async throws -> Bool {
        try await tmux(["-L", socket, "display-message", "-p", "#{cursor_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Whether the terminal is still in keypad-transmit mode (curses turns it on; exit must turn it off).
    func keypadModeOn() async throws -> Bool {
        try await tmux(["-L", socket, "display-message", "-p", "#{keypad_cursor_flag}#{keypad_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) != "00"
    }

    /// Sends a signal to the program.
    func signal(_ number: Int32) async throws {
        let pid = try #require(try await programPID())
        #expect(Glibc.kill(pid, number) == 0)
    }

    /// The pid of the mltutor process: the child of the pane's wrapper shell.
    func programPID() async throws -> Int32? {
        let shell = try await tmux(["-L", socket, "display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Runs `body` with a session and always kills the server afterwards, even when `body` throws.
    static func with(arguments: [String], environment: [String: String] = [:], width: Int = 100, height: Int = 30,
                     wrapper: [String] = [], waitingFor firstScreen: String?,
                     _ body: (TmuxSession) async throws -> Void) async throws {
        let session = try await TmuxSession(arguments: arguments, environment: environment, width: width, height: height,
                                            wrapper: wrapper)
        do {
            // Keys sent before curses enables keypad mode are misread, so wait for the first screen.
            if let firstScreen { try await session.waitFor(text: firstScreen) }
            try await body(session)
        } catch {
            await session.kill()
            throw error
        }
        await session.kill()
    }

    func kill() async {
        _ = try? await tmux(["-L", socket, "kill-server"])
        let uid = getuid()
        try? FileManager.default.removeItem(atPath: "/tmp/tmux-\(uid)/\(socket)")
        try? FileManager.default.removeItem(at: directory)
    }
}

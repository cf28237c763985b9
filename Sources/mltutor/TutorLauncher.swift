import ArgumentParser
import Foundation
import TutorCore
import TutorTerminal
import TutorUI

/// Wires content, progress and the terminal together and runs the full-screen tutor.
struct TutorLauncher {
    var options: CommonOptions

    func run() throws {
        let directory = try options.contentDirectory()
        let loaded = SectionLoader.load(contentDirectory: directory)
        guard !loaded.sections.isEmpty else {
            for problem in loaded.problems { StandardError.write(problem.description) }
            throw CLIError.contentEmpty(directory)
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(environment: ProcessInfo.processInfo.environment)
        } catch {
            StandardError.write(error.description)
            throw ExitCode(2)
        }
        var state = AppState(sections: loaded.sections)
        let start = ContinuousClock.now
        RunLoop.run(&state, backend: terminal, clock: { ContinuousClock.now - start }, perform: { _ in })
        let signal = terminal.terminationSignal
        terminal.close()
        if !loaded.problems.isEmpty {
            // Shown after the screen is restored, where the user can read them.
            for problem in loaded.problems { StandardError.write(problem.description) }
            StandardError.write("\(loaded.problems.count) content file(s) were skipped; run 'mltutor validate' for details")
        }
        if let signal { throw ExitCode(128 + signal) }
    }
}

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
        // Opened after the terminal checks, so a failed start never creates or locks a progress file.
        let progress = ProgressSession(path: options.progressPath())
        var state = AppState(sections: loaded.sections, progress: progress.recorder.progress)
        let openingNotice = progress.openingNotice
        if let openingNotice { _ = state.update(.notice(openingNotice)) }
        let start = ContinuousClock.now
        RunLoop.run(&state, backend: terminal, clock: { ContinuousClock.now - start },
                    perform: progress.perform, idle: progress.idle)
        let signal = terminal.terminationSignal
        terminal.close()
        // Said again after the screen is restored, where it stays readable.
        if let openingNotice { StandardError.write(openingNotice) }
        if progress.dirty { StandardError.write("progress could not be saved to \(progress.store.path)") }
        if !loaded.problems.isEmpty {
            for problem in loaded.problems { StandardError.write(problem.description) }
            StandardError.write("\(loaded.problems.count) content file(s) were skipped; run 'mltutor validate' for details")
        }
        if let signal { throw ExitCode(128 + signal) }
    }
}

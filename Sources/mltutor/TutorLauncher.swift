import ArgumentParser
import Foundation
import TutorCore
import TutorTerminal
import TutorUI

/// Wires content, progress and the terminal together and runs the full-screen tutor.
struct TutorLauncher {
    var options: CommonOptions
    /// A quiz to open straight away (`mltutor quiz ID`), with how to take it.
    var quiz: (id: String, settings: QuizSettings)?
    /// `--time-limit`, applied to every quiz started in this run.
    var timeLimitOverride: Int?
    /// `--plain`: line-oriented input and output instead of the full-screen tutor.
    var plain = false

    func run() throws {
        let directory = try options.contentDirectory()
        let loaded = SectionLoader.load(contentDirectory: directory)
        guard !loaded.sections.isEmpty else {
            for problem in loaded.problems { StandardError.write(problem.description) }
            throw CLIError.contentEmpty(directory)
        }
        let quizzes = QuizLoader.load(contentDirectory: directory)
        if let quiz, !quizzes.quizzes.contains(where: { $0.id == quiz.id }) {
            throw CLIError.unknownQuiz(quiz.id, available: quizzes.quizzes.map(\.id))
        }
        let skills = SkillLoader.load(contentDirectory: directory)
        let problems = loaded.problems + quizzes.problems + skills.problems
        let clock = try WallClock(environment: ProcessInfo.processInfo.environment)
        // Plain line mode (PlainLauncher.swift): on request, or when the full-screen tutor cannot start.
        let plainMode = PlainLauncher(sections: loaded.sections, quizzes: quizzes.quizzes, problems: problems,
                                      progressPath: options.progressPath(), clock: clock, quiz: quiz,
                                      timeLimitOverride: timeLimitOverride)
        if plain { return try plainMode.run(note: nil) }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(environment: ProcessInfo.processInfo.environment)
        } catch {
            return try plainMode.run(note: PlainLauncher.note(for: error))
        }
        // Opened after the terminal checks, so a failed start never creates or locks a progress file.
        let progress = ProgressSession(path: options.progressPath(), clock: clock)
        var state = AppState(sections: loaded.sections, quizzes: quizzes.quizzes, skills: skills.skills,
                             progress: progress.recorder.progress, seed: UInt64.random(in: 0...UInt64.max))
        progress.useGenerators(state.generatorOfQuestion)
        _ = state.update(.context(progress.context))
        state.timeLimitOverride = timeLimitOverride
        let openingNotice = progress.openingNotice
        if let openingNotice { _ = state.update(.notice(openingNotice)) }
        if let quiz { _ = progress.perform(state.startQuiz(id: quiz.id, settings: quiz.settings)) }
        let start = ContinuousClock.now
        RunLoop.run(&state, backend: terminal, clock: { ContinuousClock.now - start },
                    perform: progress.perform, idle: progress.idle)
        _ = progress.flush()
        let signal = terminal.terminationSignal
        terminal.close()
        // Said again after the screen is restored, where it stays readable.
        if let openingNotice { StandardError.write(openingNotice) }
        if progress.dirty { StandardError.write("progress could not be saved to \(progress.store.path)") }
        if !problems.isEmpty {
            for problem in problems { StandardError.write(problem.description) }
            StandardError.write("\(problems.count) content problem(s): those parts were skipped; run 'mltutor validate' for details")
        }
        if let signal { throw ExitCode(128 + signal) }
    }
}

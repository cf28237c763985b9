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

    /// The quizzes and skills of a content folder, with their problems.
    struct Extras {
        var quizzes: [Quiz]
        var skills: [Skill]
        var problems: [ContentProblem]

        init(contentDirectory: String) {
            let quizzes = QuizLoader.load(contentDirectory: contentDirectory)
            let skills = SkillLoader.load(contentDirectory: contentDirectory)
            self.quizzes = quizzes.quizzes
            self.skills = skills.skills
            problems = quizzes.problems + skills.problems
        }
    }

    func run() throws {
        // Read once: Foundation builds a new dictionary from the process environment on every access.
        let environment = ProcessInfo.processInfo.environment
        let directory = try options.contentDirectory(environment: environment)
        let loaded = SectionLoader.load(contentDirectory: directory)
        guard !loaded.sections.isEmpty else {
            for problem in loaded.problems { StandardError.write(problem.description) }
            throw CLIError.contentEmpty(directory)
        }
        // The menu's first frame needs only the sections: parsing the quizzes is most of the start-up
        // time, so the full-screen tutor does it right after drawing (see `afterFirstFrame` below).
        // `mltutor quiz ID` and plain mode start with a quiz list, so they parse first.
        var extras: Extras?
        if let quiz {
            let parsed = Extras(contentDirectory: directory)
            if !parsed.quizzes.contains(where: { $0.id == quiz.id }) {
                throw CLIError.unknownQuiz(quiz.id, available: parsed.quizzes.map(\.id))
            }
            extras = parsed
        }
        let clock = try WallClock(environment: environment)
        // Plain line mode (PlainLauncher.swift): on request, or when the full-screen tutor cannot start.
        func plainMode() -> PlainLauncher {
            let parsed = extras ?? Extras(contentDirectory: directory)
            return PlainLauncher(sections: loaded.sections, quizzes: parsed.quizzes, problems: loaded.problems + parsed.problems,
                                 progressPath: options.progressPath(environment: environment), clock: clock, quiz: quiz,
                                 timeLimitOverride: timeLimitOverride)
        }
        if plain { return try plainMode().run(note: nil) }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(environment: environment)
        } catch {
            return try plainMode().run(note: PlainLauncher.note(for: error))
        }
        // Opened after the terminal checks, so a failed start never creates or locks a progress file.
        let progress = ProgressSession(path: options.progressPath(environment: environment), clock: clock)
        let pending = extras != nil ? PendingContent.none
            : PendingContent(quizzes: QuizLoader.hasQuizFiles(contentDirectory: directory),
                             skills: SkillLoader.hasCatalogue(contentDirectory: directory))
        var state = AppState(sections: loaded.sections, quizzes: extras?.quizzes ?? [], skills: extras?.skills ?? [],
                             pending: pending, progress: progress.recorder.progress,
                             seed: UInt64.random(in: 0...UInt64.max))
        if let extras { progress.useGenerators(AppState.generatorOfQuestion(in: extras.quizzes)) }
        _ = state.update(.context(progress.context))
        state.timeLimitOverride = timeLimitOverride
        let openingNotice = progress.openingNotice
        if let openingNotice { _ = state.update(.notice(openingNotice)) }
        if let quiz { _ = progress.perform(state.startQuiz(id: quiz.id, settings: quiz.settings)) }
        let start = ContinuousClock.now
        RunLoop.run(&state, backend: terminal, clock: { ContinuousClock.now - start },
                    perform: progress.perform, idle: progress.idle,
                    afterFirstFrame: {
                        // Parsed here rather than on a second thread: measured, a thread started at
                        // launch slowed the first frame (two threads faulting in pages) and finished
                        // no sooner.
                        guard extras == nil else { return [] }
                        let parsed = Extras(contentDirectory: directory)
                        extras = parsed
                        progress.useGenerators(AppState.generatorOfQuestion(in: parsed.quizzes))
                        return [.quizzesLoaded(quizzes: parsed.quizzes, skills: parsed.skills)]
                    })
        _ = progress.flush()
        let signal = terminal.terminationSignal
        terminal.close()
        // Said again after the screen is restored, where it stays readable.
        if let openingNotice { StandardError.write(openingNotice) }
        if progress.dirty { StandardError.write("progress could not be saved to \(progress.store.path)") }
        let problems = loaded.problems + (extras?.problems ?? [])
        if !problems.isEmpty {
            for problem in problems { StandardError.write(problem.description) }
            StandardError.write("\(problems.count) content problem(s): those parts were skipped; run 'mltutor validate' for details")
        }
        if let signal { throw ExitCode(128 + signal) }
    }
}

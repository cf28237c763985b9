import ArgumentParser
import Foundation
import TutorCore
import TutorTerminal
import TutorUI

/// Runs plain line mode: lines from standard input, replies on standard output, progress saved as
/// the full-screen tutor saves it.
///
/// All decisions live in `PlainSession`; this driver only reads lines, stamps them with monotonic
/// time, prints, and hands effects to the same `ProgressSession` the full-screen tutor uses.
struct PlainLauncher {
    var sections: [Section]
    var quizzes: [Quiz]
    /// Content problems found while loading, reported on standard error at the end.
    var problems: [ContentProblem]
    var progressPath: String
    /// The wall clock shared with the full-screen tutor (`MLTUTOR_NOW` moves it).
    var clock: WallClock
    /// A quiz to open straight away (`mltutor quiz ID`), with how to take it.
    var quiz: (id: String, settings: QuizSettings)?
    var timeLimitOverride: Int?

    /// The one-line note printed when plain mode starts because the full-screen tutor cannot.
    static func note(for error: TerminalError) -> String {
        switch error {
        case .notATerminal:
            return "standard input or output is not a terminal: using plain line mode (--plain)"
        case let .unknownTerminalType(name):
            return "unknown terminal type '\(name)' (TERM): using plain line mode; set TERM to one your system knows, such as xterm-256color, for the full-screen tutor"
        case .noTerminalType:
            return "TERM is not set: using plain line mode; set it to your terminal's type, such as xterm-256color, for the full-screen tutor"
        }
    }

    /// Runs until the learner quits, the input ends or a termination signal arrives; `note` says why
    /// plain mode was chosen, if it was not asked for. A signal exits with 128 + its number, after saving.
    func run(note: String?) throws {
        if let note { StandardError.write(note) }
        let progress = ProgressSession(path: progressPath, clock: self.clock)
        if let notice = progress.openingNotice { StandardError.write(notice) }
        var session = PlainSession(sections: sections, quizzes: quizzes, progress: progress.recorder.progress,
                                   seed: UInt64.random(in: 0...UInt64.max))
        session.timeLimitOverride = timeLimitOverride
        // Piped input is not echoed by a terminal; repeating it keeps a transcript readable.
        let echo = isatty(STDIN_FILENO) != 1
        let start = ContinuousClock.now
        let clock = { ContinuousClock.now - start }
        var endsWithNewline = true
        func show(_ reply: PlainSession.Reply) {
            if !reply.text.isEmpty {
                FileHandle.standardOutput.write(Data(reply.text.utf8))
                endsWithNewline = reply.text.hasSuffix("\n")
            }
            for event in progress.perform(reply.effects) + progress.flush() {
                switch event {
                case let .notice(text?): StandardError.write(text)
                // The saved progress, for the reviews due and their schedule.
                case let .context(context): session.receiveContext(context, now: clock())
                default: break
                }
            }
        }
        session.receiveContext(progress.context, now: clock())
        if let quiz {
            show(session.startQuiz(id: quiz.id, settings: quiz.settings, now: clock()))
        } else {
            show(session.start())
        }
        PlainSignals.install()
        var input = StandardInputLines()
        while !session.isFinished, let line = input.next() {
            if echo { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
            show(session.receive(line, now: clock()))
        }
        if !session.isFinished {
            // The input ended or a signal interrupted the wait: the shell's prompt gets a line of its own.
            if !endsWithNewline { FileHandle.standardOutput.write(Data("\n".utf8)) }
            show(session.endOfInput(now: clock()))
        }
        if progress.dirty { StandardError.write("progress could not be saved to \(progress.store.path)") }
        if !problems.isEmpty {
            for problem in problems { StandardError.write(problem.description) }
            StandardError.write("\(problems.count) content problem(s): those parts were skipped; run 'mltutor validate' for details")
        }
        if PlainSignals.received != 0 { throw ExitCode(128 + PlainSignals.received) }
    }
}

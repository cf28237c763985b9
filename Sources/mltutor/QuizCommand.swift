import ArgumentParser
import TutorCore

/// `mltutor quiz ID`: opens the tutor straight in one quiz.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Start a timed quiz straight away.",
        discussion: "Without --exam the quiz is in practice mode: the right answer and its explanation follow each answer."
    )

    @Argument(help: ArgumentHelp("The quiz id (see Content/quizzes/ or the Quizzes screen).", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Override the quiz's time limit, in seconds.", valueName: "seconds"))
    var timeLimit: Int?

    @Flag(name: .long, help: "Exam mode: feedback only at the end.")
    var exam = false

    @Flag(name: .long, help: "Shuffle the order of the questions too (choices are always shuffled).")
    var shuffle = false

    @Flag(name: .long, help: "Plain line mode: typed answers, for pipes and screen readers (automatic without a terminal).")
    var plain = false

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if let timeLimit, timeLimit <= 0 { throw CLIError.invalidTimeLimit(timeLimit) }
    }

    func run() throws {
        let settings = QuizSettings(mode: exam ? .exam : .practice, timeLimitOverride: timeLimit, shuffleQuestions: shuffle)
        try TutorLauncher(options: options, quiz: (id, settings), timeLimitOverride: timeLimit, plain: plain).run()
    }
}

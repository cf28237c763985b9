import TutorCore

/// The list of quizzes with topic, size, time limit and best score; Enter asks practice or exam.
public struct QuizListScreen: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case start(quizID: String, mode: QuizSettings.Mode)
        case back
    }

    public let quizzes: [Quiz]
    public private(set) var list: MenuScreen
    /// The quiz waiting for the learner to pick practice or exam.
    public private(set) var choosingMode: Int?

    public init(quizzes: [Quiz], best: [String: QuizScore]) {
        self.quizzes = quizzes
        list = MenuScreen.numbered(quizzes.map { quiz in
            let bestText = best[quiz.id].map { "best \($0.correct)/\($0.total)" } ?? "not taken"
            return MenuScreen.Item(title: quiz.title,
                                   tag: "\(quiz.topic) · \(quiz.questions.count) q · \(AnswerText.clock(quiz.timeLimit)) · \(bestText)")
        })
    }

    public mutating func handle(_ key: Key, visibleRows: Int) -> Action? {
        if let index = choosingMode {
            choosingMode = nil
            switch key {
            case .character("p"), .enter: return .start(quizID: quizzes[index].id, mode: .practice)
            case .character("e"): return .start(quizID: quizzes[index].id, mode: .exam)
            default: return nil
            }
        }
        switch list.handle(key, visibleRows: visibleRows) {
        case let .open(index):
            choosingMode = index
            return nil
        case .back:
            return .back
        case nil:
            return key == .character("q") ? .back : nil
        }
    }

    public func render(into frame: inout Frame, firstRow: Int, rows: Int) {
        frame.put("Timed quizzes: Enter starts one; the countdown shows at the top right", row: firstRow, column: 2,
                  style: Style(bold: true), maxWidth: frame.width - 4)
        if quizzes.isEmpty {
            frame.put("No quizzes in the content folder.", row: firstRow + 2, column: 2, maxWidth: frame.width - 4)
        }
        list.render(into: &frame, firstRow: firstRow + 2, rows: rows - 2)
        if let index = choosingMode {
            let quiz = quizzes[index]
            ConfirmBox(title: quiz.title, lines: [
                "\(quiz.questions.count) questions, \(AnswerText.clock(quiz.timeLimit)) on the clock.", "",
                "p  practice: right/wrong and the explanation after each answer",
                "e  exam: feedback only at the end",
                "any other key  cancel",
            ]).render(into: &frame)
        }
    }
}

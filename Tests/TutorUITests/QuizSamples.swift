import TutorCore

/// A quiz with one question of each type, for quiz screen tests.
enum QuizSamples {
    static let single = Question(id: "s", prompt: "Which statistic does a chi-square test use?",
                                 kind: .single(choices: ["χ² = Σ (O − E)² / E", "t = x̄ / s", "F = MSB / MSW"], answer: 0),
                                 explanation: "Counts compared with expected counts.", sectionID: "concept-chi")
    static let numeric = Question(id: "n", prompt: "What is 3/4 as a decimal?",
                                  kind: .numeric(answer: 0.75, tolerance: .absolute(0.001), percent: false), explanation: "It is 0.75.")
    static let trueFalse = Question(id: "t", prompt: "Matrix multiplication is commutative.", kind: .trueFalse(answer: false),
                                    explanation: "AB ≠ BA in general.")
    static let multiple = Question(id: "m", prompt: "Which are ANOVA assumptions?",
                                   kind: .multiple(choices: ["Independence", "Equal variances", "Equal group sizes"], answers: [0, 1]),
                                   explanation: "Equal sizes are not required.")
    static let matrix = Question(id: "x", prompt: "Compute [[1, 2], [3, 4]] · [[5, 6], [7, 8]].",
                                 kind: .matrix(answer: [[19, 22], [43, 50]], tolerance: .absolute(0.001)), explanation: "Row by column.")

    static let quiz = Quiz(id: "sample", title: "Sample quiz", topic: "testing", timeLimit: 120,
                           questions: [single, numeric, trueFalse, multiple, matrix])

    /// A session whose current question is `question`, choices unshuffled so tests know the numbers.
    static func session(on question: Question, mode: QuizSettings.Mode = .practice) -> QuizSession {
        let quiz = Quiz(id: "one", title: "One question", topic: "testing", timeLimit: 90, questions: [question])
        return QuizSession(quiz: quiz, settings: QuizSettings(mode: mode, shuffleChoices: false), seed: 1, now: .zero)
    }
}

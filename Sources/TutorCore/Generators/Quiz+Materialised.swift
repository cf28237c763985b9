extension Quiz {
    /// Whether any question comes from a generator.
    public var hasGeneratedQuestions: Bool {
        questions.contains { $0.generator != nil }
    }

    /// The quiz with every generated question replaced by fresh numbers for `seed`.
    ///
    /// Ids, topics, sections and time limits stay as written, so progress, results and review
    /// items keep pointing at the same questions; the same seed always gives the same quiz. A
    /// question whose generator fails keeps the numbers it was loaded with.
    public func materialised(seed: UInt64) -> Quiz {
        var quiz = self
        quiz.questions = questions.map { question in
            QuestionGenerators.generate(for: question, seed: seed)?.question ?? question
        }
        return quiz
    }

    /// The generated questions of this quiz for `seed`, by question id: the worked solutions
    /// and hints that go with `materialised(seed:)`.
    public func generatedQuestions(seed: UInt64) -> [String: GeneratedQuestion] {
        var result: [String: GeneratedQuestion] = [:]
        for question in questions {
            if let generated = QuestionGenerators.generate(for: question, seed: seed) {
                result[question.id] = generated
            }
        }
        return result
    }
}

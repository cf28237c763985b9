extension QuizSession {
    /// The attempt as the progress file stores it, so it can resume after a restart or a kill.
    ///
    /// - Parameter started: wall-clock start in seconds since 1970 (the session only knows monotonic time).
    public func snapshot(started: Double) -> RunningQuiz {
        let seconds = remaining.map { duration -> Double in
            let (s, atto) = duration.components
            return Double(s) + Double(atto) / 1e18
        }
        // In practice feedback the question on screen is answered: resume at the next one.
        var index = position
        if case .feedback = phase { index += 1 }
        return RunningQuiz(quizID: quiz.id, seed: seed, started: started,
                           questionOrder: order.map { quiz.questions[$0].id }, answers: answers,
                           currentIndex: min(index, order.count), secondsRemaining: seconds,
                           mode: settings.mode.rawValue, title: quiz.title,
                           hintsShown: hintsShown.filter { answers[$0] == nil }.sorted())
    }
}

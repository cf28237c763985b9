import Testing
import TutorCore
@testable import TutorUI

@Suite struct AppStateQuizTests {
    let size = Size(width: 100, height: 30)

    func state(seed: UInt64 = 5) -> AppState {
        var s = AppState(sections: Samples.sections, quizzes: [QuizSamples.quiz], seed: seed)
        _ = s.update(.resize(size))
        return s
    }

    func lines(_ s: AppState) -> [String] { s.frame(size: size).lines }

    /// The displayed number of the choice with this text on the current screen.
    func number(of text: String, in s: AppState) -> Character? {
        for line in lines(s) {
            if let range = line.range(of: ") " + text), let digit = line[..<range.lowerBound].last, digit.isNumber { return digit }
        }
        return nil
    }

    func start(_ s: inout AppState, mode: Character = "e") -> [Effect] {
        _ = s.update(.key(.character("z")))
        _ = s.update(.key(.enter))
        _ = s.update(.key(.enter))
        return s.update(.key(.character(mode)))
    }

    @Test func theMenuOffersQuizzesAndTheListShowsThem() {
        var s = state()
        #expect(lines(s)[3].hasPrefix(" ›  z  Timed quizzes (1)"))
        _ = s.update(.key(.character("z")))
        _ = s.update(.key(.enter))
        let list = lines(s)
        #expect(list[0].hasPrefix(" mltutor · Quizzes"))
        #expect(list[3].hasPrefix(" ›  1  Sample quiz"))
        #expect(list[3].hasSuffix("5 q · 2:00 · not taken"))
        _ = s.update(.key(.enter))
        #expect(lines(s).contains { $0.contains("p  practice") })
    }

    @Test func startingShowsTheCountdownAndSavesTheAttempt() {
        var s = state()
        let effects = start(&s)
        guard case let .quizSaved(snapshot)? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(snapshot.quizID == "sample")
        #expect(snapshot.secondsRemaining == 120)
        #expect(snapshot.mode == "exam")
        let header = lines(s)[0]
        #expect(header.hasPrefix(" mltutor · Sample quiz"))
        #expect(header.hasSuffix("2:00 left"))
    }

    @Test func theLastTenSecondsChangeTheCountdownsAttributes() {
        var s = state()
        _ = start(&s)
        _ = s.update(.tick(now: .seconds(100)))
        var frame = s.frame(size: size)
        #expect(frame.lines[0].hasSuffix("0:20 left"))
        let calm = frame[0, 97].style
        _ = s.update(.tick(now: .seconds(111)))
        frame = s.frame(size: size)
        #expect(frame.lines[0].hasSuffix("0:09 left !"))
        let urgent = frame[0, 96].style
        #expect(calm.reverse && !urgent.reverse)
        #expect(urgent.bold && urgent.underline)
    }

    @Test func answeringThroughToResultsRecordsTheAttempt() throws {
        var s = state()
        _ = start(&s)
        let right = try #require(number(of: "χ² = Σ (O − E)² / E", in: s))
        var effects = s.update(.key(.character(right)))
        #expect(effects.count == 1)
        for c in "0.3" { _ = s.update(.key(.character(c))) }
        _ = s.update(.key(.enter))                                  // wrong
        _ = s.update(.key(.character("f")))                         // right
        _ = s.update(.tick(now: .seconds(200)))                     // time runs out on question 4
        effects = s.update(.tick(now: .seconds(200)))
        #expect(effects.isEmpty)
        guard case let .results(results) = s.route else { Issue.record("not on results"); return }
        #expect(results.scoreText == "2/5 (40%)")
        let screen = lines(s)
        #expect(screen[1] == "  Score 2/5 (40%)")
        #expect(screen[2].contains("time ran out"))
        #expect(screen[5].contains("✓ 1. Which statistic"))
        #expect(screen[6].contains("✗ 2. What is 3/4"))
        #expect(screen[8].contains("– 4. Which are ANOVA"))
        #expect(s.bestScores["sample"] == QuizScore(correct: 2, total: 5))
        // Review of question 2: both answers and the explanation.
        _ = s.update(.key(.down))
        _ = s.update(.key(.enter))
        let review = lines(s).joined(separator: "\n")
        #expect(review.contains("Your answer: 0.3"))
        #expect(review.contains("Right answer: 0.75 (accepted ± 0.001)"))
        #expect(review.contains("It is 0.75."))
    }

    @Test func finishingEmitsQuizFinishedOnce() {
        var s = state()
        _ = start(&s)
        let effects = s.update(.tick(now: .seconds(120)))
        #expect(effects.count == 1)
        guard case .quizFinished? = effects.first else { Issue.record("expected quizFinished, got \(effects)"); return }
        #expect(s.update(.tick(now: .seconds(121))).isEmpty)
    }

    @Test func theClockIsSavedEveryFewSeconds() {
        var s = state()
        _ = start(&s)
        #expect(s.update(.tick(now: .seconds(2))).isEmpty)
        let saved = s.update(.tick(now: .seconds(5)))
        guard case let .quizSaved(snapshot)? = saved.first else { Issue.record("no periodic save"); return }
        #expect(snapshot.secondsRemaining == 115)
    }

    @Test func leavingKeepsTheAttemptResumableWithItsTime() {
        var s = state()
        _ = start(&s)
        _ = s.update(.key(.character("f")))   // not a choice number: nothing happens
        _ = s.update(.tick(now: .seconds(31)))
        _ = s.update(.key(.escape))
        let effects = s.update(.key(.character("y")))
        guard case let .quizSaved(snapshot)? = effects.first else { Issue.record("no save on leave"); return }
        #expect(snapshot.secondsRemaining == 89)
        _ = s.update(.key(.escape))  // back from the quiz list to the menu
        let menu = lines(s)
        #expect(menu[3].contains("r  Resume quiz: Sample quiz — question 1/5, 1:29 left"))
        _ = s.update(.key(.character("r")))
        _ = s.update(.key(.enter))
        #expect(lines(s)[0].hasSuffix("1:29 left"))
    }

    @Test func aSuspendDoesNotCountAgainstTheClock() {
        var s = state()
        _ = start(&s)
        _ = s.update(.tick(now: .seconds(10)))
        _ = s.update(.resumed(pausedFor: .seconds(50)))
        _ = s.update(.tick(now: .seconds(61)))
        #expect(lines(s)[0].hasSuffix("1:49 left"))
    }

    @Test func theHelpOverlayDoesNotStopTheClock() {
        var s = state()
        _ = start(&s)
        _ = s.update(.key(.character("?")))
        #expect(lines(s).contains { $0.contains("Keys — quiz (the clock keeps running)") })
        _ = s.update(.tick(now: .seconds(30)))
        _ = s.update(.key(.escape))
        #expect(lines(s)[0].hasSuffix("1:30 left"))
    }

    @Test func aSectionOpenedFromFeedbackReturnsToTheQuiz() throws {
        var s = state()
        _ = s.update(.key(.character("z")))
        _ = s.update(.key(.enter))
        _ = s.update(.key(.enter))
        _ = s.update(.key(.character("p")))
        let wrong = try #require(number(of: "t = x̄ / s", in: s))
        _ = s.update(.key(.character(wrong)))
        let opened = s.update(.key(.character("g")))
        #expect(opened.first == .openedSection(id: "concept-chi"))
        #expect(lines(s)[0].hasPrefix(" mltutor · Chi-square: χ² tests"))
        _ = s.update(.key(.escape))
        #expect(lines(s).contains { $0.contains("✗ Not quite") })
    }

    @Test func quittingMidQuizSavesIt() {
        var s = state()
        _ = start(&s)
        let effects = s.update(.key(.interrupt))
        #expect(effects.count == 2)
        guard case .quizSaved? = effects.first else { Issue.record("quit did not save the quiz"); return }
        #expect(effects.last == .quit)
    }
}

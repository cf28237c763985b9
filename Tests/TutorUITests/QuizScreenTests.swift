import Testing
import TutorCore
@testable import TutorUI

@Suite struct QuizScreenTests {
    func frame(_ screen: QuizScreen, width: Int) -> [String] {
        var frame = Frame(size: Size(width: width, height: 24))
        screen.render(into: &frame, firstRow: 1, rows: 22, sectionTitles: ["concept-chi": "Chi-square tests"])
        return frame.lines
    }

    @Test(arguments: [60, 100])
    func singleChoiceFrame(width: Int) {
        let lines = frame(QuizScreen(session: QuizSamples.session(on: QuizSamples.single)), width: width)
        #expect(lines[1].hasPrefix("  Question 1 of 1 · one answer"))
        #expect(lines[3] == "  Which statistic does a chi-square test use?")
        #expect(lines[5] == "  › 1) χ² = Σ (O − E)² / E")
        #expect(lines[6] == "    2) t = x̄ / s")
        #expect(lines[7] == "    3) F = MSB / MSW")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    }

    @Test(arguments: [60, 100])
    func numericFrameShowsTheFieldAndAHint(width: Int) {
        var screen = QuizScreen(session: QuizSamples.session(on: QuizSamples.numeric))
        for c in "abc" { _ = screen.handle(.character(c), now: .zero) }
        var lines = frame(screen, width: width)
        #expect(lines[5] == "  Answer: abc")
        _ = screen.handle(.enter, now: .zero)
        lines = frame(screen, width: width)
        #expect(lines[7].hasPrefix("  ! not a number: abc — type a number such as"))
        #expect(screen.session.answers.isEmpty)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    }

    @Test(arguments: [60, 100])
    func trueFalseAndMultipleFrames(width: Int) {
        let tf = frame(QuizScreen(session: QuizSamples.session(on: QuizSamples.trueFalse)), width: width)
        #expect(tf[5] == "  › 1) True (t)")
        #expect(tf[6] == "    2) False (f)")
        var multiple = QuizScreen(session: QuizSamples.session(on: QuizSamples.multiple))
        _ = multiple.handle(.character("2"), now: .zero)
        let m = frame(multiple, width: width)
        #expect(m[5] == "    1) [ ] Independence")
        #expect(m[6] == "  › 2) [x] Equal variances")
    }

    @Test(arguments: [60, 100])
    func matrixFrameDrawsAGridOfCells(width: Int) {
        var screen = QuizScreen(session: QuizSamples.session(on: QuizSamples.matrix))
        for c in "19" { _ = screen.handle(.character(c), now: .zero) }
        _ = screen.handle(.tab, now: .zero)
        for c in "22" { _ = screen.handle(.character(c), now: .zero) }
        let lines = frame(screen, width: width)
        #expect(lines[5] == "  Answer (2×2):")
        #expect(lines[6].hasPrefix("   │ 19") && lines[6].contains("22"))
        #expect(lines[7].hasPrefix("   │"))
    }

    @Test(arguments: [60, 100])
    func practiceFeedbackExplainsAndLinksTheSection(width: Int) {
        var screen = QuizScreen(session: QuizSamples.session(on: QuizSamples.single))
        #expect(screen.handle(.character("2"), now: .seconds(3)) == .answered)
        let lines = frame(screen, width: width)
        #expect(lines[5] == "  ✗ Not quite")
        #expect(lines[6] == "  Your answer: 2) t = x̄ / s")
        #expect(lines[7] == "  Right answer: 1) χ² = Σ (O − E)² / E")
        #expect(lines[9] == "  Counts compared with expected counts.")
        #expect(lines[11] == "  Taught in: Chi-square tests  (g opens it)")
        #expect(screen.handle(.character("g"), now: .seconds(4)) == .openSection("concept-chi"))
    }

    @Test func escapeAsksBeforeLeaving() {
        var screen = QuizScreen(session: QuizSamples.session(on: QuizSamples.single))
        #expect(screen.handle(.escape, now: .zero) == nil)
        #expect(frame(screen, width: 60).contains { $0.contains("Leave the quiz?") })
        #expect(screen.handle(.character("n"), now: .zero) == nil)
        #expect(!screen.confirmingLeave)
        _ = screen.handle(.escape, now: .zero)
        #expect(screen.handle(.character("y"), now: .zero) == .leave)
    }
}

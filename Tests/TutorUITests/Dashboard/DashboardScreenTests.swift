import Testing
import TutorCore
@testable import TutorUI

@Suite struct DashboardScreenTests {
    func frame(_ screen: DashboardScreen, width: Int, rows: Int) -> Frame {
        var frame = Frame(size: Size(width: width, height: rows))
        screen.render(into: &frame, firstRow: 0, rows: rows)
        return frame
    }

    @Test func wholePageAtSixtyColumns() {
        let lines = frame(DashboardScreen(model: DashboardSamples.model), width: 60, rows: 23).lines
        #expect(lines == [
            "  Reading",
            "    Sections read      ███████████░░░░░░░░░░ 9/18  50%",
            "",
            "  Study",
            "    Time studied       3h 05m",
            "    Streak             4 days in a row · longest 9 days",
            "    Today              not studied yet",
            "",
            "  Skills (22)",
            "    [✓] have 5  ·  [~] learning 3  ·  [ ] not yet 14",
            "",
            "  Mastery by topic  last 20 answers per topic",
            "    anova              ████████████████░░░░░  75%  n=4",
            "    hypothesis-testin… █████████████████████ 100%  n=20",
            "    t-tests            ░░░░░░░░░░░░░░░░░░░░░   0%  n=20",
            "",
            "  Spaced review",
            "    Nothing scheduled yet.",
            "",
            "  Quizzes                          best   last  history",
            "    t-tests — the basics           9/10   7/10  ▁▃▅▆█▆",
            "    ANOVA practice: worked prob…      —      —  not taken",
            "",
        ])
    }

    @Test func wholePageAtOneHundredColumns() {
        let lines = frame(DashboardScreen(model: DashboardSamples.model), width: 100, rows: 22).lines
        #expect(lines == [
            "  Reading",
            "    Sections read          ███████████████░░░░░░░░░░░░░░░ 9/18  50%",
            "",
            "  Study",
            "    Time studied           3h 05m",
            "    Streak                 4 days in a row · longest 9 days",
            "    Today                  not studied yet",
            "",
            "  Skills (22)",
            "    [✓] have 5  ·  [~] learning 3  ·  [ ] not yet 14",
            "",
            "  Mastery by topic  last 20 answers per topic",
            "    anova                  ███████████████████████░░░░░░░  75%  n=4",
            "    hypothesis-testing-in… ██████████████████████████████ 100%  n=20",
            "    t-tests                ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░   0%  n=20",
            "",
            "  Spaced review",
            "    Nothing scheduled yet: every question you answer joins the review.",
            "",
            "  Quizzes                                              best   last  history",
            "    t-tests — the basics                               9/10   7/10  ▁▃▅▆█▆",
            "    ANOVA practice: worked problems with real data        —      —  not taken",
        ])
    }

    /// Rows never wrap, so the page has the same number of lines at every width and scrolling
    /// can be computed without knowing the width.
    @Test func lineCountDoesNotDependOnWidth() {
        let screen = DashboardScreen(model: DashboardSamples.model)
        for width in [40, 60, 100, 200] {
            #expect(screen.lines(width: width).count == screen.lineCount)
            #expect(screen.lines(width: width).allSatisfy { $0.width <= max(20, width - 4) })
        }
        #expect(screen.lineCount == 22)
    }

    @Test func scrollsByLineAndPageWithinBounds() {
        var screen = DashboardScreen(model: DashboardSamples.model)
        let rows = 5
        #expect(screen.handle(.up, visibleRows: rows) == nil)
        #expect(screen.top == 0)
        _ = screen.handle(.down, visibleRows: rows)
        _ = screen.handle(.character("j"), visibleRows: rows)
        #expect(screen.top == 2)
        _ = screen.handle(.character("k"), visibleRows: rows)
        #expect(screen.top == 1)
        _ = screen.handle(.pageDown, visibleRows: rows)
        #expect(screen.top == 5)
        _ = screen.handle(.end, visibleRows: rows)
        #expect(screen.top == 17)
        _ = screen.handle(.pageDown, visibleRows: rows)
        #expect(screen.top == 17)
        #expect(screen.position(visibleRows: rows) == "18–22/22")
        _ = screen.handle(.pageUp, visibleRows: rows)
        #expect(screen.top == 13)
        _ = screen.handle(.home, visibleRows: rows)
        #expect(screen.top == 0)
        #expect(screen.position(visibleRows: rows) == "1–5/22")
    }

    @Test func scrolledFrameShowsTheLowerPart() {
        var screen = DashboardScreen(model: DashboardSamples.model)
        _ = screen.handle(.end, visibleRows: 4)
        #expect(frame(screen, width: 60, rows: 4).lines == [
            "",
            "  Quizzes                          best   last  history",
            "    t-tests — the basics           9/10   7/10  ▁▃▅▆█▆",
            "    ANOVA practice: worked prob…      —      —  not taken",
        ])
    }

    /// After a resize makes the window taller, the stored position is clamped so no blank tail shows.
    @Test func clampAfterResize() {
        var screen = DashboardScreen(model: DashboardSamples.model)
        _ = screen.handle(.end, visibleRows: 4)
        #expect(screen.top == 18)
        screen.clamp(visibleRows: 10)
        #expect(screen.top == 12)
    }

    @Test func backKeys() {
        var screen = DashboardScreen(model: DashboardSamples.model)
        for key in [Key.escape, .left, .backspace, .character("q"), .character("h")] {
            #expect(screen.handle(key, visibleRows: 10) == .back)
        }
        #expect(screen.handle(.enter, visibleRows: 10) == nil)
    }

    @Test func emptyCourseSaysWhatIsMissing() throws {
        let day = try #require(CivilDay(year: 2026, month: 1, day: 1))
        let model = DashboardModel(progress: Progress(), sections: [], quizzes: [], skills: [], today: day)
        let lines = frame(DashboardScreen(model: model), width: 60, rows: 20).lines
        #expect(lines == [
            "  Reading",
            "    Sections read      ░░░░░░░░░░░░░░░░░░░░░ 0/0  0%",
            "",
            "  Study",
            "    Time studied       0h 00m",
            "    Streak             0 days in a row · longest 0 days",
            "    Today              not studied yet",
            "",
            "  Skills",
            "    No skills checklist in this course.",
            "",
            "  Mastery by topic  last 20 answers per topic",
            "    No quiz answers yet: take a quiz to see mastery.",
            "",
            "  Spaced review",
            "    Nothing scheduled yet.",
            "",
            "  Quizzes                          best   last  history",
            "    No quizzes in this course.",
            "",
        ])
    }

    @Test func barsAreColouredOnlyAsAnExtra() {
        let f = frame(DashboardScreen(model: DashboardSamples.model), width: 60, rows: 3)
        // Row 1 holds the reading bar: filled cells carry the success colour, empty ones are dim,
        // and the characters alone (█ versus ░) already say which is which.
        let row = 1
        let cells = (0..<f.width).map { f[row, $0] }
        let filled = cells.filter { $0.character == "█" }
        let empty = cells.filter { $0.character == "░" }
        #expect(filled.count == 11 && empty.count == 10)
        #expect(filled.allSatisfy { $0.style.color == .success })
        #expect(empty.allSatisfy { $0.style.dim })
    }

    @Test func theReviewBlockForecastsDueItemsAndPredictsRecall() throws {
        let t0 = 1_800_000_000.0
        var progress = Progress()
        progress.recordReview(of: "question:s", outcome: AnswerOutcome(correct: false, seconds: 5), at: t0, utcOffsetSeconds: 0)
        progress.recordReview(of: "question:n", outcome: AnswerOutcome(correct: true, seconds: 5), at: t0, utcOffsetSeconds: 0)
        let quiz = Quiz(id: "q", title: "Q", topic: "stats", timeLimit: 60, questions: [
            Question(id: "s", prompt: "?", kind: .trueFalse(answer: true), explanation: "e", topics: ["chi-square"]),
            Question(id: "n", prompt: "?", kind: .trueFalse(answer: true), explanation: "e", topics: ["t-tests"]),
        ])
        let model = DashboardModel(progress: progress, sections: [], quizzes: [quiz], skills: [], now: t0 + 3600, utcOffsetSeconds: 0)
        #expect(model.reviewForecast.count == 14)
        #expect(model.reviewForecast.reduce(0) { $0 + $1.count } == 2)
        #expect(model.recall.map(\.topic) == ["chi-square", "t-tests"])
        let lines = DashboardScreen(model: model).lines(width: 100).map(\.text)
        let start = try #require(lines.firstIndex(of: "Spaced review"))
        #expect(lines[start + 1].hasPrefix("  Due on day"))
        #expect(lines[start + 1].contains("now"))
        #expect(lines[start + 2].hasPrefix("  Items due"))
        #expect(lines[start + 3].hasPrefix("  recall chi-square"))
        #expect(lines[start + 4].hasPrefix("  recall t-tests"))
    }
}

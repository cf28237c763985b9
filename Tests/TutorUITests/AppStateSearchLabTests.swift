import Testing
import TutorCore
@testable import TutorUI

@Suite struct AppStateSearchLabTests {
    let size = Size(width: 100, height: 30)

    func state() -> AppState {
        var s = AppState(sections: Samples.sections)
        _ = s.update(.resize(size))
        return s
    }

    func lines(_ s: AppState) -> [String] { s.frame(size: size).lines }

    func type(_ text: String, into s: inout AppState) {
        for c in text { _ = s.update(.key(.character(c))) }
    }

    @Test func slashSearchesAndOpensTheSectionAtTheHit() throws {
        var s = state()
        _ = s.update(.key(.character("/")))
        #expect(lines(s)[0].hasPrefix(" mltutor · Search"))
        type("paragraph 25", into: &s)
        #expect(lines(s).contains { $0.contains("A long section") && $0.contains("Paragraph 25") })
        let effects = s.update(.key(.enter))
        #expect(effects.first == .openedSection(id: "long"))
        guard case let .reader(reader) = s.route else { Issue.record("not in the reader"); return }
        let hitLine = try #require(reader.hitLines.first)
        #expect((reader.top...(reader.top + s.readerRows - 1)).contains(hitLine))
        #expect(lines(s)[0].contains("hit 1 of"))
        // Esc from the reader returns to where the search started.
        _ = s.update(.key(.escape))
        #expect(lines(s)[0].hasPrefix(" mltutor · Guide"))
    }

    @Test func nAndShiftNWalkTheHitsWhileASearchIsHighlighted() throws {
        var s = state()
        _ = s.update(.key(.character("/")))
        type("χ²", into: &s)
        _ = s.update(.key(.enter))
        guard case let .reader(first) = s.route else { Issue.record("not in the reader"); return }
        let firstTop = first.top
        #expect(first.hitLines.count >= 2)
        _ = s.update(.key(.character("n")))
        guard case let .reader(second) = s.route else { Issue.record("n left the reader"); return }
        #expect(second.section.id == first.section.id)  // n did not go to the next section
        #expect(second.hitPosition == "hit 2 of \(first.hitLines.count)")
        _ = s.update(.key(.character("N")))
        guard case let .reader(back) = s.route else { Issue.record("N left the reader"); return }
        #expect(back.hitPosition == "hit 1 of \(first.hitLines.count)")
        #expect(back.top == firstTop)
    }

    @Test func slashIsTypedNotASearchInsideAQuizAnswer() {
        var s = AppState(sections: Samples.sections, quizzes: [QuizSamples.quiz])
        _ = s.update(.resize(size))
        _ = s.startQuiz(id: "sample", settings: QuizSettings(mode: .exam, shuffleChoices: false))
        _ = s.update(.key(.character("1")))  // answers the first question, the numeric one follows
        type("3/4", into: &s)
        #expect(lines(s).contains { $0.contains("Answer: 3/4") })
    }

    @Test func theLabRunsATestAndShowsItsWorkingOrAPathLineError() {
        var s = AppState(sections: Samples.sections)
        _ = s.update(.resize(size))
        _ = s.update(.key(.character("b")))
        _ = s.update(.key(.enter))
        #expect(lines(s)[0].hasPrefix(" mltutor · Stats lab · One-sample t"))
        _ = s.update(.key(.function(5)))
        let worked = lines(s).joined(separator: "\n")
        #expect(worked.contains("t = "))
        #expect(worked.contains("t = (x̄ − μ₀) / SE = (13 − 11) / 0.707107 = 2.82843"))
        #expect(worked.contains("df = n − 1 = 4"))
        // Into the data: replace the last number with a word and run again.
        _ = s.update(.key(.enter))
        for _ in 0..<2 { _ = s.update(.key(.backspace)) }
        type("x", into: &s)
        _ = s.update(.key(.control("r")))
        #expect(lines(s).contains { $0.contains("lab:1:") })
        _ = s.update(.key(.escape))
        _ = s.update(.key(.escape))
        #expect(lines(s)[0].hasPrefix(" mltutor · Guide"))
    }
}

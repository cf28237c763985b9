import Testing
import TutorCore
@testable import TutorUI

/// The menu drawn before the quizzes and skills are parsed, and what their arrival changes.
@Suite struct AppStateLoadingTests {
    static let skill = Skill(id: "skill-python", name: "Python", kind: .technical, why: "The language of ML.", sectionID: "intro")
    static let size = Size(width: 80, height: 24)

    static func text(_ state: AppState) -> String {
        state.frame(size: size).lines.joined(separator: "\n")
    }

    @Test func pendingRowsSayLoadingAndKeepTheirPlaces() {
        var state = AppState(sections: Samples.sections, pending: PendingContent(quizzes: true, skills: true), size: Self.size)
        _ = state.update(.resize(Self.size))
        let before = Self.text(state)
        #expect(before.contains("Timed quizzes"))
        #expect(before.contains("Skills checklist"))
        #expect(before.components(separatedBy: "loading…").count == 3)
        let rowsBefore = state.menu.items.map(\.title)

        _ = state.update(.quizzesLoaded(quizzes: [QuizSamples.quiz], skills: [Self.skill]))
        let after = Self.text(state)
        #expect(!after.contains("loading…"))
        #expect(after.contains("Timed quizzes (1)"))
        #expect(after.contains("5 questions"))
        #expect(after.contains("1 skills"))
        #expect(state.menu.items.count == rowsBefore.count)
        #expect(!state.loadingQuizzes)
    }

    @Test func onlyWhatIsPendingIsShown() {
        var state = AppState(sections: Samples.sections, pending: PendingContent(quizzes: false, skills: true), size: Self.size)
        _ = state.update(.resize(Self.size))
        #expect(!Self.text(state).contains("Timed quizzes"))
        #expect(Self.text(state).contains("Skills checklist"))
        // Content that turns out to have no skills after all loses the row.
        _ = state.update(.quizzesLoaded(quizzes: [], skills: []))
        #expect(!Self.text(state).contains("Skills checklist"))
    }

    @Test func selectionStaysOnTheSameRowWhenRowsDisappear() {
        let running = RunningQuiz(quizID: "gone", seed: 1, started: 0, questionOrder: ["a"])
        var state = AppState(sections: Samples.sections, pending: PendingContent(quizzes: true, skills: false),
                             resumable: running, size: Self.size)
        _ = state.update(.resize(Self.size))
        #expect(state.menu.items.first?.title.hasPrefix("Resume quiz: gone") == true)
        // Select the second section (shortcut 2), then let the quizzes arrive without quiz "gone".
        _ = state.update(.key(.character("2")))
        let selectedTitle = state.menu.items[state.menu.selected].title
        _ = state.update(.quizzesLoaded(quizzes: [QuizSamples.quiz], skills: []))
        #expect(state.resumable == nil)
        #expect(!state.menu.items.contains { $0.title.hasPrefix("Resume quiz") })
        #expect(state.menu.items[state.menu.selected].title == selectedTitle)
    }

    @Test func whileLoadingTheResumeRowNamesTheQuizByTheTitleSavedWithTheAttempt() {
        let running = RunningQuiz(quizID: "sample", seed: 1, started: 0, questionOrder: ["s", "n"], title: "Sample quiz")
        var state = AppState(sections: Samples.sections, pending: PendingContent(quizzes: true, skills: false),
                             resumable: running, size: Self.size)
        _ = state.update(.resize(Self.size))
        let before = state.menu.items.first?.title
        #expect(before == "Resume quiz: Sample quiz — question 1/2")
        _ = state.update(.quizzesLoaded(quizzes: [QuizSamples.quiz], skills: []))
        // The same words once the quizzes are parsed: nothing on the row changes.
        #expect(state.menu.items.first?.title == before)
    }

    @Test func aSavedAttemptOfAnExistingQuizStaysResumable() {
        let running = RunningQuiz(quizID: "sample", seed: 1, started: 0, questionOrder: ["s", "n"])
        var state = AppState(sections: Samples.sections, pending: PendingContent(quizzes: true, skills: false),
                             resumable: running, size: Self.size)
        _ = state.update(.quizzesLoaded(quizzes: [QuizSamples.quiz], skills: []))
        #expect(state.resumable == running)
        #expect(state.menu.items.first?.title.hasPrefix("Resume quiz: Sample quiz — question 1/2") == true)
    }

    @Test func openingWhatIsStillLoadingExplainsAndStays() {
        var state = AppState(sections: Samples.sections, pending: PendingContent(quizzes: true, skills: true), size: Self.size)
        _ = state.update(.resize(Self.size))
        #expect(state.update(.key(.character("z"))) == [])
        #expect(state.update(.key(.enter)) == [])
        #expect(state.route == .menu)
        #expect(state.notice?.contains("still loading") == true)
        // A section opens as usual meanwhile.
        _ = state.update(.key(.character("1")))
        #expect(state.update(.key(.enter)).first == .openedSection(id: Samples.sections[0].id))
    }
}

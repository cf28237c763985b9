import Testing
import TutorCore
@testable import TutorUI

@Suite struct ProgressRecorderTests {
    let day = CivilDay(secondsSince1970: 1_800_000_000)

    @Test func openScrollFinishAndCloseAreRecorded() {
        var recorder = ProgressRecorder(progress: Progress())
        let changed = recorder.apply(.openedSection(id: "intro"), now: 1000, day: day)
        #expect(changed)
        recorder.apply(.scrolled(sectionID: "intro", line: 12), now: 1010, day: day)
        recorder.apply(.finishedSection(id: "intro"), now: 1020, day: day)
        recorder.apply(.closedSection(id: "intro", line: 15), now: 1100, day: day)
        let section = recorder.progress.sections["intro"]
        #expect(section?.openCount == 1)
        #expect(section?.scrollLine == 15)
        #expect(section?.finished == true)
        #expect(section?.secondsSpent == 100)
        #expect(recorder.progress.totalStudySeconds == 100)
        #expect(recorder.progress.daysStudied == [day.description])
        #expect(recorder.progress.lastPlace == .reader(sectionID: "intro", line: 15))
    }

    @Test func aReaderLeftOpenCountsAtMostTheLongestStretch() {
        var recorder = ProgressRecorder(progress: Progress())
        recorder.apply(.openedSection(id: "long"), now: 0, day: day)
        recorder.apply(.closedSection(id: "long", line: 0), now: 12 * 3600, day: day)
        #expect(recorder.progress.totalStudySeconds == ProgressRecorder.longestReadingStretch)
    }

    @Test func quitChangesNothing() {
        var recorder = ProgressRecorder(progress: Progress())
        let changed = recorder.apply(.quit, now: 5, day: day)
        #expect(!changed)
    }

    @Test func appStateStartsFromSavedProgress() {
        var progress = Progress()
        progress.markFinished(section: "intro")
        progress.setScroll(section: "long", line: 17)
        progress.lastPlace = .reader(sectionID: "long", line: 17)
        progress.markFinished(section: "removed-from-content")
        var state = AppState(sections: Samples.sections, progress: progress, size: Size(width: 60, height: 20))
        _ = state.update(.resize(Size(width: 60, height: 20)))
        let menu = state.frame(size: Size(width: 60, height: 20)).lines
        #expect(menu[3].hasPrefix(" ›  c  Continue: A long section (line 18)"))
        #expect(menu[4].hasSuffix("✓ read"))
        #expect(menu[0].hasSuffix("1/3 read"))
        // Enter on "Continue" reopens the section at the saved line.
        #expect(state.update(.key(.enter)) == [.openedSection(id: "long")])
        guard case let .reader(reader) = state.route else { Issue.record("not in the reader"); return }
        #expect(reader.top == 17)
    }
}

@Suite struct ProgressRecorderQuizTests {
    let day = CivilDay(secondsSince1970: 1_800_000_000)

    func snapshot(answers: [String: AnswerRecord], index: Int, left: Double) -> RunningQuiz {
        RunningQuiz(quizID: "q", seed: 9, started: 0, questionOrder: ["a", "b"], answers: answers,
                    currentIndex: index, secondsRemaining: left, mode: "exam")
    }

    @Test func savedAttemptsKeepTheirWallClockStart() {
        var recorder = ProgressRecorder(progress: Progress())
        recorder.apply(.quizSaved(snapshot(answers: [:], index: 0, left: 60)), now: 1000, day: day)
        let answer = AnswerRecord(questionID: "a", answer: .choice(1), correct: true, seconds: 4)
        recorder.apply(.quizSaved(snapshot(answers: ["a": answer], index: 1, left: 56)), now: 1004, day: day)
        let running = recorder.progress.runningQuiz
        #expect(running?.started == 1000)
        #expect(running?.secondsRemaining == 56)
        #expect(running?.answers["a"]?.answeredAt == 1004)
        #expect(recorder.progress.lastPlace == .quiz(quizID: "q"))
    }

    @Test func finishingRecordsOneAttemptWithItsScore() {
        var recorder = ProgressRecorder(progress: Progress())
        recorder.apply(.quizSaved(snapshot(answers: [:], index: 0, left: 60)), now: 1000, day: day)
        let answer = AnswerRecord(questionID: "a", answer: .choice(1), correct: true, seconds: 4)
        recorder.apply(.quizFinished(snapshot(answers: ["a": answer], index: 2, left: 0)), now: 1060, day: day)
        #expect(recorder.progress.runningQuiz == nil)
        let attempts = recorder.progress.quizzes["q"]?.attempts ?? []
        #expect(attempts.count == 1)
        #expect(attempts.first?.started == 1000)
        #expect(attempts.first?.ended == 1060)
        #expect(attempts.first?.answers.map(\.answer) == [.choice(1), .unanswered])
        #expect(recorder.progress.quizzes["q"]?.bestScore == QuizScore(correct: 1, total: 2))
        #expect(recorder.progress.totalStudySeconds == 4)
    }
}

import Testing
@testable import TutorCore

@Suite("Progress reset: what a section, a quiz or everything loses")
struct ProgressResetTests {
    @Test("a section loses its whole entry and a continue place inside it; totals and other sections stay")
    func section() throws {
        let progress = sampleProgress()
        let reset = try progress.resetting(.section("intro"))
        #expect(reset.sections["intro"] == nil)
        #expect(reset.sections["linear-algebra"] == progress.sections["linear-algebra"])
        #expect(reset.lastPlace == .menu)
        #expect(reset.totalStudySeconds == progress.totalStudySeconds)
        #expect(reset.studyDays == progress.studyDays)
        #expect(reset.quizzes == progress.quizzes)
        #expect(reset.runningQuiz == progress.runningQuiz)
    }

    @Test("a continue place in another section is kept")
    func sectionKeepsOtherPlace() throws {
        var progress = sampleProgress()
        progress.lastPlace = .reader(sectionID: "linear-algebra", line: 3)
        #expect(try progress.resetting(.section("intro")).lastPlace == .reader(sectionID: "linear-algebra", line: 3))
    }

    @Test("a quiz loses its attempts and best score; another quiz's running attempt stays")
    func quiz() throws {
        let progress = sampleProgress()
        let reset = try progress.resetting(.quiz("basics"))
        #expect(reset.quizzes["basics"] == nil)
        #expect(reset.runningQuiz?.quizID == "stats")
        #expect(reset.reviewLog == progress.reviewLog)
        #expect(reset.sections == progress.sections)
    }

    @Test("a quiz that is only running can be reset, which ends the run and the place on it")
    func runningQuiz() throws {
        var progress = sampleProgress()
        progress.lastPlace = .quiz(quizID: "stats")
        #expect(progress.quizIDsWithProgress == ["basics", "stats"])
        let reset = try progress.resetting(.quiz("stats"))
        #expect(reset.runningQuiz == nil)
        #expect(reset.lastPlace == .menu)
        #expect(reset.quizzes == progress.quizzes)
    }

    @Test("all gives a fresh progress")
    func all() throws {
        #expect(try sampleProgress().resetting(.all) == Progress())
    }

    @Test("an id without progress is refused and the message lists the ids that have some")
    func unknownIDs() {
        #expect(throws: ProgressResetError.unknownSection(id: "nope", known: ["intro", "linear-algebra"])) {
            try sampleProgress().resetting(.section("nope"))
        }
        #expect(throws: ProgressResetError.unknownQuiz(id: "intro", known: ["basics", "stats"])) {
            try sampleProgress().resetting(.quiz("intro"))
        }
        #expect(ProgressResetError.unknownSection(id: "nope", known: ["a", "b"]).description
                == "no progress for section 'nope' (sections with progress: a, b); nothing was changed")
        #expect(ProgressResetError.unknownQuiz(id: "q", known: ["a"]).description
                == "no progress for quiz 'q' (quizzes with progress: a); nothing was changed")
        #expect(ProgressResetError.unknownQuiz(id: "q", known: []).description
                == "no progress for quiz 'q' (no quiz has progress); nothing was changed")
    }

    @Test("the preview says what will be lost, with titles when known")
    func preview() {
        let progress = sampleProgress()
        #expect(progress.resetPreview(.section("intro"), titles: ["intro": "Introduction"])
                == "section 'intro' (Introduction): read mark, line 42, 20 min 35 s of reading")
        #expect(progress.resetPreview(.section("linear-algebra")) == "section 'linear-algebra': not read, 0 s of reading")
        #expect(progress.resetPreview(.quiz("basics")) == "quiz 'basics': 1 attempt, best 3/6")
        #expect(progress.resetPreview(.quiz("stats")) == "quiz 'stats': 0 attempts, the unfinished run")
        #expect(progress.resetPreview(.all) == "all progress (2 sections, 1 quiz attempt, 30 min 35 s of study time)")
    }
}

import TutorCore

/// The main menu: sections by number, letters for continue, resume, quizzes, search and quit.
extension PlainSession {
    func renderMenu(_ out: inout PlainOutput) {
        let read = finished.intersection(sections.map(\.id)).count
        out.say()
        out.say("Menu. \(read) of \(sections.count) sections read.")
        if let id = lastRead, let section = sections.first(where: { $0.id == id }) {
            out.say("c) Continue: \(section.title) (line \((positions[id] ?? 0) + 1))")
        }
        if resumable != nil { out.say("r) " + resumeTitle()) }
        let due = dueReviewIDs.count
        if due > 0 { out.say("v) Review: \(due) \(due == 1 ? "question" : "questions") due for spaced review") }
        if due == 0, !practiceIDs.isEmpty { out.say("m) Practice more (nothing is due; does not change the schedule)") }
        for (index, section) in sections.enumerated() {
            var notes: [String] = []
            if section.kind == .concept { notes.append("lesson") }
            if finished.contains(section.id) { notes.append("read") }
            out.say("\(index + 1)) \(section.title)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))"))
        }
        if !quizzes.isEmpty {
            let questions = quizzes.reduce(0) { $0 + $1.questions.count }
            out.say("z) Timed quizzes (\(quizzes.count) \(quizzes.count == 1 ? "quiz" : "quizzes"), \(questions) questions)")
        }
        out.say("s) Search all sections")
        out.say("q) Quit")
    }

    /// "Resume quiz: t-tests, question 4 of 10, 2:31 left".
    func resumeTitle() -> String {
        guard let running = resumable else { return "Resume quiz" }
        let title = quizzes.first { $0.id == running.quizID }?.title ?? running.title ?? running.quizID
        var text = "Resume quiz: \(title), question \(min(running.currentIndex + 1, running.questionOrder.count)) of \(running.questionOrder.count)"
        if let seconds = running.secondsRemaining { text += ", \(AnswerText.clock(Int(seconds.rounded(.up)))) left" }
        return text
    }

    mutating func handleMenu(_ input: String, now: Duration, _ out: inout PlainOutput) {
        if input.hasPrefix("/") {
            search(String(input.dropFirst()), &out)
            return
        }
        if let number = Int(input) {
            guard sections.indices.contains(number - 1) else {
                out.say("There is no section \(number): the sections are numbered 1 to \(sections.count).")
                return
            }
            openSection(number - 1, at: positions[sections[number - 1].id] ?? 0, announce: true, &out)
            return
        }
        switch input.lowercased() {
        case "":
            renderMenu(&out)
        case "h", "?", "help":
            out.say(Self.helpLines)
        case "q", "quit", "exit":
            quit(&out)
        case "c" where lastRead != nil:
            guard let index = sections.firstIndex(where: { $0.id == lastRead }) else { return }
            openSection(index, at: positions[sections[index].id] ?? 0, announce: true, &out)
        case "r" where resumable != nil:
            resumeQuiz(now: now, &out)
        case "v" where !dueReviewIDs.isEmpty:
            startReview(scheduled: true, now: now, &out)
        case "m" where !practiceIDs.isEmpty:
            startReview(scheduled: false, now: now, &out)
        case "z" where !quizzes.isEmpty:
            push(.quizList)
            renderQuizList(&out)
        case "s", "/":
            push(.searchPrompt)
            renderSearchPrompt(&out)
        default:
            out.say("'\(input)' is not on the menu: type a section number (1 to \(sections.count)) or a letter shown above; h explains.")
        }
    }
}

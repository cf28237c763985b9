import TutorCore
@testable import TutorUI

/// Drives a `PlainSession` with typed lines at scripted times, keeping the transcript and the
/// progress the effects produce (through the same `ProgressRecorder` the executable uses).
struct PlainScript {
    var session: PlainSession
    var recorder: ProgressRecorder
    /// Everything printed, in order.
    var transcript = ""
    /// The text printed in reply to the last line.
    var last = ""
    var effects: [Effect] = []
    var now: Duration = .zero
    let day = CivilDay(secondsSince1970: 1_800_000_000)

    init(sections: [Section] = Samples.sections, quizzes: [Quiz] = [PlainScript.quiz], progress: Progress = Progress(), seed: UInt64 = 3) {
        session = PlainSession(sections: sections, quizzes: quizzes, progress: progress, seed: seed)
        recorder = ProgressRecorder(progress: progress)
        recorder.generatorOfQuestion = AppState.generatorOfQuestion(in: quizzes)
        // As the executable does: the saved progress and the wall clock before the first line.
        session.receiveContext(context, now: now)
        last = session.start().text
        transcript = last
    }

    /// Sends one line `after` the previous one; returns the reply's text.
    @discardableResult
    mutating func type(_ line: String, after: Duration = .seconds(1)) -> String {
        now += after
        record(session.receive(line, now: now))
        return last
    }

    mutating func endOfInput(after: Duration = .seconds(1)) {
        now += after
        record(session.endOfInput(now: now))
    }

    private mutating func record(_ reply: PlainSession.Reply) {
        last = reply.text
        transcript += reply.text
        effects += reply.effects
        for effect in reply.effects {
            recorder.apply(effect, now: wallNow, day: day)
        }
        if !reply.effects.isEmpty { session.receiveContext(context, now: now) }
    }

    /// The wall clock the script's effects are recorded at: a fixed start moved on by `now`.
    var wallNow: Double { 1_800_000_000 + Double(now.components.seconds) }

    var context: ProgressContext {
        ProgressContext(progress: recorder.progress, wallNow: wallNow, utcOffsetSeconds: 0)
    }

    /// The number printed before the choice whose text is `text`, read from the last reply
    /// (choices are shuffled, so a test finds its answer the way a learner would).
    func number(ofChoice text: String) -> String? {
        for line in last.split(separator: "\n") {
            if let close = line.firstIndex(of: ")"), line[line.index(after: close)...] == " " + text, Int(line[..<close]) != nil {
                return String(line[..<close])
            }
        }
        return nil
    }

    /// A quiz with one question of each kind, two minutes on the clock.
    static let quiz = Quiz(id: "sample", title: "Sample quiz", topic: "testing", timeLimit: 120, sectionID: "concept-chi", questions: [
        QuizSamples.single, QuizSamples.numeric, QuizSamples.trueFalse, QuizSamples.multiple, QuizSamples.matrix,
    ])
}

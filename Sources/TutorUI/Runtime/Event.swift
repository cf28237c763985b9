import TutorCore

/// Everything that can happen to the application; the only inputs `AppState.update` accepts.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// Monotonic time since the program started; time is an input, never read inside logic.
    case tick(now: Duration)
    case resize(Size)
    /// SIGTERM or SIGHUP arrived: save and leave.
    case terminate
    /// The program was suspended (Ctrl-Z) for this long and is running again; quiz clocks skip it.
    case resumed(pausedFor: Duration)
    /// The saved progress and the wall clock, after a save or at start.
    case context(ProgressContext)
    /// The quizzes and skills, parsed after the first frame was drawn (see `AppState.loadingQuizzes`).
    case quizzesLoaded(quizzes: [Quiz], skills: [Skill])
    /// A message for the learner from outside the app (a failed save, a damaged progress file);
    /// nil clears it.
    case notice(String?)
}

/// Work the run loop performs on the state's behalf: the only way the outside world changes.
public enum Effect: Hashable, Sendable {
    case quit
    case openedSection(id: String)
    case scrolled(sectionID: String, line: Int)
    case finishedSection(id: String)
    case closedSection(id: String, line: Int)
    /// A quiz attempt changed (started, answered, clock saved, left): save it so it can resume.
    /// `started` is 0 here; the recorder keeps the wall-clock start it stamped when the attempt began.
    case quizSaved(RunningQuiz)
    /// A quiz attempt ended: record it with its score.
    case quizFinished(RunningQuiz)
    /// The learner marked a skill (nil clears the mark).
    case setSkill(id: String, level: SkillLevel?)
    /// A scheduled review was answered at wall-clock `time`; the scheduler records it.
    case reviewed(itemID: String, outcome: AnswerOutcome, time: Double)
}

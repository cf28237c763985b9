/// Everything the progress dashboard shows, computed from progress and content by a pure function.
///
/// It lives in the core, not the UI, because it is arithmetic over the progress model (counts,
/// windows of recent answers, streaks) with no drawing in it; the screen only formats it. Only
/// content the learner can see is summarised: progress kept for ids the content no longer has
/// stays in the file (see `Progress`) but is not counted here.
public struct DashboardModel: Hashable, Sendable {
    /// How many recent answers per topic the mastery bars are based on: recent enough to show
    /// improvement, enough answers that one lucky guess does not swing the bar much.
    public static let masteryWindow = 20

    /// Content sections the learner has read to the end.
    public var sectionsRead: Int
    public var sectionsTotal: Int
    /// One entry per topic that has answers, sorted by topic name.
    public var mastery: [TopicMastery]
    /// One entry per content quiz, in the order given.
    public var quizzes: [QuizSummary]
    public var totalStudySeconds: Double
    public var streak: StudyStreak
    public var skills: SkillTally
    /// Review items due on each of the next 14 days (today first, overdue included); empty
    /// when the dashboard was built without a wall clock or nothing is scheduled.
    public var reviewForecast: [DueDayCount] = []
    /// The scheduler's predicted chance of recalling each topic's items now.
    public var recall: [TopicRecall] = []

    public init(sectionsRead: Int, sectionsTotal: Int, mastery: [TopicMastery], quizzes: [QuizSummary],
                totalStudySeconds: Double, streak: StudyStreak, skills: SkillTally) {
        self.sectionsRead = sectionsRead
        self.sectionsTotal = sectionsTotal
        self.mastery = mastery
        self.quizzes = quizzes
        self.totalStudySeconds = totalStudySeconds
        self.streak = streak
        self.skills = skills
    }

    /// Summarises `progress` as of wall-clock `now`, including the review forecast and predicted recall.
    public init(progress: Progress, sections: [Section], quizzes: [Quiz], skills: [Skill], now: Double, utcOffsetSeconds: Int) {
        self.init(progress: progress, sections: sections, quizzes: quizzes, skills: skills,
                  today: CivilDay(secondsSince1970: now, utcOffsetSeconds: utcOffsetSeconds))
        guard !progress.review.cards.isEmpty else { return }
        reviewForecast = progress.review.dueForecast(now: now, utcOffsetSeconds: utcOffsetSeconds)
        recall = progress.review.predictedRecall(byTopic: ReviewItemID.topics(of: quizzes), now: now, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// Summarises `progress` for the given content as of `today` (the caller's local day).
    public init(progress: Progress, sections: [Section], quizzes: [Quiz], skills: [Skill], today: CivilDay) {
        let read = sections.filter { progress.sections[$0.id]?.finished == true }.count
        self.init(
            sectionsRead: read,
            sectionsTotal: sections.count,
            mastery: Self.mastery(progress: progress, quizzes: quizzes),
            quizzes: quizzes.map { Self.summary(of: $0, progress: progress.quizzes[$0.id]) },
            totalStudySeconds: progress.totalStudySeconds.isFinite ? max(0, progress.totalStudySeconds) : 0,
            streak: progress.streak(today: today),
            skills: SkillTally(skills: skills, levels: progress.skills)
        )
    }

    /// Every attempt of every quiz, in the order they ended; ties keep a fixed order by quiz id.
    static func chronological(_ progress: Progress) -> [QuizAttempt] {
        let all = progress.quizzes.keys.sorted().flatMap { id in
            (progress.quizzes[id]?.attempts ?? []).enumerated().map { (id, $0.offset, $0.element) }
        }
        return all.sorted { ($0.2.ended, $0.0, $0.1) < ($1.2.ended, $1.0, $1.1) }.map(\.2)
    }

    /// Per topic, the share right among its last `masteryWindow` answers.
    ///
    /// A question counts for each of its topics. Answers to questions the content no longer has
    /// count for their quiz's topic when the quiz still exists, and are skipped otherwise: there is
    /// no way to know what they were about. Unanswered questions (time ran out) count as wrong,
    /// as they do in the quiz score.
    static func mastery(progress: Progress, quizzes: [Quiz]) -> [TopicMastery] {
        var topicsOfQuestion: [String: [String]] = [:]
        var topicOfQuiz: [String: String] = [:]
        for quiz in quizzes {
            topicOfQuiz[quiz.id] = quiz.topic
            for question in quiz.questions {
                topicsOfQuestion[question.id] = question.topics.isEmpty ? [quiz.topic] : question.topics
            }
        }
        var outcomes: [String: [Bool]] = [:]
        for attempt in chronological(progress) {
            for answer in attempt.answers {
                let topics = topicsOfQuestion[answer.questionID] ?? topicOfQuiz[attempt.quizID].map { [$0] } ?? []
                for topic in Set(topics) { outcomes[topic, default: []].append(answer.correct) }
            }
        }
        return outcomes.keys.sorted().compactMap { topic in
            guard let recent = outcomes[topic]?.suffix(masteryWindow), !recent.isEmpty else { return nil }
            return TopicMastery(topic: topic, correct: recent.filter { $0 }.count, answered: recent.count)
        }
    }

    /// A quiz's best, last and history; the best recorded score wins over the attempts' own,
    /// since a migrated draft may know a best score whose attempt was not kept.
    static func summary(of quiz: Quiz, progress: QuizProgress?) -> QuizSummary {
        let attempts = (progress?.attempts ?? []).enumerated()
            .sorted { ($0.element.ended, $0.offset) < ($1.element.ended, $1.offset) }
            .map(\.element)
        let bestOfAttempts = attempts.map(\.score).reduce(nil as QuizScore?) { best, score in
            guard let best else { return score }
            return score.isBetter(than: best) ? score : best
        }
        let best: QuizScore?
        switch (progress?.bestScore, bestOfAttempts) {
        case let (recorded?, seen?): best = seen.isBetter(than: recorded) ? seen : recorded
        case let (recorded, seen): best = recorded ?? seen
        }
        return QuizSummary(quizID: quiz.id, title: quiz.title, best: best, last: attempts.last?.score,
                           history: attempts.map(\.score.fraction))
    }
}

import TutorCore
import TutorUI

/// A dashboard and a checklist with known numbers, built in code so each frame test shows its inputs.
enum DashboardSamples {
    static let model = DashboardModel(
        sectionsRead: 9, sectionsTotal: 18,
        mastery: [
            TopicMastery(topic: "anova", correct: 3, answered: 4),
            TopicMastery(topic: "hypothesis-testing-in-practice", correct: 20, answered: 20),
            TopicMastery(topic: "t-tests", correct: 0, answered: 20),
        ],
        quizzes: [
            QuizSummary(quizID: "ttest-basics", title: "t-tests — the basics", best: QuizScore(correct: 9, total: 10),
                        last: QuizScore(correct: 7, total: 10), history: [0, 0.25, 0.5, 0.75, 1, 0.7]),
            QuizSummary(quizID: "anova-practice", title: "ANOVA practice: worked problems with real data",
                        best: nil, last: nil, history: []),
        ],
        totalStudySeconds: 3 * 3600 + 5 * 60 + 59,
        streak: StudyStreak(current: 4, longest: 9, studiedToday: false),
        skills: SkillTally(have: 5, learning: 3, notYet: 14))

    static let skills = [
        Skill(id: "skill-teamwork", name: "Teamwork", kind: .soft,
              why: "ML work is shared with data, software and product people; agree on interfaces early.",
              sectionID: "soft-skills"),
        Skill(id: "skill-linux", name: "Linux and Unix command line", kind: .technical,
              why: "Training and serving run on Linux servers.", sectionID: "technical-skills"),
        Skill(id: "skill-python", name: "Python", kind: .technical,
              why: "The working language of ML.", sectionID: "python-for-ml"),
    ]
}

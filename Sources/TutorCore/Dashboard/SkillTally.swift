/// How many skills of the catalogue the learner has, is learning, or does not have yet.
public struct SkillTally: Hashable, Sendable {
    public var have: Int
    public var learning: Int
    /// Skills marked "not yet" plus skills never marked: both mean the learner does not claim them.
    public var notYet: Int

    public init(have: Int, learning: Int, notYet: Int) {
        self.have = have
        self.learning = learning
        self.notYet = notYet
    }

    public var total: Int { have + learning + notYet }

    /// Counts the levels of `skills` in `levels`; levels of ids the catalogue lacks are ignored.
    public init(skills: [Skill], levels: [String: SkillLevel]) {
        var have = 0, learning = 0, notYet = 0
        for skill in skills {
            switch levels[skill.id] {
            case .have: have += 1
            case .learning: learning += 1
            case .notYet, nil: notYet += 1
            }
        }
        self.init(have: have, learning: learning, notYet: notYet)
    }
}

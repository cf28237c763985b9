/// One entry of the skills checklist: something an ML engineer needs, and where the guide teaches it.
///
/// Skills come from `Content/skills.yaml`; the learner's own level for each is kept in
/// `Progress.skills` under the skill's `id`.
public struct Skill: Hashable, Sendable, Identifiable {
    /// Whether a skill is technical (tools, maths, engineering) or soft (working with people and problems).
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case technical
        case soft
    }

    /// Stable id, unique across all content; progress files key on it.
    public var id: String
    /// Short name shown in the checklist, such as "Linux and Unix".
    public var name: String
    public var kind: Kind
    /// One line on why the skill matters, shown under the selected skill.
    public var why: String
    /// The guide or concept section that teaches the skill.
    public var sectionID: String
    /// The 1-based line of the skill's entry in its file, for messages.
    public var line: Int

    public init(id: String, name: String, kind: Kind, why: String, sectionID: String, line: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.why = why
        self.sectionID = sectionID
        self.line = line
    }
}

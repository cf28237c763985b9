/// The learner's own assessment of one skill on the checklist.
///
/// Stored as its raw string. Adding a level is a schema change (older builds cannot read it).
public enum SkillLevel: String, Hashable, Sendable, Codable, CaseIterable {
    case have
    case learning
    case notYet
}

/// Where the learner was when the program last saved, so it can reopen there.
///
/// Stored as `{"screen": "reader", "section": "intro", "line": 40}`. A screen name this build does
/// not know (written by a later patch) decodes as `.menu`: losing the place is harmless, refusing
/// the whole file over it would not be.
public enum LastPlace: Hashable, Sendable, Codable {
    case menu
    case reader(sectionID: String, line: Int)
    case quiz(quizID: String)
    case review
    case skills
    case progress

    private enum CodingKeys: String, CodingKey {
        case screen, section, line, quiz
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let screen = try c.decode(String.self, forKey: .screen)
        switch screen {
        case "reader":
            self = .reader(sectionID: try c.decode(String.self, forKey: .section),
                           line: try c.decodeIfPresent(Int.self, forKey: .line) ?? 0)
        case "quiz": self = .quiz(quizID: try c.decode(String.self, forKey: .quiz))
        case "review": self = .review
        case "skills": self = .skills
        case "progress": self = .progress
        default: self = .menu
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .menu: try c.encode("menu", forKey: .screen)
        case .reader(let section, let line):
            try c.encode("reader", forKey: .screen)
            try c.encode(section, forKey: .section)
            try c.encode(line, forKey: .line)
        case .quiz(let quiz):
            try c.encode("quiz", forKey: .screen)
            try c.encode(quiz, forKey: .quiz)
        case .review: try c.encode("review", forKey: .screen)
        case .skills: try c.encode("skills", forKey: .screen)
        case .progress: try c.encode("progress", forKey: .screen)
        }
    }
}

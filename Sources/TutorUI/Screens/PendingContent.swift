/// Content the menu already knows is coming but that is still being parsed after the first frame.
///
/// The executable knows cheaply whether there are quiz files or a skills file (a folder listing);
/// parsing them is what takes time. Rows for what is pending show "loading…" until
/// `Event.quizzesLoaded` brings it, so the menu does not move when it arrives.
public struct PendingContent: Hashable, Sendable {
    public var quizzes: Bool
    public var skills: Bool

    public init(quizzes: Bool, skills: Bool) {
        self.quizzes = quizzes
        self.skills = skills
    }

    /// Nothing pending: everything was parsed before the state was made.
    public static let none = PendingContent(quizzes: false, skills: false)

    public var isEmpty: Bool { !quizzes && !skills }
}

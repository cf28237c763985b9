/// One guide section or concept lesson: front matter plus a Markdown body.
public struct Section: Hashable, Sendable, Identifiable {
    /// What kind of page a section is; concept lessons teach the maths behind the guide.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case guide
        case concept
    }

    /// Stable identifier used as the key in progress files; never a position.
    public var id: String
    public var title: String
    /// Sort key for the menu; ties are broken by id so the order is deterministic.
    public var order: Int
    public var topics: [String]
    public var kind: Kind
    /// The Markdown body after the front matter.
    public var body: String
    /// The file the section came from, for `file:line` messages.
    public var path: String
    /// The 1-based line of `path` on which `body` starts.
    public var bodyLine: Int

    public init(
        id: String, title: String, order: Int, topics: [String] = [], kind: Kind = .guide,
        body: String, path: String = "", bodyLine: Int = 1
    ) {
        self.id = id
        self.title = title
        self.order = order
        self.topics = topics
        self.kind = kind
        self.body = body
        self.path = path
        self.bodyLine = bodyLine
    }
}

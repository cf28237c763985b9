/// What the learner has done with one guide section.
///
/// Timestamps are seconds since 1970-01-01 00:00 UTC, as everywhere in `Progress`.
public struct SectionProgress: Hashable, Sendable, Codable {
    /// How many times the section was opened in the reader.
    public var openCount: Int
    /// When the section was first opened; nil for progress migrated from a draft that did not record it.
    public var firstOpened: Double?
    public var lastOpened: Double?
    /// The first visible line when the reader last left the section, so it can resume there.
    public var scrollLine: Int
    /// Set when the learner reaches the end or marks the section done.
    public var finished: Bool
    /// Reading time credited to this section.
    public var secondsSpent: Double

    public init(
        openCount: Int = 0, firstOpened: Double? = nil, lastOpened: Double? = nil,
        scrollLine: Int = 0, finished: Bool = false, secondsSpent: Double = 0
    ) {
        self.openCount = openCount
        self.firstOpened = firstOpened
        self.lastOpened = lastOpened
        self.scrollLine = scrollLine
        self.finished = finished
        self.secondsSpent = secondsSpent
    }

    private enum CodingKeys: String, CodingKey {
        case openCount, firstOpened, lastOpened, scrollLine, finished, secondsSpent
    }

    /// Missing members take their defaults, so a field added by a later patch never breaks older files.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        openCount = try c.decodeIfPresent(Int.self, forKey: .openCount) ?? 0
        firstOpened = try c.decodeIfPresent(Double.self, forKey: .firstOpened)
        lastOpened = try c.decodeIfPresent(Double.self, forKey: .lastOpened)
        scrollLine = try c.decodeIfPresent(Int.self, forKey: .scrollLine) ?? 0
        finished = try c.decodeIfPresent(Bool.self, forKey: .finished) ?? false
        secondsSpent = try c.decodeIfPresent(Double.self, forKey: .secondsSpent) ?? 0
    }
}

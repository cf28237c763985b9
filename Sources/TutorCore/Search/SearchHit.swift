/// One line of one section that contains the query.
public struct SearchHit: Hashable, Sendable {
    /// The stable id of the section.
    public var sectionID: String
    /// The section's title, for lists of hits.
    public var sectionTitle: String
    /// The index of the line in the section's lines as they were given to the index.
    public var line: Int
    /// The whole line, as given: the context shown around the match.
    public var text: String
    /// Every match in the line, as ranges of `Character` offsets into `text`, in order.
    public var ranges: [Range<Int>]

    public init(sectionID: String, sectionTitle: String, line: Int, text: String, ranges: [Range<Int>]) {
        self.sectionID = sectionID
        self.sectionTitle = sectionTitle
        self.line = line
        self.text = text
        self.ranges = ranges
    }

    /// The first match in the line.
    public var range: Range<Int> { ranges.first ?? 0..<0 }
}

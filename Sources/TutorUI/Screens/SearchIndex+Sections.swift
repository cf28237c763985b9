import TutorCore

extension SearchIndex {
    /// An index of `sections` laid out as the reader lays them out in a frame `frameWidth` wide,
    /// so a hit's line is the reader's line at that width (rebuild it when the width changes).
    public init(sections: [Section], frameWidth: Int) {
        self.init(documents: sections.map { section in
            var reader = ReaderScreen(section: section)
            reader.layout(width: frameWidth)
            return Document(id: section.id, title: section.title, lines: reader.lines.map(\.text))
        })
    }
}

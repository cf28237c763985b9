/// The block structure of the Markdown subset the reader supports.
///
/// Supported: `##`/`###` headings, paragraphs, bullet and numbered lists (nested by indentation),
/// fenced code blocks, pipe tables, block quotes and horizontal rules. Inline markup is kept as text
/// here and parsed by `InlineParser` when laid out.
public indirect enum MarkdownBlock: Hashable, Sendable {
    case heading(level: Int, text: String)
    case paragraph(String)
    case list(ordered: Bool, items: [ListItem])
    case code(language: String, lines: [String])
    case table(header: [String], alignments: [TableAlignment], rows: [[String]])
    case quote([MarkdownBlock])
    case rule

    /// One list item: its marker number (for ordered lists) and its nested blocks.
    public struct ListItem: Hashable, Sendable {
        public var number: Int
        public var blocks: [MarkdownBlock]

        public init(number: Int, blocks: [MarkdownBlock]) {
            self.number = number
            self.blocks = blocks
        }
    }
}

/// Column alignment declared by a table's separator row (`:--`, `:-:`, `--:`).
public enum TableAlignment: Hashable, Sendable {
    case left, center, right
}

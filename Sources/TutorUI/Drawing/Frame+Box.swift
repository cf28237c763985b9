extension Frame {
    /// Clears a centred box of `width`×`height` cells, draws its border with `title` in the top edge,
    /// and returns its top-left corner, for overlays drawn over the current screen.
    @discardableResult
    public mutating func centredBox(width boxWidth: Int, height boxHeight: Int, title: String) -> (left: Int, top: Int) {
        let left = max(0, (width - boxWidth) / 2)
        let top = max(0, (height - boxHeight) / 2)
        let border = Style(bold: true, color: .accent)
        for r in 0..<boxHeight { fill(row: top + r, from: left, width: boxWidth, style: .plain) }
        put("┌" + String(repeating: "─", count: max(0, boxWidth - 2)) + "┐", row: top, column: left, style: border)
        put(" \(title) ", row: top, column: left + 2, style: border, maxWidth: max(0, boxWidth - 4))
        for r in 1..<max(1, boxHeight - 1) {
            put("│", row: top + r, column: left, style: border)
            put("│", row: top + r, column: left + boxWidth - 1, style: border)
        }
        put("└" + String(repeating: "─", count: max(0, boxWidth - 2)) + "┘", row: top + boxHeight - 1, column: left, style: border)
        return (left, top)
    }
}

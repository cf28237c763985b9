/// Text gauges that read without colour: a bar of █ and ░, and a sparkline of ▁…█.
public enum Meter {
    /// A bar `width` cells wide, `fraction` of it filled with █ and the rest ░.
    ///
    /// Rounded to the nearest cell, except that a fraction above zero always shows at least one
    /// filled cell and a fraction below one always leaves one empty cell: a full bar must mean done,
    /// an empty one nothing at all.
    public static func bar(_ fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        var filled = Int((f * Double(width)).rounded())
        if f > 0 { filled = max(1, filled) }
        if f < 1 { filled = min(width - 1, filled) }
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// The eight block heights, lowest first.
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value (each a fraction 0…1), keeping the last `maxCount` values.
    ///
    /// 0 draws ▁ and 1 draws █, so a perfect score is always the full block.
    public static func sparkline(_ values: [Double], maxCount: Int) -> String {
        String(values.suffix(max(0, maxCount)).map { value in
            let f = value.isFinite ? min(1, max(0, value)) : 0
            return levels[Int((f * Double(levels.count - 1)).rounded())]
        })
    }

    /// `part` of `total` as a whole percentage, rounded down in integers, so 199 of 200 shows 99 %
    /// rather than a finished 100 %, and 29 of 100 is not lost to binary rounding as 28.
    public static func percent(_ part: Int, of total: Int) -> Int {
        total > 0 ? max(0, part) * 100 / total : 0
    }

    /// Study time as hours and minutes, such as "3h 05m" or "0h 12m"; seconds are dropped.
    public static func hoursMinutes(_ seconds: Double) -> String {
        let total = seconds.isFinite ? Int(max(0, seconds) / 60) : 0
        let minutes = total % 60
        return "\(total / 60)h \(minutes < 10 ? "0" : "")\(minutes)m"
    }

    /// `text` cut or padded with spaces to exactly `width` cells; a cut ends in "…".
    public static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let w = DisplayWidth.of(text)
        if w <= width { return text + String(repeating: " ", count: width - w) }
        var result = ""
        var used = 0
        for character in text {
            let cw = DisplayWidth.of(character)
            if used + cw > width - 1 { break }
            result.append(character)
            used += cw
        }
        return result + "…" + String(repeating: " ", count: width - 1 - used)
    }
}

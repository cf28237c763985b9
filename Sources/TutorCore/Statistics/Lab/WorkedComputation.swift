/// A computation written out step by step: the formula, the numbers filled in, the result.
public struct WorkedComputation: Hashable, Sendable {
    /// The test's name, e.g. "Welch two-sample t test".
    public var title: String
    /// The working, one line each, ready to print or to lay out on a screen.
    public var lines: [String]

    public init(title: String, lines: [String]) {
        self.title = title
        self.lines = lines
    }
}

/// Shorthand used by the worked-solution builders.
func fmt(_ x: Double, _ digits: Int = 6) -> String {
    NumberFormatting.format(x, significantDigits: digits)
}

/// p-values are shown to four significant digits.
func fmtP(_ p: Double) -> String {
    NumberFormatting.format(p, significantDigits: 4)
}

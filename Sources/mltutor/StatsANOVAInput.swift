import TutorCore

/// Reads ANOVA data written one observation per line as `group value`.
///
/// Groups keep the order in which their labels first appear, and each value keeps its decimal
/// text, so that the engine can centre the data exactly before converting to binary.
struct StatsANOVAInput {
    /// The group labels in order of first appearance.
    var labels: [String] = []
    /// The values of each group as written, parallel to `labels`.
    var groups: [[String]] = []
    /// The line of the first observation, where data-level errors are reported.
    var firstLine = 1

    /// Parses `text`; `#` starts a comment, blank lines are skipped, and the label and value may
    /// be separated by spaces, tabs or a comma.
    ///
    /// - Throws: `LabInputError` for a line without exactly a label and a number, or no data.
    init(text: String, path: String) throws {
        var index: [String: Int] = [:]
        var sawData = false
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let tokens = content.split { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" || $0 == ";" }
            if tokens.isEmpty { continue }
            guard tokens.count == 2 else {
                throw LabInputError(path: path, line: line,
                                    message: "expected 'group value' (two fields), found \(tokens.count) field\(tokens.count == 1 ? "" : "s")")
            }
            let value = tokens[1]
            guard ExactDecimal(value) != nil, let double = Double(value), double.isFinite else {
                throw LabInputError(path: path, line: line, message: "'\(value)' is not a number")
            }
            let label = String(tokens[0])
            if !sawData {
                firstLine = line
                sawData = true
            }
            if let position = index[label] {
                groups[position].append(String(value))
            } else {
                index[label] = labels.count
                labels.append(label)
                groups.append([String(value)])
            }
        }
        guard sawData else { throw LabInputError(path: path, line: 1, message: "no observations found") }
    }
}

/// What the committed part of a review log file holds: its first N complete lines, parsed.
///
/// A line is complete when its newline is there; a last line without one is what a save cut short
/// leaves behind. Lines after the first N are uncommitted leftovers (see `ProgressStore.save`) and
/// are not parsed at all.
struct ReviewLogContents: Hashable, Sendable {
    /// One line of the log that is not a review.
    struct LineProblem: Hashable, Sendable {
        /// 1-based.
        var line: Int
        var message: String
    }

    /// Every valid entry among the committed lines, in file order.
    var entries: [ReviewLogEntry]
    /// How many lines the document commits.
    var committed: Int
    /// How many complete lines were found among those (less than `committed` when the file is short).
    var completeLines: Int
    /// The byte length of the committed lines; where the next line goes.
    var committedByteLength: Int
    /// The file's whole length; more than `committedByteLength` when leftovers follow.
    var totalByteLength: Int
    var problems: [LineProblem]

    /// Whether every committed line is there and valid.
    var isIntact: Bool { completeLines == committed && problems.isEmpty }

    /// Parses the first `committed` complete lines of `bytes`.
    static func parse(_ bytes: [UInt8], committed: Int) -> ReviewLogContents {
        var entries: [ReviewLogEntry] = []
        entries.reserveCapacity(committed)
        var problems: [LineProblem] = []
        var lineStart = 0
        var lines = 0
        bytes.withUnsafeBufferPointer { buffer in
            while lines < committed, lineStart < buffer.count {
                guard let newline = nextNewline(in: buffer, from: lineStart) else { break }
                lines += 1
                do throws(ReviewLogLineParser.Failure) {
                    entries.append(try ReviewLogLineParser.parse(buffer, range: lineStart..<newline))
                } catch {
                    problems.append(LineProblem(line: lines, message: error.message))
                }
                lineStart = newline + 1
            }
        }
        return ReviewLogContents(entries: entries, committed: committed, completeLines: lines,
                                 committedByteLength: lineStart, totalByteLength: bytes.count, problems: problems)
    }

    private static func nextNewline(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < buffer.count {
            if buffer[index] == 0x0A { return index }
            index += 1
        }
        return nil
    }

    /// What is wrong, as `path:line: message` (the first bad line; the count of others follows), or
    /// `path: message` for a short file; nil when intact.
    func problem(path: String) -> String? {
        if let first = problems.first {
            let more = problems.count - 1
            return "\(path):\(first.line): \(first.message)"
                + (more > 0 ? " (and \(more) more bad " + (more == 1 ? "line" : "lines") + ")" : "")
        }
        if completeLines < committed {
            return "\(path): holds \(completeLines) complete " + (completeLines == 1 ? "line" : "lines")
                + " but the progress file records \(committed) reviews (it was cut short)"
        }
        return nil
    }
}

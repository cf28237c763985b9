/// What a store knows about its review log file between saves, so a save can append instead of rewriting.
///
/// It describes only what this store wrote or read (under the lock, nobody else writes the log).
struct ReviewLogBookkeeping: Sendable {
    /// The log's bare file name, beside the progress file.
    var logName: String
    /// How many entries the file is known to hold, as its first lines (written or read by this store).
    var count: Int
    /// The byte length of those lines: where the next line goes.
    var byteLength: Int
    /// The last of those entries, to check that memory's log still starts with what the file holds.
    var lastEntry: ReviewLogEntry?
    /// Set when the file cannot be extended: it was found damaged, or never read.
    var mustRewrite: Bool
    /// Set after a failed append, which may have left part of a line after `byteLength`.
    var tailMayBeDirty: Bool

    /// Whether `log` is what the file holds plus zero or more new entries at the end.
    func isExtended(by log: [ReviewLogEntry]) -> Bool {
        guard !mustRewrite, log.count >= count else { return false }
        return count == 0 || log[count - 1] == lastEntry
    }
}

/// A review log that does not hold what its progress file commits, and what was done about it.
///
/// Loading keeps every entry it can read. The store (which holds the lock) first copies the file
/// aside untouched, then rewrites the log with the kept entries at its next save; read-only views
/// (`ProgressSnapshot`) only report.
public struct ReviewLogDamage: Hashable, Sendable {
    /// The log file.
    public var logPath: String
    /// What is wrong, as `path:line: message`, or `path: message` for a missing or short file.
    public var problem: String
    /// Reviews read from the file.
    public var keptEntries: Int
    /// Reviews the progress file commits.
    public var committedEntries: Int
    /// Where the damaged file was copied; nil when nothing was copied (no file, or a read-only view).
    public var copyPath: String?

    public init(logPath: String, problem: String, keptEntries: Int, committedEntries: Int, copyPath: String? = nil) {
        self.logPath = logPath
        self.problem = problem
        self.keptEntries = keptEntries
        self.committedEntries = committedEntries
        self.copyPath = copyPath
    }

    /// A sentence for the learner: what was wrong, where the copy is, how many reviews were kept.
    public var notice: String {
        let copy = copyPath.map { " The damaged file was copied to \($0)." } ?? ""
        return "Your review log is damaged (\(problem)): \(keptEntries) of \(committedEntries) reviews were kept."
            + copy
    }
}

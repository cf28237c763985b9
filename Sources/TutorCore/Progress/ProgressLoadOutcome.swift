/// What happened when the store opened the progress file; the app shows this to the learner.
public enum ProgressLoadOutcome: Hashable, Sendable {
    /// There was no file: a first run (or a new path). The first save creates it.
    case fresh
    case loaded
    /// The file had an older schema and was upgraded in memory; the next save writes the new schema.
    /// The original bytes are kept beside it as `progress.json.schemaN-backup` (N = `fromVersion`).
    case migrated(fromVersion: Int)
    /// The file was damaged and has been renamed to `path`, bytes untouched; progress starts empty.
    case movedAside(path: String, reason: String)
    /// The file was written by a later mltutor: it is left untouched and the store is read-only.
    case newerSchema(version: Int)
    /// The file could not be used and could not be moved aside either; the store is read-only.
    case unusable(reason: String)
    /// The progress file was fine but its review log did not hold every committed review: the
    /// reviews that could be read were kept, and (when this store holds the lock) the damaged log
    /// was copied aside and is rewritten with them at the next save.
    case reviewLogDamaged(ReviewLogDamage)
}

/// Whether the store may write the progress file.
public enum ProgressAccess: Hashable, Sendable {
    case readWrite
    /// Saves throw `ProgressSaveError.readOnly(reason:)`; `reason` is a sentence for the learner.
    case readOnly(reason: String)

    public var isReadOnly: Bool {
        if case .readOnly = self { return true }
        return false
    }
}

extension ProgressLoadOutcome {
    /// A sentence to show the learner when opening found something worth knowing; nil when all is well.
    public var notice: String? {
        switch self {
        case .fresh, .loaded:
            return nil
        case .migrated(let version):
            return "Your progress file was upgraded from format \(version); the old copy is kept beside it."
        case .movedAside(let path, let reason):
            return "Your progress file was damaged (\(reason)). It was moved to \(path) and a new one was started."
        case .newerSchema(let version):
            return "Your progress file comes from a newer mltutor (format \(version)). It is shown but not changed: "
                + "progress from this session will not be saved."
        case .unusable(let reason):
            return "Your progress file cannot be used: \(reason). Progress from this session will not be saved."
        case .reviewLogDamaged(let damage):
            return damage.notice
        }
    }
}

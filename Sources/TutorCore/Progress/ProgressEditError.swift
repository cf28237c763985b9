/// Why changing the progress file from the command line was refused or failed.
///
/// Every case except `.save` after the backup means the progress file was not touched; `.save`
/// means the old bytes are still in place (an atomic write either happens whole or not at all).
public enum ProgressEditError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A running tutor (or another command) holds the lock.
    case locked(filePath: String, lockPath: String)
    case lockFailed(lockPath: String, code: Int32)
    /// The file is not usable progress; `problem` is `ProgressSnapshot.problem`.
    case unusable(problem: String)
    /// The file comes from a newer mltutor; this one must not rewrite it.
    case newerSchema(filePath: String, version: Int)
    case reset(ProgressResetError)
    /// Writing the backup or the new file failed.
    case save(ProgressSaveError)

    public var description: String {
        switch self {
        case .locked(let filePath, let lockPath):
            return "\(filePath): a running mltutor is using this progress file (lock \(lockPath)); "
                + "quit it and try again; nothing was changed"
        case .lockFailed(let lockPath, let code):
            return "\(lockPath): cannot lock the progress file: \(systemMessage(code)); nothing was changed"
        case .unusable(let problem):
            return problem + "; nothing was changed"
        case .newerSchema(let filePath, let version):
            return "\(filePath): progress file was written by a newer mltutor (schema \(version)); "
                + "this one does not change it; nothing was changed"
        case .reset(let error):
            return error.description
        case .save(let error):
            return "\(error); the progress file was not changed"
        }
    }
}

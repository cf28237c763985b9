/// Writes a whole file atomically, the way progress is saved: for exports the learner asks for.
///
/// A crash or a full disk leaves either the old file or the complete new one, never half an export.
/// The file gets mode 0600, as progress data is private; a symlink at `path` is followed, so the
/// link's target is replaced and the link kept.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(ProgressSaveError) {
        try AtomicFileWriter(operations: .system).write(bytes, to: ProgressFiles.resolvingSymlinks(path))
    }

    public static func write(_ text: String, to path: String) throws(ProgressSaveError) {
        try write(Array(text.utf8), to: path)
    }
}

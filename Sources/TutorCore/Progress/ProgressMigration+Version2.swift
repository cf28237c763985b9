/// The step from schema 1 to schema 2, where the review log moved to a file of its own.
///
/// A schema-1 document holds the log inline, and schema 2 still reads an inline log, so the tree
/// is kept as it is: the store writes the log file and the reference on its first save. The
/// version bump exists for older builds, which must open a document with a reference read-only
/// instead of saving it back with an empty log.
extension ProgressMigration {
    static let version1ToVersion2 = ProgressMigration(
        from: 1, summary: "the review log moved to its own file beside the progress file", keepsTree: true
    ) { document throws(ProgressMigrationError) in
        guard document.objectValue != nil else {
            throw ProgressMigrationError(fromVersion: 1, message: "the document is not an object")
        }
        return document
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The attempt history as JSON, for `mltutor export --format json`.
extension Progress {
    /// Every recorded attempt as `{"attempts": [...], "schemaVersion": 1}`, pretty-printed with sorted keys.
    ///
    /// Attempts go by quiz id, then in the order they were taken, the same order as
    /// `quizAttemptsCSV`; each has the members it has in the progress file (`quiz`, `started`,
    /// `ended`, `seed`, `score`, `answers`), so the two formats hold the same history.
    public func quizAttemptsJSON() throws(ProgressDocument.EncodingFailure) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let history = AttemptHistory(
            schemaVersion: Progress.currentSchemaVersion,
            attempts: quizzes.keys.sorted().flatMap { quizzes[$0]?.attempts ?? [] })
        do {
            return String(decoding: try encoder.encode(history), as: UTF8.self) + "\n"
        } catch {
            throw ProgressDocument.EncodingFailure(message: ProgressDocument.describe(error))
        }
    }
}

/// The exported document; `schemaVersion` says which attempt format the entries follow.
private struct AttemptHistory: Encodable {
    var schemaVersion: Int
    var attempts: [QuizAttempt]
}

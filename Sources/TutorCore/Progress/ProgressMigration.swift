/// Why an old progress document could not be brought up to the current schema.
public struct ProgressMigrationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The schema the failing step migrates from.
    public var fromVersion: Int
    public var message: String

    public init(fromVersion: Int, message: String) {
        self.fromVersion = fromVersion
        self.message = message
    }

    public var description: String { "cannot migrate schema \(fromVersion): \(message)" }
}

/// One step that rewrites a progress document of schema `from` into schema `from + 1`.
///
/// Steps work on the raw JSON tree because the Swift types only describe the current schema.
/// To change the format: bump `Progress.currentSchemaVersion`, add a step from the old number to
/// `chain`, and add a fixture of the old format under `Tests/Fixtures/progress/`.
public struct ProgressMigration: Sendable {
    public let from: Int
    /// One line saying what the step changes, for the log of a migrated load.
    public let summary: String
    /// Whether the step changes nothing but the version number, so an old document can be decoded
    /// as it is (see `ProgressDocument.decode`).
    public let keepsTree: Bool
    let transform: @Sendable (JSONValue) throws(ProgressMigrationError) -> JSONValue

    public init(from: Int, summary: String, keepsTree: Bool = false,
                transform: @escaping @Sendable (JSONValue) throws(ProgressMigrationError) -> JSONValue) {
        self.from = from
        self.summary = summary
        self.keepsTree = keepsTree
        self.transform = transform
    }

    /// Whether every step from `version` up keeps the tree as it is.
    static func keepsTree(from version: Int) -> Bool {
        chain.filter { $0.from >= version }.allSatisfy(\.keepsTree)
    }

    /// Every step, in order; together they lead from schema 0 to `Progress.currentSchemaVersion`.
    public static let chain: [ProgressMigration] = [.draftToVersion1, .version1ToVersion2]

    /// Applies the steps from `version` up to the current schema and stamps the result with it.
    public static func upgrade(_ document: JSONValue, from version: Int) throws(ProgressMigrationError) -> JSONValue {
        var current = document
        var at = version
        while at < Progress.currentSchemaVersion {
            guard let step = chain.first(where: { $0.from == at }) else {
                throw ProgressMigrationError(fromVersion: at, message: "no migration from schema \(at)")
            }
            current = try step.transform(current)
            at += 1
            guard case .object(var members) = current else {
                throw ProgressMigrationError(fromVersion: step.from, message: "the migration did not produce an object")
            }
            members[Progress.Member.schemaVersion.rawValue] = .int(at)
            current = .object(members)
        }
        return current
    }
}

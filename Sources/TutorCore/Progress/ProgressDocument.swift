#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns progress file bytes into `Progress` and back, without touching the disk.
///
/// Decoding sorts every input into one of four cases so the store can decide what to do with the
/// file: use it, use it after migrating, open it read-only, or move it aside as damaged.
public enum ProgressDocument {
    public enum Decoded: Hashable, Sendable {
        case current(Progress)
        case migrated(Progress, fromVersion: Int)
        /// Written by a later build. `readable` is what this build could make of it (nil if nothing).
        case newer(version: Int, readable: Progress?)
        /// Empty, cut short, not JSON, or not shaped like progress.
        case damaged(reason: String)
    }

    /// The file's JSON: pretty-printed with sorted keys, so it diffs well and reads well.
    public static func encode(_ progress: Progress) throws(EncodingFailure) -> [UInt8] {
        try encode(progress, logReference: nil)
    }

    /// The document a store writes: like `encode`, but the review log is a reference to the log
    /// file (`{"file": …, "entries": …}`) and the schedule keeps only its settings.
    static func encodeStored(_ progress: Progress, logReference: ReviewLogReference) throws(EncodingFailure) -> [UInt8] {
        try encode(progress, logReference: logReference)
    }

    private static func encode(_ progress: Progress, logReference: ReviewLogReference?) throws(EncodingFailure) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let logReference { encoder.userInfo[ReviewLogReference.userInfoKey] = logReference }
        do {
            var bytes = [UInt8](try encoder.encode(progress))
            bytes.append(UInt8(ascii: "\n"))
            return bytes
        } catch {
            throw EncodingFailure(message: describe(error))
        }
    }

    /// The log reference of a document that decoded with an empty `reviewLog`; nil for an inline log.
    static func logReference(in bytes: [UInt8]) -> ReviewLogReference? {
        (try? JSONDecoder().decode(ReviewLogReferenceProbe.self, from: Data(bytes)))?.reference
    }

    /// Why `encode` failed.
    public struct EncodingFailure: Error, Hashable, Sendable {
        public var message: String
    }

    public static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .damaged(reason: bytes.isEmpty ? "the file is empty" : "the file holds only blank space")
        }
        if bytes.contains(0) {
            // NUL bytes are what a crash mid-write on some file systems leaves behind.
            return .damaged(reason: "the file contains NUL bytes (it was probably cut short by a crash)")
        }
        let data = Data(bytes)
        let decoder = JSONDecoder()
        // Fast path: a current-schema file decodes directly; anything else takes the full check
        // below, which also words the reason when the file is damaged.
        if let probe = try? decoder.decode(SchemaVersionProbe.self, from: data),
           probe.version == Progress.currentSchemaVersion,
           let progress = try? decoder.decode(Progress.self, from: data) {
            return .current(progress)
        }
        let tree: JSONValue
        do {
            tree = try decoder.decode(JSONValue.self, from: data)
        } catch {
            return .damaged(reason: "the file is not valid JSON (it may have been cut short)")
        }
        guard case .object(let members) = tree else {
            return .damaged(reason: "the file holds \(tree.typeName), not a JSON object")
        }
        var version = 0
        if let value = members[Progress.Member.schemaVersion.rawValue] {
            guard let number = value.intValue, number >= 0 else {
                return .damaged(reason: "schemaVersion should be a whole number ≥ 0, found \(value.typeName)")
            }
            version = number
        }
        if version > Progress.currentSchemaVersion {
            return .newer(version: version, readable: try? decoder.decode(Progress.self, from: data))
        }
        if version == Progress.currentSchemaVersion {
            do {
                return .current(try decoder.decode(Progress.self, from: data))
            } catch {
                return .damaged(reason: describe(error))
            }
        }
        if ProgressMigration.keepsTree(from: version) {
            // Only the number changes: decode the bytes themselves. Re-encoding the tree would not
            // be lossless (JSONValue holds a UInt64 seed above Int.max as a Double).
            do {
                _ = try ProgressMigration.upgrade(tree, from: version)
                var progress = try decoder.decode(Progress.self, from: data)
                progress.schemaVersion = Progress.currentSchemaVersion
                return .migrated(progress, fromVersion: version)
            } catch let error as ProgressMigrationError {
                return .damaged(reason: error.description)
            } catch {
                return .damaged(reason: "schema \(version) file: " + describe(error))
            }
        }
        do {
            let upgraded = try ProgressMigration.upgrade(tree, from: version)
            let upgradedData = try JSONEncoder().encode(upgraded)
            return .migrated(try decoder.decode(Progress.self, from: upgradedData), fromVersion: version)
        } catch let error as ProgressMigrationError {
            return .damaged(reason: error.description)
        } catch {
            return .damaged(reason: "schema \(version) file: " + describe(error))
        }
    }

    /// A one-line account of a coding error that names the member at fault (`sections.intro.openCount`).
    static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .reduce("") { $0.isEmpty || $1.hasPrefix("[") ? $0 + $1 : $0 + "." + $1 }
            return text.isEmpty ? "the top level" : text
        }
        switch error {
        case DecodingError.typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type))"
        case DecodingError.valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type)), found null"
        case DecodingError.keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case DecodingError.dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case EncodingError.invalidValue(let value, let context):
            return "\(path(context.codingPath)): cannot encode \(value)"
        default:
            return "\(error)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is UInt64.Type, is Double.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default: "\(type)".hasPrefix("Array") ? "an array" : "an object"
        }
    }
}

/// Reads only `schemaVersion` from a progress document.
///
/// The full check builds a `JSONValue` tree of the whole file just to look at one member; with a
/// long review log that tree was most of the time to load. The probe lets the common case (a file
/// of the current schema) go straight to decoding `Progress`.
struct SchemaVersionProbe: Decodable {
    /// The version when present and a whole number (`1` or `1.0`), else nil.
    var version: Int?

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        version = try container.decodeIfPresent(JSONValue.self, forKey: Key(stringValue: Progress.Member.schemaVersion.rawValue))?.intValue
    }
}

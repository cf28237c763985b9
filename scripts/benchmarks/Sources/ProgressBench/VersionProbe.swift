/// Reads only `schemaVersion` from a progress document: what `ProgressDocument.decode`'s first pass needs.
///
/// Timed next to that pass to show what a cheaper version check would cost: JSONDecoder still scans
/// the whole file, but builds no value for members the probe does not ask for.
struct VersionProbe: Decodable {
    var schemaVersion: Int?

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        // Throws a type mismatch when the top level is not an object, which a damaged-file check needs.
        let container = try decoder.container(keyedBy: Key.self)
        schemaVersion = try container.decodeIfPresent(Int.self, forKey: Key(stringValue: "schemaVersion"))
    }
}

import Foundation

/// Locates the shared test fixtures and makes throwaway copies that a test may break.
enum FixtureSupport {
    /// `Tests/Fixtures`, found from this file's path so tests run from any working directory.
    static var fixturesDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").path
    }

    /// The repository's real `Content/` folder.
    static var contentDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content").path
    }

    /// A fresh copy of `Tests/Fixtures/<name>` in a temporary folder.
    static func copy(_ name: String) throws -> String {
        let target = FileManager.default.temporaryDirectory
            .appendingPathComponent("mltutor-fixture-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: fixturesDirectory + "/" + name, toPath: target)
        return target
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Replaces exactly one occurrence of `old` in the file, failing loudly if it is missing.
    static func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try read(path)
        guard text.components(separatedBy: old).count == 2 else {
            throw FixtureError.notFoundOnce(old)
        }
        try write(text.replacingOccurrences(of: old, with: new), to: path)
    }

    static func remove(_ directory: String) {
        try? FileManager.default.removeItem(atPath: directory)
    }

    enum FixtureError: Error {
        case notFoundOnce(String)
    }
}

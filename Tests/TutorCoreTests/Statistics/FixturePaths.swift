import Foundation

/// Locates files under `Tests/Fixtures`, starting from this source file's own path.
enum FixturePaths {
    /// The repository root: three levels above `Tests/TutorCoreTests/Statistics/`.
    static func repositoryRoot(file: String = #filePath) -> URL {
        URL(fileURLWithPath: file)
            .deletingLastPathComponent()  // Statistics
            .deletingLastPathComponent()  // TutorCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
    }

    /// A file under `Tests/Fixtures/<relativePath>`.
    static func fixture(_ relativePath: String) -> URL {
        repositoryRoot().appendingPathComponent("Tests/Fixtures").appendingPathComponent(relativePath)
    }
}

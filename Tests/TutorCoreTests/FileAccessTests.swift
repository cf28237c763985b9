import Foundation
import Testing
@testable import TutorCore

/// Listing and reading files with system calls must give what the files hold, whatever their size.
@Suite struct FileAccessTests {
    @Test(arguments: [0, 1, 4_095, 4_096, 70_000, 300_001])
    func readsEveryByte(size: Int) throws {
        try withTemporaryFolder { folder in
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            try Data(bytes).write(to: URL(fileURLWithPath: folder.file("f.md")))
            #expect(FileAccess.bytes(at: folder.file("f.md")) == bytes)
        }
    }

    @Test func foldersAndMissingFilesReadAsNil() throws {
        try withTemporaryFolder { folder in
            #expect(FileAccess.bytes(at: folder.path) == nil)
            #expect(FileAccess.bytes(at: folder.file("missing.md")) == nil)
        }
    }

    @Test func listsNamesButNotDotEntries() throws {
        try withTemporaryFolder { folder in
            for name in ["b.md", "a.yaml", ".hidden"] {
                try Data("x".utf8).write(to: URL(fileURLWithPath: folder.file(name)))
            }
            try FileManager.default.createDirectory(atPath: folder.file("sub"), withIntermediateDirectories: false)
            #expect(try FileAccess.names(in: folder.path).get().sorted() == [".hidden", "a.yaml", "b.md", "sub"])
            #expect(FileAccess.names(in: folder.file("nope")) == .failure(.missing))
            #expect(FileAccess.exists(folder.file("sub")))
            #expect(!FileAccess.exists(folder.file("nope")))
        }
    }
}

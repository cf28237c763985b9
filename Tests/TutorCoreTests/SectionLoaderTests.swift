import Foundation
import Testing
@testable import TutorCore

@Suite struct SectionLoaderTests {
    /// A temporary content folder, removed when the test ends.
    final class TempContent {
        let path: String
        init(files: [String: String]) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path + "/guide", withIntermediateDirectories: true)
            for (name, text) in files {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/guide/" + name))
            }
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func sortsByOrderThenIDAndIgnoresOtherFiles() throws {
        let content = try TempContent(files: [
            "b.md": "---\nid: b\ntitle: B\norder: 2\n---\n",
            "a.md": "---\nid: a\ntitle: A\norder: 2\n---\n",
            "c.md": "---\nid: c\ntitle: C\norder: 1\n---\n",
            "notes.txt": "not a section",
        ])
        let loaded = SectionLoader.load(contentDirectory: content.path)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.sections.map(\.id) == ["c", "a", "b"])
    }

    @Test func keepsGoodSectionsAndReportsBadOnes() throws {
        let content = try TempContent(files: [
            "good.md": "---\nid: good\ntitle: Good\norder: 1\n---\n",
            "dup.md": "---\nid: good\ntitle: Again\norder: 2\n---\n",
            "bad.md": "id: x\n",
        ])
        let loaded = SectionLoader.load(contentDirectory: content.path)
        #expect(loaded.sections.map(\.id) == ["good"])
        let messages = loaded.problems.map(\.description)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.hasSuffix("bad.md:1: missing front matter: the file must start with a '---' line") })
        #expect(messages.contains { $0.contains("duplicate section id 'good'") })
    }

    @Test func invalidUTF8IsAProblemNotACrash() throws {
        let content = try TempContent(files: [:])
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: content.path + "/guide/bin.md"))
        let loaded = SectionLoader.load(contentDirectory: content.path)
        #expect(loaded.sections.isEmpty)
        #expect(loaded.problems.first?.message == "the file is not valid UTF-8")
    }

    @Test func missingGuideFolderIsReported() {
        let loaded = SectionLoader.load(contentDirectory: "/nonexistent-mltutor-content")
        #expect(loaded.sections.isEmpty)
        #expect(loaded.problems.map(\.description) == ["/nonexistent-mltutor-content/guide: cannot read the guide folder"])
    }
}

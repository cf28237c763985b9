import Testing
@testable import TutorCore

@Suite struct SectionParserTests {
    @Test func parsesAllFields() throws {
        let text = "---\nid: concept-t-tests\ntitle: t-tests\norder: 150\nkind: concept\ntopics: [statistics, t-tests]\n---\n## Why\nText"
        let section = try SectionParser.parse(text, path: "Content/guide/t.md")
        #expect(section.id == "concept-t-tests")
        #expect(section.title == "t-tests")
        #expect(section.order == 150)
        #expect(section.kind == .concept)
        #expect(section.topics == ["statistics", "t-tests"])
        #expect(section.body == "## Why\nText")
        #expect(section.bodyLine == 8)
    }

    @Test func kindDefaultsToGuide() throws {
        let section = try SectionParser.parse("---\nid: a\ntitle: A\norder: 1\n---\n", path: "a.md")
        #expect(section.kind == .guide)
        #expect(section.topics.isEmpty)
    }

    @Test(arguments: [
        ("---\ntitle: A\norder: 1\n---\n", "a.md:1: front matter needs 'id'"),
        ("---\nid: a\ntitle: A\norder: first\n---\n", "a.md:4: order must be a whole number, found 'first'"),
        ("---\nid: Bad_Id\ntitle: A\norder: 1\n---\n", "a.md:2: id 'Bad_Id' must be lowercase letters, digits and '-' only"),
        ("---\nid: a\ntitle: A\norder: 1\nkind: lesson\n---\n", "a.md:5: kind must be 'guide' or 'concept', found 'lesson'"),
        ("---\nid: a\ntitle: A\norder: 1\ntopic: x\n---\n", "a.md:5: unknown front matter key 'topic' (known: id, kind, order, title, topics)"),
    ])
    func reportsProblemsWithLines(text: String, expected: String) {
        do {
            _ = try SectionParser.parse(text, path: "a.md")
            Issue.record("expected: \(expected)")
        } catch {
            #expect(error.description == expected)
        }
    }
}

import Testing
@testable import TutorCore

@Suite struct FrontMatterTests {
    @Test func splitsHeaderAndBody() throws {
        let text = "---\nid: a\ntitle: \"A: title\"\ntopics: [x, y]\n---\nBody line\nSecond"
        let front = try FrontMatter.parse(text, path: "a.md")
        #expect(front.entries["id"]?.value == "a")
        #expect(front.entries["title"]?.value.unquoted() == "A: title")
        #expect(front.entries["topics"]?.line == 4)
        #expect(front.body == "Body line\nSecond")
        #expect(front.bodyLine == 6)
    }

    @Test func missingOpeningIsReportedOnLineOne() {
        #expect(throws: ContentProblem(path: "x.md", line: 1, message: "missing front matter: the file must start with a '---' line")) {
            try FrontMatter.parse("id: a\n", path: "x.md")
        }
    }

    @Test func unclosedFrontMatterNamesTheLastLine() {
        do {
            _ = try FrontMatter.parse("---\nid: a\ntitle: b", path: "x.md")
            Issue.record("expected a problem")
        } catch {
            #expect(error.line == 3)
            #expect(error.description.hasPrefix("x.md:3: front matter is not closed"))
        }
    }

    @Test func duplicateAndMalformedKeysCarryTheirLine() {
        do {
            _ = try FrontMatter.parse("---\nid: a\nid: b\n---\n", path: "d.md")
            Issue.record("expected a problem")
        } catch {
            #expect(error.description == "d.md:3: duplicate front matter key 'id'")
        }
        do {
            _ = try FrontMatter.parse("---\nno colon here\n---\n", path: "m.md")
            Issue.record("expected a problem")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func listsAcceptBracketsQuotesAndBareItems() {
        #expect(FrontMatter.list("[a, 'b c', \"d\"]") == ["a", "b c", "d"])
        #expect(FrontMatter.list("single") == ["single"])
        #expect(FrontMatter.list("[]") == [])
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let front = try FrontMatter.parse("\u{FEFF}---\nid: a\n---\nx", path: "b.md")
        #expect(front.entries["id"]?.value == "a")
    }

    @Test func windowsLineEndingsAreRead() throws {
        let front = try FrontMatter.parse("---\r\nid: a\r\ntitle: A\r\n---\r\nBody\r\n", path: "w.md")
        #expect(front.entries["id"]?.value == "a")
        #expect(front.entries["title"]?.line == 3)
        #expect(front.bodyLine == 5)
        #expect(front.body.hasPrefix("Body"))
    }
}

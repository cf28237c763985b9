import Testing
@testable import TutorCore

@Suite("SkillParser")
struct SkillParserTests {
    let path = "Content/skills.yaml"

    @Test func readsEveryField() throws {
        let text = """
        skills:
          - id: skill-python
            name: Python
            kind: technical
            why: "The working language of ML."
            section: python-for-ml
          - id: skill-teamwork
            name: Teamwork
            kind: soft
            why: >-
              Work is shared,
              so agree early.
            section: soft-skills
        """
        let skills = try SkillParser.parse(text, path: path)
        #expect(skills == [
            Skill(id: "skill-python", name: "Python", kind: .technical, why: "The working language of ML.",
                  sectionID: "python-for-ml", line: 2),
            Skill(id: "skill-teamwork", name: "Teamwork", kind: .soft, why: "Work is shared, so agree early.",
                  sectionID: "soft-skills", line: 7),
        ])
    }

    @Test func reportsEveryProblemWithItsLine() {
        let text = """
        skills:
          - id: skill-a
            name: A
            kind: technicl
            why: "ok"
            section: technical-skills
          - id: Skill B
            name: B
            kind: soft
            why: "ok"
            section: soft-skills
          - id: skill-c
            nmae: C
            kind: soft
            why: "ok"
            section: soft-skills
          - id: skill-a
            name: A again
            kind: soft
            why: |
              two
              lines
            section: soft-skills
        """
        let parsed = SkillParser.parseAll(text, path: path)
        #expect(parsed.problems.map(\.description).sorted() == [
            "\(path):12: the skill needs 'name'",
            "\(path):13: unknown key 'nmae' in a skill (did you mean 'name'?)",
            "\(path):17: duplicate skill id 'skill-a' (first declared at line 2)",
            "\(path):20: 'why' must be one line (use a folded '>-' block or plain text)",
            "\(path):4: 'kind' must be technical or soft, found 'technicl'",
            "\(path):7: id 'Skill B' must be lowercase letters, digits and '-' only",
        ].sorted())
        // No entry above is fully valid, so no skill is kept, but valid ids still reserve their names.
        #expect(parsed.skills.isEmpty)
        #expect(parsed.declaredIDs.map(\.id) == ["skill-a", "skill-c"])
    }

    @Test func wholeFileShapes() {
        #expect(SkillParser.parseAll("", path: path).problems.map(\.description) == ["\(path):1: the skills file is empty"])
        #expect(SkillParser.parseAll("skills: []\n", path: path).problems.map(\.description)
            == ["\(path):1: 'skills' must be a non-empty list of skills"])
        #expect(SkillParser.parseAll("- id: x\n", path: path).problems.map(\.description)
            == ["\(path):1: the skills file must be a mapping of 'key: value' lines"])
        #expect(SkillParser.parseAll("skill:\n  - id: x\n", path: path).problems.map(\.description).sorted() == [
            "\(path):1: the skills file needs 'skills'",
            "\(path):1: unknown key 'skill' in the skills file (did you mean 'skills'?)",
        ])
        let syntax = SkillParser.parseAll("skills:\n  - id: [unclosed\n", path: path).problems
        #expect(syntax.count == 1)
        #expect(syntax.first?.message.hasPrefix("YAML syntax error") == true)
        #expect((syntax.first?.line ?? 0) > 0)
    }

    @Test func parseThrowsTheFirstProblem() {
        #expect(throws: ContentProblem(path: path, line: 1, message: "the skills file is empty")) {
            _ = try SkillParser.parse("", path: path)
        }
    }
}

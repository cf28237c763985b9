import Testing
import Foundation
@testable import TutorCore

@Suite("ContentValidator: skills.yaml")
struct ContentValidatorSkillsTests {
    static let valid = """
    skills:
      - id: skill-stats
        name: Statistics
        kind: technical
        why: "Tell a real improvement from luck."
        section: concept-t-tests
    """

    /// Validates a copy of the valid fixture with `skills` written as its `skills.yaml`.
    func validate(skills: String) throws -> (report: ValidationReport, path: String) {
        let directory = try FixtureSupport.copy("valid-content")
        defer { FixtureSupport.remove(directory) }
        let path = directory + "/skills.yaml"
        try FixtureSupport.write(skills, to: path)
        return (ContentValidator.validate(contentDirectory: directory), path)
    }

    @Test func validCatalogueIsOK() throws {
        let (report, _) = try validate(skills: Self.valid)
        #expect(report.problems == [])
        #expect(report.isOK)
    }

    @Test func unknownSectionGetsASuggestion() throws {
        let (report, path) = try validate(skills: Self.valid.replacingOccurrences(of: "section: concept-t-tests",
                                                                                   with: "section: concept-t-test"))
        #expect(report.problems.map(\.description) == [
            "\(path):6: section 'concept-t-test' does not exist (did you mean 'concept-t-tests'?)",
        ])
    }

    @Test func skillIDClashingWithAQuestionOrSection() throws {
        let clash = Self.valid + """

          - id: salary-india
            name: Salaries
            kind: soft
            why: "Know the market."
            section: salary-india
          - id: fixture-single
            name: Single
            kind: soft
            why: "x"
            section: salary-india
        """
        let (report, path) = try validate(skills: clash)
        let descriptions = report.problems.map(\.description)
        #expect(descriptions.count == 2)
        #expect(descriptions.contains { $0.hasPrefix("\(path):7: duplicate id 'salary-india' (first declared at ") && $0.hasSuffix("guide/salary-india.md:2)") })
        #expect(descriptions.contains { $0.hasPrefix("\(path):12: duplicate id 'fixture-single' (first declared at ") && $0.hasSuffix("quizzes/fixture-quiz.yaml:7)") })
    }

    @Test func problemsInsideTheFileAreReported() throws {
        let (report, path) = try validate(skills: "skills:\n  - id: skill-x\n    name: X\n")
        #expect(report.problems.map(\.description) == [
            "\(path):2: the skill needs 'kind'",
            "\(path):2: the skill needs 'section'",
            "\(path):2: the skill needs 'why'",
        ])
    }

    @Test func realContentIsValid() {
        let report = ContentValidator.validate(contentDirectory: FixtureSupport.contentDirectory)
        #expect(report.problems.map(\.description) == [])
    }
}

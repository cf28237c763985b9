import Testing
import Foundation
@testable import TutorCore

/// The catalogue shipped in `Content/skills.yaml` against what the guide teaches.
@Suite("Skill catalogue")
struct SkillCatalogueTests {
    let loaded = SkillLoader.load(contentDirectory: FixtureSupport.contentDirectory)

    @Test func loadsWithoutProblems() {
        #expect(loaded.problems == [])
    }

    @Test func namesTheNineSoftSkillsOfTheGuideInOrder() {
        let soft = loaded.skills.filter { $0.kind == .soft }.map(\.name)
        #expect(soft == ["Teamwork", "Leadership", "Problem-solving", "Analytical skills", "Communication",
                         "Visualisation", "Observation", "Domain knowledge", "Time management"])
        #expect(loaded.skills.filter { $0.kind == .soft }.allSatisfy { $0.sectionID == "soft-skills" })
    }

    /// Every technical heading of the guide's technical-skills section has a skill naming it.
    @Test func coversEveryTechnicalHeading() throws {
        let text = try FixtureSupport.read(FixtureSupport.contentDirectory + "/guide/technical-skills.md")
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings.count == 11)
        // The heading word each skill's name must contain (the guide's own wording).
        let keyWord = ["Operating systems: Linux and Unix": "Linux", "Programming languages": "Java",
                       "GPUs and CUDA": "CUDA", "Mathematics": "Mathematics", "Statistics": "Statistics",
                       "ML frameworks and libraries": "frameworks", "Neural network architecture": "Neural network",
                       "Natural language processing": "language processing",
                       "Data modelling and evaluation": "Data modelling", "Spark and Hadoop": "Spark",
                       "MLOps and deployment basics": "MLOps"]
        let names = loaded.skills.filter { $0.kind == .technical }.map(\.name)
        for heading in headings {
            let word = try #require(keyWord[heading], "no expectation for heading \(heading)")
            #expect(names.contains { $0.contains(word) }, "no skill for '\(heading)'")
        }
        #expect(names.contains("Python"))
    }

    /// The checklist shows `why` under the skill after a 16-cell indent: 80 characters fit on one
    /// line of a 100-column terminal.
    @Test func whyLinesAreShort() {
        for skill in loaded.skills {
            #expect(skill.why.count <= 80, "\(skill.id): why is \(skill.why.count) characters")
        }
    }

    @Test func idsAreUniqueAndPrefixed() {
        let ids = loaded.skills.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("skill-") })
    }

    @Test func missingFileMeansNoSkills() throws {
        let directory = try FixtureSupport.copy("valid-content")
        defer { FixtureSupport.remove(directory) }
        let result = SkillLoader.load(contentDirectory: directory)
        #expect(result.skills.isEmpty)
        #expect(result.problems.isEmpty)
    }
}

import Testing
import Foundation
@testable import TutorCore

@Suite("ContentValidator")
struct ContentValidatorTests {
    /// Runs the validator on a fresh copy of the valid fixture after `change` edits it.
    func validate(after change: (String) throws -> Void) throws -> (report: ValidationReport, directory: String) {
        let directory = try FixtureSupport.copy("valid-content")
        try change(directory)
        return (ContentValidator.validate(contentDirectory: directory), directory)
    }

    func quizPath(_ directory: String) -> String { directory + "/quizzes/fixture-quiz.yaml" }

    @Test func validFixtureIsOK() throws {
        let (report, directory) = try validate { _ in }
        defer { FixtureSupport.remove(directory) }
        #expect(report.problems == [])
        #expect(report.summary == "2 sections, 1 quiz, 6 questions: OK")
    }

    @Test func duplicateQuestionID() throws {
        let (report, directory) = try validate {
            try FixtureSupport.edit(quizPath($0), replacing: "id: fixture-truefalse", with: "id: fixture-single")
        }
        defer { FixtureSupport.remove(directory) }
        let path = quizPath(directory)
        #expect(report.problems.map(\.description) == ["\(path):20: duplicate id 'fixture-single' (first declared at \(path):7)"])
        #expect(report.summary == "2 sections, 1 quiz, 6 questions: 1 problem")
    }

    @Test func questionIDClashingWithASectionID() throws {
        let (report, directory) = try validate {
            try FixtureSupport.edit(quizPath($0), replacing: "id: fixture-matrix", with: "id: salary-india")
        }
        defer { FixtureSupport.remove(directory) }
        #expect(report.problems.map(\.description) == [
            "\(quizPath(directory)):40: duplicate id 'salary-india' (first declared at \(directory)/guide/salary-india.md:2)",
        ])
    }

    @Test func duplicateIDAcrossQuizFiles() throws {
        let (report, directory) = try validate {
            let other = """
            id: other-quiz
            title: Other
            topic: t-tests
            timeLimit: 60
            questions:
              - id: fixture-numeric
                type: truefalse
                prompt: "Is 2 even?"
                answer: true
                explanation: "2 = 2 × 1."
            """
            try FixtureSupport.write(other, to: $0 + "/quizzes/other-quiz.yaml")
        }
        defer { FixtureSupport.remove(directory) }
        #expect(report.problems.map(\.description) == [
            "\(directory)/quizzes/other-quiz.yaml:6: duplicate id 'fixture-numeric' (first declared at \(quizPath(directory)):25)",
        ])
    }

    @Test func missingAnswer() throws {
        let (report, directory) = try validate {
            try FixtureSupport.edit(quizPath($0), replacing: "    answer: true\n", with: "")
        }
        defer { FixtureSupport.remove(directory) }
        #expect(report.problems.map(\.description) == ["\(quizPath(directory)):20: question 'fixture-truefalse' has no 'answer'"])
        // The broken question still counts, so the summary matches the file.
        #expect(report.questionCount == 6)
    }

    @Test func brokenYAML() throws {
        let (report, directory) = try validate {
            try FixtureSupport.edit(quizPath($0), replacing: "    answer: [0, 2]", with: "    answer: [0, 2")
        }
        defer { FixtureSupport.remove(directory) }
        let descriptions = report.problems.map(\.description)
        #expect(descriptions.count == 1)
        #expect(descriptions.first?.hasPrefix("\(quizPath(directory)):19: YAML syntax error: ") == true)
        #expect(report.quizCount == 0)
    }

    @Test func badSectionReference() throws {
        let (report, directory) = try validate {
            try FixtureSupport.edit(quizPath($0), replacing: "section: salary-india", with: "section: salary-indai")
        }
        defer { FixtureSupport.remove(directory) }
        #expect(report.problems.map(\.description) == [
            "\(quizPath(directory)):31: section 'salary-indai' does not exist (did you mean 'salary-india'?)",
        ])
    }

    @Test func badQuizSectionReference() throws {
        let (report, directory) = try validate {
            try FixtureSupport.edit(quizPath($0), replacing: "section: concept-t-tests", with: "section: concept-anova")
        }
        defer { FixtureSupport.remove(directory) }
        #expect(report.problems.map(\.description) == ["\(quizPath(directory)):5: section 'concept-anova' does not exist"])
    }

    @Test func outOfRangeAnswer() throws {
        let (report, directory) = try validate {
            try FixtureSupport.edit(quizPath($0), replacing: "    answer: 0\n", with: "    answer: 3\n")
        }
        defer { FixtureSupport.remove(directory) }
        #expect(report.problems.map(\.description) == [
            "\(quizPath(directory)):11: answer index 3 is out of range: there are 3 choices, numbered 0 to 2",
        ])
    }

    @Test func numericAnswerWithoutTolerance() throws {
        let (report, directory) = try validate {
            try FixtureSupport.edit(quizPath($0), replacing: "    tolerance: {absolute: 0.01}\n", with: "")
        }
        defer { FixtureSupport.remove(directory) }
        #expect(report.problems.map(\.description) == [
            "\(quizPath(directory)):25: question 'fixture-numeric' needs a 'tolerance' (one of absolute, relative, sigfigs)",
        ])
    }

    @Test func quizFileNameMustMatchItsID() throws {
        let (report, directory) = try validate {
            try FixtureSupport.edit(quizPath($0), replacing: "id: fixture-quiz", with: "id: renamed-quiz")
        }
        defer { FixtureSupport.remove(directory) }
        #expect(report.problems.map(\.description) == [
            "\(quizPath(directory)):1: quiz id 'renamed-quiz' does not match the file name 'fixture-quiz.yaml'; name the file 'renamed-quiz.yaml'",
        ])
    }

    @Test func sectionFrontMatterProblemsAndBodyLint() throws {
        let (report, directory) = try validate {
            let guide = $0 + "/guide/"
            try FixtureSupport.edit(guide + "salary-india.md", replacing: "order: 60", with: "ordre: 60")
            try FixtureSupport.edit(guide + "concept-t-tests.md", replacing: "- two", with: "- two\n\n# Again\n\nSee ![chart](c.png)")
        }
        defer { FixtureSupport.remove(directory) }
        #expect(report.problems.map(\.description) == [
            "\(directory)/guide/concept-t-tests.md:19: '#' headings are not supported: the title is shown already; use '##' or '###'",
            "\(directory)/guide/concept-t-tests.md:21: images are not supported in the terminal: describe the picture in words",
            "\(directory)/guide/salary-india.md:4: unknown front matter key 'ordre' (known: id, kind, order, title, topics)",
        ])
    }

    @Test func problemsAreSortedByPathThenLine() throws {
        let (report, directory) = try validate {
            try FixtureSupport.edit(quizPath($0), replacing: "    answer: 0\n", with: "    answer: 9\n")
            try FixtureSupport.edit(quizPath($0), replacing: "timeLimit: 300", with: "timeLimit: 0")
            try FixtureSupport.edit($0 + "/guide/concept-t-tests.md", replacing: "- one", with: "<br>")
        }
        defer { FixtureSupport.remove(directory) }
        let places = report.problems.map { "\($0.path.dropFirst(directory.count)):\($0.line)" }
        #expect(places == ["/guide/concept-t-tests.md:16", "/quizzes/fixture-quiz.yaml:4", "/quizzes/fixture-quiz.yaml:11"])
    }

    @Test func missingGuideFolderIsReportedOnceNotPerReference() throws {
        let (report, directory) = try validate { try FileManager.default.removeItem(atPath: $0 + "/guide") }
        defer { FixtureSupport.remove(directory) }
        #expect(report.problems.map(\.description) == ["\(directory)/guide: cannot read the guide folder"])
        #expect(report.summary == "0 sections, 1 quiz, 6 questions: 1 problem")
    }

    @Test func missingFolderIsAProblem() {
        let report = ContentValidator.validate(contentDirectory: "/nonexistent/mltutor-content")
        #expect(report.problems.map(\.description) == ["/nonexistent/mltutor-content/guide: cannot read the guide folder"])
        #expect(!report.isOK)
    }
}

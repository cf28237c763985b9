import Foundation
import Testing
import TutorCore

/// Checks the shipped guide as a whole: the expected sections exist with their fixed ids and
/// order, every file loads cleanly, and the text stays within what the reader renders.
@Suite("Guide content")
struct GuideContentTests {
    /// The section ids other files refer to, with their `order` and kind.
    static let expected: [(id: String, order: Int, kind: Section.Kind)] = [
        ("who-is-an-ml-engineer", 10, .guide), ("roles-and-responsibilities", 20, .guide),
        ("technical-skills", 30, .guide), ("python-for-ml", 35, .guide), ("soft-skills", 40, .guide),
        ("career-path", 50, .guide), ("salary-india", 60, .guide), ("job-market", 65, .guide),
        ("faq", 70, .guide),
        ("concept-probability", 110, .concept), ("concept-linear-algebra", 120, .concept),
        ("concept-matrix-multiplication", 130, .concept), ("concept-z-tests", 140, .concept),
        ("concept-t-tests", 150, .concept), ("concept-anova", 160, .concept),
        ("concept-chi-square", 170, .concept), ("concept-gradient-descent", 180, .concept),
        ("concept-bayesian-statistics", 190, .concept),
    ]

    static func loadGuide() throws -> (sections: [Section], problems: [ContentProblem]) {
        SectionLoader.load(contentDirectory: try RepositoryRoot.locate() + "/Content")
    }

    static func section(_ id: String) throws -> Section {
        let sections = try loadGuide().sections
        return try #require(sections.first { $0.id == id }, "missing section \(id)")
    }

    @Test func allSectionsLoadWithTheirIdsAndOrder() throws {
        let (sections, problems) = try Self.loadGuide()
        #expect(problems.isEmpty, "\(problems.map(\.description))")
        #expect(sections.count == 18)
        #expect(sections.map(\.id) == Self.expected.map(\.id))
        for (section, want) in zip(sections, Self.expected) {
            #expect(section.order == want.order, "\(section.id)")
            #expect(section.kind == want.kind, "\(section.id)")
            #expect(!section.title.isEmpty && !section.topics.isEmpty, "\(section.id)")
            #expect(section.path.hasSuffix("/\(section.id).md"), "file name must match id: \(section.path)")
        }
    }

    @Test func noMojibakeOrUnsupportedMarkup() throws {
        let sections = try Self.loadGuide().sections
        #expect(!sections.isEmpty)
        let mojibake = ["â€", "Ã", "Â", "\u{FFFD}"]
        for section in sections {
            let text = section.title + "\n" + section.body
            for bad in mojibake {
                #expect(!text.contains(bad), "\(section.id) contains mojibake \(bad.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            #expect(!text.contains("####"), "\(section.id) uses a heading level the reader does not render")
            #expect(!text.contains("$"), "\(section.id) contains '$' (LaTeX is not rendered)")
            var inFence = false
            for (offset, line) in section.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let where_ = "\(section.path):\(section.bodyLine + offset)"
                #expect(!Self.hasHTMLTag(line), "\(where_): raw HTML is not rendered")
                if line.hasPrefix("```") { inFence.toggle(); continue }
                if inFence {
                    #expect(line.count <= 70, "\(where_): code line longer than 70 characters")
                    continue
                }
                #expect(!line.hasPrefix("# "), "\(where_): '#' headings are not allowed (the title is the heading)")
                if line.hasPrefix("|") {
                    #expect(line.count <= 70, "\(where_): table row wider than 70 characters")
                }
            }
            #expect(!inFence, "\(section.id): unclosed code fence")
        }
    }

    /// A `<` followed by a letter or `/` and closed by `>` on the same line looks like a tag;
    /// maths such as "p < α" has a space after the `<` and does not match.
    static func hasHTMLTag(_ line: Substring) -> Bool {
        let chars = Array(line)
        for (i, c) in chars.enumerated() where c == "<" && i + 1 < chars.count {
            let next = chars[i + 1]
            if (next.isASCII && next.isLetter) || next == "/" || next == "!" {
                if chars[(i + 1)...].contains(">") { return true }
            }
        }
        return false
    }

    @Test func salaryFiguresAreStated() throws {
        let body = LessonText.collapsingWhitespace(try Self.section("salary-india").body)
        for figure in [
            "INR 8 lakh to INR 14 lakh", "average is INR 12 lakh", "INR 77,500", "INR 2,50,000",
            "(2.5 lakh)", "average is up to INR 2 lakh", "1 lakh = 1,00,000 = 100,000", "2023",
        ] {
            #expect(body.contains(figure), "salary-india should state '\(figure)'")
        }
        for factor in ["Company", "Sector", "City", "Experience"] {
            #expect(body.contains("**\(factor)**"), "salary-india should discuss \(factor)")
        }
    }

    @Test func demandFiguresAreStated() throws {
        let body = LessonText.collapsingWhitespace(try Self.section("job-market").body)
        #expect(body.contains("More than **56% of organisations**"))
        #expect(body.contains("**grow by 40% between 2023 and 2027**"))
        #expect(!body.localizedCaseInsensitiveContains("kickstart"), "interview advice must stay neutral")
    }

    @Test func technicalSkillsPutPythonFirst() throws {
        let body = try Self.section("technical-skills").body
        #expect(body.contains("**Python comes first.**"))
        for tool in ["Java", "C and C++", "CUDA", "scikit-learn", "PyTorch", "TensorFlow", "NLTK", "spaCy",
                     "transformers", "Spark", "Hadoop", "MLOps"] {
            #expect(body.contains(tool), "technical-skills should mention \(tool)")
        }
        let python = try #require(body.range(of: "Python comes first"))
        let java = try #require(body.range(of: "**Java**"))
        #expect(python.lowerBound < java.lowerBound)
    }

    @Test func faqAnswersTheFiveQuestions() throws {
        let body = LessonText.collapsingWhitespace(try Self.section("faq").body)
        let questions = try Self.section("faq").body.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(questions.count == 5)
        for company in ["Amazon", "Quantiphi", "Accenture", "Tata Consultancy Services", "PHN Technology"] {
            #expect(body.contains(company), "faq should name \(company)")
        }
    }

    @Test func softSkillsListAllNine() throws {
        let body = try Self.section("soft-skills").body
        for skill in ["Teamwork", "Leadership", "Problem-solving", "Analytical skills", "Communication",
                      "Visualisation", "Observation", "Domain knowledge", "Time management"] {
            #expect(body.contains("## ") && body.contains(skill), "soft-skills should cover \(skill)")
        }
        #expect(!body.contains("Visualizaiton"))
    }
}

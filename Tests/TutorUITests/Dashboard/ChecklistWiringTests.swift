import Testing
import TutorCore
@testable import TutorUI

/// The contract the app's router relies on: checklist actions applied to `Progress` with
/// `setSkill`, and a dashboard built from that progress, shown against the shipped content.
@Suite struct ChecklistWiringTests {
    /// The repository's `Content/`, found from this file's path.
    static let contentDirectory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Dashboard/ChecklistWiringTests.swift, TutorUITests/, Tests/
        return parts.joined(separator: "/") + "/Content"
    }()

    /// Applies an action the way the router should: levels go to `Progress.setSkill`.
    func apply(_ action: SkillsScreen.Action?, to progress: inout Progress) {
        if case let .setLevel(id, level) = action { progress.setSkill(id, level) }
    }

    @Test func marksFromTheChecklistReachTheDashboard() throws {
        let skills = SkillLoader.load(contentDirectory: Self.contentDirectory)
        let sections = SectionLoader.load(contentDirectory: Self.contentDirectory)
        let quizzes = QuizLoader.load(contentDirectory: Self.contentDirectory)
        #expect(skills.problems.isEmpty && sections.problems.isEmpty && quizzes.problems.isEmpty)
        try #require(skills.skills.count >= 3)

        var progress = Progress()
        var screen = SkillsScreen(skills: skills.skills, levels: progress.skills,
                                  sectionTitles: Dictionary(uniqueKeysWithValues: sections.sections.map { ($0.id, $0.title) }))
        apply(screen.handle(.character("1"), visibleRows: 20), to: &progress)       // first: have
        apply(screen.handle(.down, visibleRows: 20), to: &progress)
        apply(screen.handle(.character(" "), visibleRows: 20), to: &progress)       // second: learning
        apply(screen.handle(.end, visibleRows: 20), to: &progress)
        apply(screen.handle(.character("3"), visibleRows: 20), to: &progress)       // last: not yet, explicitly
        #expect(progress.skills == [screen.skills[0].id: .have, screen.skills[1].id: .learning,
                                    screen.skills[screen.skills.count - 1].id: .notYet])
        #expect(screen.levels == progress.skills)

        let day = try #require(CivilDay(year: 2026, month: 5, day: 1))
        let model = DashboardModel(progress: progress, sections: sections.sections, quizzes: quizzes.quizzes,
                                   skills: skills.skills, today: day)
        let total = skills.skills.count
        #expect(model.skills == SkillTally(have: 1, learning: 1, notYet: total - 2))
        let lines = DashboardScreen(model: model).lines(width: 100).map(\.text)
        #expect(lines.contains("  [✓] have 1  ·  [~] learning 1  ·  [ ] not yet \(total - 2)"))
        #expect(lines.contains { $0.hasPrefix("  Sections read") && $0.hasSuffix(" 0/\(sections.sections.count)  0%") })
        // Every content quiz has a row, untaken so far.
        #expect(lines.filter { $0.hasSuffix("not taken") }.count == quizzes.quizzes.count)
    }

    /// Enter names the section that teaches the skill, and that section exists in the content.
    @Test func everyShippedSkillOpensARealSection() {
        let skills = SkillLoader.load(contentDirectory: Self.contentDirectory).skills
        let ids = Set(SectionLoader.load(contentDirectory: Self.contentDirectory).sections.map(\.id))
        var screen = SkillsScreen(skills: skills, levels: [:])
        for index in skills.indices {
            screen.select(index, visibleRows: 10)
            guard case let .openSection(id) = screen.handle(.enter, visibleRows: 10) else {
                Issue.record("Enter gave no section for \(screen.selectedSkill?.id ?? "?")")
                continue
            }
            #expect(ids.contains(id), "\(id) is not a section")
        }
    }

    /// The whole shipped checklist at the narrowest supported width: long names are cut with …, nothing overflows.
    @Test func shippedChecklistFitsFortyColumns() {
        let skills = SkillLoader.load(contentDirectory: Self.contentDirectory).skills
        let screen = SkillsScreen(skills: skills, levels: [:])
        let laid = screen.lines(width: 38)
        #expect(laid.lines.filter { $0.text.contains("[ ] not yet") }.count == skills.count)
        #expect(laid.lines.allSatisfy { $0.width <= 38 }, "\(laid.lines.map(\.text).filter { DisplayWidth.of($0) > 38 })")
        #expect(laid.lines.contains { $0.text == "  [ ] not yet   Statistics and hypoth…" })
    }
}

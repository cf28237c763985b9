import Testing
import TutorCore
@testable import TutorUI

@Suite struct SkillsScreenTests {
    func screen(_ levels: [String: SkillLevel] = ["skill-linux": .have, "skill-teamwork": .learning]) -> SkillsScreen {
        SkillsScreen(skills: DashboardSamples.skills, levels: levels,
                     sectionTitles: ["technical-skills": "Technical skills", "soft-skills": "Soft skills"])
    }

    func frame(_ screen: SkillsScreen, width: Int, rows: Int) -> Frame {
        var frame = Frame(size: Size(width: width, height: rows))
        screen.render(into: &frame, firstRow: 0, rows: rows)
        return frame
    }

    @Test func groupsTechnicalBeforeSoftWithDetailsUnderTheSelection() {
        let s = screen()
        #expect(s.skills.map(\.id) == ["skill-linux", "skill-python", "skill-teamwork"])
        #expect(frame(s, width: 60, rows: 10).lines == [
            " Technical  1 have · 0 learning · 1 not yet",
            " › [✓] have      Linux and Unix command line",
            "                 Training and serving run on Linux servers.",
            "                 Enter reads “Technical skills”",
            "   [ ] not yet   Python",
            "",
            " Soft  0 have · 1 learning · 0 not yet",
            "   [~] learning  Teamwork",
            "",
            "",
        ])
    }

    /// At 60 columns the long why line wraps; the view moves so the whole block stays visible.
    @Test func longWhyWrapsAtSixtyColumnsAndStaysInView() {
        var s = screen()
        // `handle` planned for one line of why; at 60 columns it takes two, so drawing moves down one more.
        _ = s.handle(.end, visibleRows: 8)
        #expect(s.top == 0)
        #expect(frame(s, width: 60, rows: 8).lines == [
            "   [✓] have      Linux and Unix command line",
            "   [ ] not yet   Python",
            "",
            " Soft  0 have · 1 learning · 0 not yet",
            " › [~] learning  Teamwork",
            "                 ML work is shared with data, software and",
            "                 product people; agree on interfaces early.",
            "                 Enter reads “Soft skills”",
        ])
    }

    /// A window shorter than the selected block shows the selected skill first, then what fits.
    @Test func selectionStaysVisibleInATinyWindow() {
        let s = screen()
        #expect(frame(s, width: 60, rows: 2).lines == [
            " › [✓] have      Linux and Unix command line",
            "                 Training and serving run on Linux servers.",
        ])
    }

    @Test func atOneHundredColumns() {
        var s = screen()
        _ = s.handle(.end, visibleRows: 9)
        #expect(frame(s, width: 100, rows: 9).lines == [
            " Technical  1 have · 0 learning · 1 not yet",
            "   [✓] have      Linux and Unix command line",
            "   [ ] not yet   Python",
            "",
            " Soft  0 have · 1 learning · 0 not yet",
            " › [~] learning  Teamwork",
            "                 ML work is shared with data, software and product people; agree on interfaces",
            "                 early.",
            "                 Enter reads “Soft skills”",
        ])
    }

    @Test func selectedRowIsReverseVideoAcrossTheWidth() {
        let f = frame(screen(), width: 60, rows: 5)
        #expect((1..<59).allSatisfy { f[1, $0].style.reverse })
        #expect(!f[0, 1].style.reverse)
        #expect(!f[2, 20].style.reverse)
    }

    @Test func movingSkipsHeadingsAndStopsAtTheEnds() {
        var s = screen()
        _ = s.handle(.up, visibleRows: 10)
        #expect(s.selectedSkill?.id == "skill-linux")
        _ = s.handle(.character("j"), visibleRows: 10)
        _ = s.handle(.down, visibleRows: 10)
        #expect(s.selectedSkill?.id == "skill-teamwork")
        _ = s.handle(.down, visibleRows: 10)
        #expect(s.selectedSkill?.id == "skill-teamwork")
        _ = s.handle(.character("k"), visibleRows: 10)
        #expect(s.selectedSkill?.id == "skill-python")
        _ = s.handle(.home, visibleRows: 10)
        #expect(s.selected == 0)
    }

    @Test func spaceAndLCycleForwardHBackward() {
        var s = screen([:])
        _ = s.handle(.down, visibleRows: 10)  // Python, never marked
        #expect(s.handle(.character(" "), visibleRows: 10) == .setLevel(skillID: "skill-python", level: .learning))
        #expect(s.handle(.character("l"), visibleRows: 10) == .setLevel(skillID: "skill-python", level: .have))
        #expect(s.handle(.right, visibleRows: 10) == .setLevel(skillID: "skill-python", level: .notYet))
        #expect(s.handle(.character("h"), visibleRows: 10) == .setLevel(skillID: "skill-python", level: .have))
        #expect(s.handle(.left, visibleRows: 10) == .setLevel(skillID: "skill-python", level: .learning))
        #expect(s.level(of: "skill-python") == .learning)
        #expect(frame(s, width: 60, rows: 5).lines[2] == " › [~] learning  Python")
    }

    @Test func numbersSetLevelsAndZeroClears() {
        var s = screen()
        #expect(s.handle(.character("2"), visibleRows: 10) == .setLevel(skillID: "skill-linux", level: .learning))
        #expect(s.handle(.character("3"), visibleRows: 10) == .setLevel(skillID: "skill-linux", level: .notYet))
        #expect(s.handle(.character("1"), visibleRows: 10) == .setLevel(skillID: "skill-linux", level: .have))
        // Setting the level a skill already has changes nothing, so there is nothing to save.
        #expect(s.handle(.character("1"), visibleRows: 10) == nil)
        #expect(s.handle(.character("0"), visibleRows: 10) == .setLevel(skillID: "skill-linux", level: nil))
        #expect(s.level(of: "skill-linux") == nil)
        #expect(s.handle(.delete, visibleRows: 10) == nil)
        #expect(frame(s, width: 60, rows: 5).lines[1] == " › [ ] not yet   Linux and Unix command line")
    }

    @Test func enterOpensTheTeachingSectionAndEscGoesBack() {
        var s = screen()
        _ = s.handle(.down, visibleRows: 10)
        #expect(s.handle(.enter, visibleRows: 10) == .openSection(id: "python-for-ml"))
        for key in [Key.escape, .backspace, .character("q")] {
            #expect(s.handle(key, visibleRows: 10) == .back)
        }
    }

    @Test func scrollingKeepsTheSelectionVisible() {
        var s = screen()
        let rows = 4
        for _ in 0..<2 { _ = s.handle(.down, visibleRows: rows) }
        let lines = frame(s, width: 100, rows: rows).lines
        #expect(lines.first { $0.hasPrefix(" ›") } == " › [~] learning  Teamwork")
        _ = s.handle(.home, visibleRows: rows)
        #expect(s.top == 0)
        #expect(frame(s, width: 100, rows: rows).lines[0] == " Technical  1 have · 0 learning · 1 not yet")
    }

    /// Scrolling back up to the first soft skill shows the "Soft" heading above it too.
    @Test func firstSkillOfAGroupComesWithItsHeading() {
        let skills = [
            Skill(id: "skill-a", name: "A", kind: .technical, why: "Why A.", sectionID: "x"),
            Skill(id: "skill-b", name: "B", kind: .technical, why: "Why B.", sectionID: "x"),
            Skill(id: "skill-c", name: "C", kind: .soft, why: "Why C.", sectionID: "x"),
            Skill(id: "skill-d", name: "D", kind: .soft, why: "Why D.", sectionID: "x"),
        ]
        var s = SkillsScreen(skills: skills, levels: [:])
        let rows = 4
        _ = s.handle(.end, visibleRows: rows)
        #expect(frame(s, width: 60, rows: rows).lines == [
            "   [ ] not yet   C",
            " › [ ] not yet   D",
            "                 Why D.",
            "                 Enter reads “x”",
        ])
        _ = s.handle(.up, visibleRows: rows)
        #expect(frame(s, width: 60, rows: rows).lines == [
            " Soft  0 have · 0 learning · 2 not yet",
            " › [ ] not yet   C",
            "                 Why C.",
            "                 Enter reads “x”",
        ])
    }

    @Test func emptyCatalogueSaysSoAndIgnoresKeys() {
        var s = SkillsScreen(skills: [], levels: [:])
        #expect(s.handle(.character(" "), visibleRows: 5) == nil)
        #expect(s.handle(.enter, visibleRows: 5) == nil)
        #expect(s.handle(.escape, visibleRows: 5) == .back)
        #expect(frame(s, width: 60, rows: 2).lines == ["  No skills checklist in this course (no skills.yaml).", ""])
    }
}

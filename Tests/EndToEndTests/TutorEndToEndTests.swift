import Foundation
import Glibc
import Testing

/// The real binary in a real terminal (tmux): what a user sees and what the terminal looks like after.
@Suite(.serialized) struct TutorEndToEndTests {
    /// The menu's last row: curses draws top to bottom, so once it is on screen the rest is too.
    static let menuFooter = "? help  q quit"

    /// Runs the tutor on the sample content and waits for its menu before handing it to `body`.
    func withTutor(environment: [String: String] = [:], width: Int = 100, height: Int = 30,
                   _ body: (TmuxSession) async throws -> Void) async throws {
        try await TmuxSession.with(arguments: ["--content", TmuxSession.sampleContent], environment: environment,
                                   width: width, height: height, waitingFor: Self.menuFooter, body)
    }

    @Test func openScrollGoBackAndQuitRestoresTheTerminal() async throws {
        try await withTutor { s in
            let menu = try await s.screen()
            #expect(menu.contains("1  A long section"))
            #expect(menu.contains("3  A concept lesson"))
            try await s.send("1", "Enter")  // the sample content lists its quiz first
            let reader = try await s.waitForReader(showing: "Paragraph 1 of the long section")
            #expect(reader.contains("mltutor · A long section"))
            #expect(reader.contains("1–28/"))
            try await s.send("PageDown")
            let scrolled = try await s.waitFor("the reader to scroll a page") { $0.contains("28–55/") }
            #expect(!scrolled.contains("Paragraph 1 of the long section"))
            try await s.send("End")
            try await s.waitFor(text: "The last line of the long section.")
            try await s.send("Escape")
            let back = try await s.waitFor(text: "✓ read")
            #expect(back.contains("1/3 read"))
            try await s.send("q")
            #expect(try await s.exitStatus() == 0)
            #expect(try await s.alternateScreenOn() == false)
            #expect(try await s.cursorVisible() == true)
            #expect(try await s.keypadModeOn() == false)
        }
    }

    /// The menu is drawn before the quizzes are parsed; their row fills in, and keys typed at once
    /// wait for them instead of finding an empty list.
    @Test func quizzesArriveAfterTheFirstFrameAndEarlyKeysWaitForThem() async throws {
        try await withTutor { s in
            try await s.send("z", "Enter")
            let list = try await s.waitFor(text: "Sample quiz")
            #expect(list.contains("mltutor · Quizzes"))
            try await s.send("Escape")
            let menu = try await s.waitFor(text: "Timed quizzes (1)")
            #expect(!menu.contains("loading…"))
            try await s.send("q")
            #expect(try await s.exitStatus() == 0)
        }
    }

    @Test func numbersAndVimKeysMoveAndUnicodeRenders() async throws {
        try await withTutor { s in
            try await s.send("j", "j", "j", "k", "Enter")
            // The footer is drawn last: once it shows with the section, the whole page is there.
            let unicode = try await s.waitFor("the whole Markdown sample") { $0.contains("Unicode check:") && $0.contains("Esc back  ? help") }
            #expect(unicode.contains("Unicode check: χ², x̄, σ — é 漢字."))
            #expect(unicode.contains("• nested"))
            try await s.send("Escape", "3", "Enter")
            let concept = try await s.waitFor(text: "The χ² statistic sums (O − E)² / E over the cells.")
            #expect(concept.contains("mltutor · A concept lesson"))
            try await s.send("C-c")
            #expect(try await s.exitStatus() == 0)
            #expect(try await s.alternateScreenOn() == false)
        }
    }

    @Test(arguments: [60, 120])
    func wrapsToTheWidth(width: Int) async throws {
        var screen = ""
        try await withTutor(width: width) { s in
            try await s.send("1", "Enter")  // the sample content lists its quiz first
            screen = try await s.waitForReader(showing: "Paragraph 1 of the long section")
            try await s.send("q", "q")
            #expect(try await s.exitStatus() == 0)
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.allSatisfy { $0.count <= width })
        // The paragraph is 181 characters: 4 lines in 56 columns of text, 2 in 116.
        let start = try #require(lines.firstIndex { $0.contains("Paragraph 1 of") })
        let paragraph = lines[start...].prefix { !$0.isEmpty }
        #expect(paragraph.count == (width == 60 ? 4 : 2))
    }

    @Test func resizingNeverCrashesAndTooSmallRecovers() async throws {
        try await withTutor { s in
            try await s.send("1", "Enter")  // the sample content lists its quiz first
            try await s.waitFor(text: "Paragraph 1 of the long section")
            try await s.resize(width: 50, height: 15)
            try await s.waitFor("a 50-column layout") { screen in
                screen.contains("mltutor · A long section") && screen.split(separator: "\n").allSatisfy { $0.count <= 50 }
            }
            try await s.resize(width: 20, height: 6)
            try await s.waitFor(text: "too small")
            try await s.resize(width: 100, height: 30)
            try await s.waitFor(text: "mltutor · A long section")
            try await s.send("Escape", "q")
            #expect(try await s.exitStatus() == 0)
            #expect(try await s.alternateScreenOn() == false)
        }
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func terminationSignalsRestoreTheTerminal(signal: Int32) async throws {
        try await withTutor { s in
            try await s.send("1", "Enter")  // the sample content lists its quiz first
            try await s.waitFor(text: "Paragraph 1 of the long section")
            try await s.signal(signal)
            #expect(try await s.exitStatus() == 128 + Int(signal))
            #expect(try await s.alternateScreenOn() == false)
            #expect(try await s.cursorVisible() == true)
        }
    }

    @Test func aCrashRestoresTheTerminal() async throws {
        try await withTutor { s in
            try await s.signal(SIGSEGV)
            // The shell reports death by SIGSEGV as 128 + 11: the handler re-raised it after restoring.
            #expect(try await s.exitStatus() == 139)
            #expect(try await s.alternateScreenOn() == false)
        }
    }

    @Test func noColorMeansNoColourCodes() async throws {
        let colourCode = #/\e\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38;[25])[;m]/#
        var withColour = ""
        // The Markdown sample has headings and code, which are coloured when colour is allowed.
        try await withTutor { s in
            try await s.send("2", "Enter")
            try await s.waitFor(text: "Esc back  ? help")
            withColour = try await s.screenWithEscapes()
        }
        var withoutColour = ""
        try await withTutor(environment: ["NO_COLOR": "1"]) { s in
            try await s.send("2", "Enter")
            try await s.waitFor(text: "mltutor · Markdown sample")
            try await s.send("Escape")
            try await s.waitFor(text: Self.menuFooter)
            withoutColour = try await s.screenWithEscapes()
        }
        #expect(withColour.contains(colourCode))
        #expect(!withoutColour.contains(colourCode))
        // The selection stays visible without colour: reverse video (SGR 7).
        #expect(withoutColour.contains(#/\e\[(?:[0-9;]*;)?7[;m]/#))
    }
}

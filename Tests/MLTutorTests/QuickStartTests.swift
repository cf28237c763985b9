import ArgumentParser
import Testing
@testable import mltutor

/// The argument fast path must mean exactly what ArgumentParser means, or stand aside.
@Suite struct QuickStartTests {
    /// Argument lists the fast path takes, with what ArgumentParser makes of each.
    static let everydayStarts: [[String]] = [
        [],
        ["--plain"],
        ["--content", "Content"],
        ["--content=Content"],
        ["--progress", "/tmp/p.json"],
        ["--progress=~/p.json"],
        ["--plain", "--content", "a dir/with spaces", "--progress", "p.json"],
        ["--progress", "p.json", "--plain", "--content=C"],
        ["--content", "x=y"],
        ["--content=a=b"],
    ]

    @Test(arguments: everydayStarts)
    func agreesWithArgumentParser(_ arguments: [String]) throws {
        let quick = try #require(QuickStart(arguments: arguments))
        let parsed = try #require(try MLTutor.parseAsRoot(arguments) as? MLTutor)
        #expect(quick.content == parsed.options.content)
        #expect(quick.progress == parsed.options.progress)
        #expect(quick.plain == parsed.plain)
        #expect(quick.options.content == parsed.options.content)
        #expect(quick.options.progress == parsed.options.progress)
    }

    @Test func readsValues() throws {
        let quick = try #require(QuickStart(arguments: ["--content=C", "--progress", "p.json", "--plain"]))
        #expect(quick.content == "C")
        #expect(quick.progress == "p.json")
        #expect(quick.plain)
    }

    /// Everything else is left to ArgumentParser: subcommands, help, repeats, odd values, typos.
    @Test(arguments: [
        ["quiz", "t-tests"], ["validate"], ["--help"], ["-h"], ["--version"], ["help"],
        ["--plain", "--plain"], ["--content", "a", "--content", "b"], ["--content"], ["--content="],
        ["--content", "--plain"], ["--content", "-x"], ["--plain=yes"], ["--bogus"], ["stats", "dist"],
        ["--progress"], ["--", "--plain"], ["-p"],
    ])
    func declines(_ arguments: [String]) {
        #expect(QuickStart(arguments: arguments) == nil)
    }
}

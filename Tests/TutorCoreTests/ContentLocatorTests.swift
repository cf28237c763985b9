import Testing
@testable import TutorCore

@Suite struct ContentLocatorTests {
    let locator = ContentLocator { path in ["/repo/Content/guide", "/work/Content/guide"].contains(path) }

    @Test func optionWinsOverEverything() {
        let found = locator.locate(option: "/mine", environment: ["MLTUTOR_CONTENT": "/env"], executablePath: "/repo/.build/debug/mltutor",
                                   sourceFile: "/repo/Sources/mltutor/CommonOptions.swift", workingDirectory: "/work")
        #expect(found?.path == "/mine")
        #expect(found?.source == .option)
    }

    @Test func environmentComesNext() {
        let found = locator.locate(option: nil, environment: ["MLTUTOR_CONTENT": "/env"], executablePath: nil,
                                   sourceFile: "/x/y.swift", workingDirectory: "/")
        #expect(found?.path == "/env")
        #expect(found?.source == .environment)
    }

    @Test func walksUpFromTheExecutableFirst() {
        let found = locator.locate(option: nil, environment: [:], executablePath: "/repo/.build/x86_64-unknown-linux-gnu/release/mltutor",
                                   sourceFile: "/elsewhere/Sources/mltutor/A.swift", workingDirectory: "/work")
        #expect(found?.path == "/repo/Content")
    }

    @Test func fallsBackToSourceTreeThenWorkingDirectory() {
        let fromSource = locator.locate(option: nil, environment: [:], executablePath: "/usr/local/bin/mltutor",
                                        sourceFile: "/repo/Sources/mltutor/A.swift", workingDirectory: "/tmp")
        #expect(fromSource?.path == "/repo/Content")
        let fromCWD = locator.locate(option: nil, environment: [:], executablePath: "/usr/local/bin/mltutor",
                                     sourceFile: "/gone/Sources/mltutor/A.swift", workingDirectory: "/work/sub")
        #expect(fromCWD?.path == "/work/Content")
    }

    @Test func nothingFoundIsNil() {
        let none = locator.locate(option: "", environment: ["MLTUTOR_CONTENT": ""], executablePath: nil,
                                  sourceFile: "/a/b.swift", workingDirectory: "/c")
        #expect(none == nil)
    }

    @Test func parentOfPaths() {
        #expect(ContentLocator.parent(of: "/a/b/c") == "/a/b")
        #expect(ContentLocator.parent(of: "/a") == "/")
        #expect(ContentLocator.parent(of: "name") == "")
    }
}

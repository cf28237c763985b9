import Foundation
import Testing
@testable import mltutor

/// The start-up facts read with system calls must match what Foundation says.
@Suite struct LocalSystemTests {
    @Test func homeComesFromAnAbsoluteHOME() {
        #expect(LocalSystem.homeDirectory(environment: ["HOME": "/home/learner"]) == "/home/learner")
    }

    @Test func aMissingOrRelativeHOMEFallsBackToThePasswordDatabase() {
        let fromDatabase = LocalSystem.homeDirectory(environment: [:])
        #expect(fromDatabase.hasPrefix("/"))
        #expect(LocalSystem.homeDirectory(environment: ["HOME": "relative/home"]) == fromDatabase)
    }

    @Test(arguments: [0.0, 1_700_000_000, 1_719_000_000, 1_735_689_600])
    func offsetMatchesFoundation(_ seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(LocalSystem.utcOffsetSeconds(at: seconds) == TimeZone.current.secondsFromGMT(for: date))
    }

    @Test func foldersFilesAndTheExecutable() throws {
        #expect(LocalSystem.isDirectory("/"))
        #expect(!LocalSystem.isDirectory("/proc/version"))
        #expect(!LocalSystem.isDirectory("/no/such/folder"))
        let executable = try #require(LocalSystem.executablePath())
        #expect(FileManager.default.isExecutableFile(atPath: executable))
        #expect(LocalSystem.workingDirectory() == FileManager.default.currentDirectoryPath)
    }
}

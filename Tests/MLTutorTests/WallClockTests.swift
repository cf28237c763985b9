import Foundation
import Testing
import TutorCore
import TutorUI
@testable import mltutor

/// The zone offset is read at each use, so a session across a daylight-saving change follows it.
@Suite struct WallClockTests {
    /// 2026-10-25 01:00:00 UTC: central Europe leaves summer time (UTC+2 → UTC+1).
    static let change = 1_792_890_000.0
    static let zone: @Sendable (Double) -> Int = { $0 < WallClockTests.change ? 7_200 : 3_600 }

    @Test func anInvalidNowIsAnErrorNamingIt() {
        #expect(throws: CLIError.self) { try WallClock(environment: ["MLTUTOR_NOW": "yesterday"]) }
    }

    @Test func theOffsetIsTheOneAtTheMovedClocksTime() throws {
        let summer = try WallClock(environment: ["MLTUTOR_NOW": "2026-07-01T12:00:00Z"], zone: Self.zone)
        let winter = try WallClock(environment: ["MLTUTOR_NOW": "2026-12-01T12:00:00Z"], zone: Self.zone)
        #expect(summer.reading().utcOffsetSeconds == 7_200)
        #expect(winter.reading().utcOffsetSeconds == 3_600)
        #expect(abs(summer.now - 1_782_907_200) < 60)
    }

    @Test func aSessionAcrossTheChangeRecordsWithTheNewOffset() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mltutor-clock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // One second before the change; the session then runs across it.
        let clock = try WallClock(environment: ["MLTUTOR_NOW": "2026-10-25T00:59:59Z"], zone: Self.zone)
        let session = ProgressSession(path: folder.appendingPathComponent("progress.json").path, clock: clock)
        #expect(session.context.utcOffsetSeconds == 7_200)
        #expect(session.recorder.utcOffsetSeconds == 7_200)
        Thread.sleep(forTimeInterval: 1.2)
        _ = session.perform([.setSkill(id: "skill-python", level: .learning)])
        #expect(session.recorder.utcOffsetSeconds == 3_600)
        #expect(session.context.utcOffsetSeconds == 3_600)
    }
}

import Foundation
import TutorCore

/// The wall clock for date-based decisions, which `MLTUTOR_NOW` can move for tests and demos.
///
/// With the variable set, the clock starts at that instant and then runs at normal speed, so a
/// session still measures real durations.
struct WallClock: Sendable {
    private let offset: Double
    /// The learner's offset from UTC at an instant (the C library's zone rules; tests pass others).
    private let zone: @Sendable (Double) -> Int

    /// Reads `MLTUTOR_NOW` from `environment`; a value that does not parse is an error naming it.
    init(environment: [String: String], zone: @escaping @Sendable (Double) -> Int = LocalSystem.utcOffsetSeconds(at:)) throws {
        self.zone = zone
        let real = Date().timeIntervalSince1970
        if let text = environment["MLTUTOR_NOW"], !text.isEmpty {
            do {
                offset = try TimestampParser.parse(text) - real
            } catch {
                throw CLIError.invalidNow(error.description)
            }
        } else {
            offset = 0
        }
    }

    /// Seconds since 1970, shifted by `MLTUTOR_NOW` when given.
    var now: Double { Date().timeIntervalSince1970 + offset }

    /// The time and the zone offset at that time, read together.
    ///
    /// The offset is read at each use, not once at start, so a session that runs across a
    /// daylight-saving change puts its study days and reviews on the right local dates.
    func reading() -> (now: Double, utcOffsetSeconds: Int) {
        let now = self.now
        return (now, zone(now))
    }
}

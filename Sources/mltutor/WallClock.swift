import Foundation
import TutorCore

/// The wall clock for date-based decisions, which `MLTUTOR_NOW` can move for tests and demos.
///
/// With the variable set, the clock starts at that instant and then runs at normal speed, so a
/// session still measures real durations.
struct WallClock {
    private let offset: Double
    let utcOffsetSeconds: Int

    /// Reads `MLTUTOR_NOW` from `environment`; a value that does not parse is an error naming it.
    init(environment: [String: String]) throws {
        let real = Date()
        utcOffsetSeconds = LocalSystem.utcOffsetSeconds(at: real.timeIntervalSince1970)
        if let text = environment["MLTUTOR_NOW"], !text.isEmpty {
            do {
                offset = try TimestampParser.parse(text) - real.timeIntervalSince1970
            } catch {
                throw CLIError.invalidNow(error.description)
            }
        } else {
            offset = 0
        }
    }

    /// Seconds since 1970, shifted by `MLTUTOR_NOW` when given.
    var now: Double { Date().timeIntervalSince1970 + offset }
}

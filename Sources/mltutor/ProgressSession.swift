import Foundation
import TutorCore
import TutorUI

/// Keeps the learner's progress for one run: applies effects, saves after each batch, retries failures.
///
/// Lives in the executable because it reads the wall clock and the time zone; the decisions about
/// what changes live in `ProgressRecorder` and the file handling in `ProgressStore`.
final class ProgressSession {
    let store: ProgressStore
    private(set) var recorder: ProgressRecorder
    /// Whether memory holds changes the file does not (a save failed or was not possible yet).
    private(set) var dirty = false
    private var lastAttempt = ContinuousClock.now
    /// How often a failed save is tried again while the learner keeps working.
    static let retryInterval: Duration = .seconds(5)
    /// How long the reader must be still before its position is saved.
    static let scrollSaveDelay: Duration = .milliseconds(750)
    private var lastChange = ContinuousClock.now

    let clock: WallClock

    init(path: String, clock: WallClock) {
        self.clock = clock
        let (now, utcOffsetSeconds) = clock.reading()
        store = ProgressStore(path: path, now: now, utcOffsetSeconds: utcOffsetSeconds)
        recorder = ProgressRecorder(progress: store.loadedProgress, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// Tells the recorder which questions are generated, so they are reviewed as templates.
    func useGenerators(_ generators: [String: String]) {
        recorder.generatorOfQuestion = generators
    }

    /// The saved progress and the wall clock, for the screens that show them.
    var context: ProgressContext {
        let (now, utcOffsetSeconds) = clock.reading()
        return ProgressContext(progress: recorder.progress, wallNow: now, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// What to tell the learner at start: a damaged, newer or unusable file, or a read-only store.
    var openingNotice: String? {
        if let notice = store.outcome.notice { return notice }
        if case let .readOnly(reason) = store.access { return "Progress is not being saved: \(reason)" }
        return nil
    }

    /// Applies a batch of effects and saves once; answers with a notice event when saving fails or recovers.
    func perform(_ effects: [Effect]) -> [Event] {
        let (now, utcOffsetSeconds) = clock.reading()
        // Reviews and study days go on the local date of now, which a daylight-saving change can move.
        recorder.utcOffsetSeconds = utcOffsetSeconds
        let day = CivilDay(secondsSince1970: now, utcOffsetSeconds: utcOffsetSeconds)
        var changed = false
        for effect in effects {
            changed = recorder.apply(effect, now: now, day: day) || changed
        }
        if changed {
            dirty = true
            lastChange = ContinuousClock.now
        }
        // Scrolling alone is saved once the reader has been still for a moment (see `idle`): a save
        // rewrites the whole file, and one per key made scrolling slow with a long review log.
        // Everything else (answers, opening and closing sections, quitting) is saved at once.
        let onlyScrolling = effects.allSatisfy { if case .scrolled = $0 { return true } else { return false } }
        if onlyScrolling && !failing { return [] }
        let feedback = dirty ? save() : []
        return changed ? feedback + [.context(context)] : feedback
    }

    /// Saves whatever memory holds that the file does not (the end of a run; every step in plain
    /// mode, which has no idle ticks to save deferred scrolling).
    func flush() -> [Event] {
        dirty ? save() : []
    }

    /// Saves scrolling once it pauses, and retries a failed save now and then, so a full disk that
    /// frees up loses nothing.
    func idle() -> [Event] {
        guard dirty else { return [] }
        let now = ContinuousClock.now
        if failing {
            guard now - lastAttempt >= Self.retryInterval else { return [] }
        } else {
            guard now - lastChange >= Self.scrollSaveDelay else { return [] }
        }
        return save()
    }

    private func save() -> [Event] {
        if store.access.isReadOnly { return [] }  // already explained by the opening notice
        lastAttempt = ContinuousClock.now
        do {
            let wasFailing = failing
            try store.save(recorder.progress)
            dirty = false
            failing = false
            return wasFailing ? [.notice(nil)] : []
        } catch {
            failing = true
            return [.notice("Progress not saved (\(error.description)); still in memory, retrying.")]
        }
    }

    private var failing = false
}

/// Drives an `AppState` with events from a backend and performs the effects it asks for.
///
/// Rendering happens only when the input queue is drained, so a burst of keys costs one frame.
public enum RunLoop {
    /// How long to wait for a key before sending a tick.
    public static let tickInterval: Duration = .milliseconds(250)

    /// Runs until the state asks to quit.
    ///
    /// - Parameters:
    ///   - clock: reads monotonic time for ticks.
    ///   - perform: carries out a batch of effects (saving progress, say) before the next frame is
    ///     drawn, and may answer with events for the state, such as a notice that saving failed.
    ///   - idle: called on every tick, for work that retries in the background; may answer with events.
    ///   - afterFirstFrame: called once, right after the first frame is on screen and before any key
    ///     is read, for work the first frame does not need (parsing the quizzes); its events are
    ///     applied before the first key, so keys typed meanwhile wait and then act on the full state.
    public static func run(_ state: inout AppState, backend: some TerminalBackend, clock: () -> Duration,
                           perform: ([Effect]) -> [Event], idle: () -> [Event] = { [] },
                           afterFirstFrame: () -> [Event] = { [] }) {
        var effects = state.update(.resize(backend.size))
        var lastDrawn: Frame?
        var firstFrameDone = false
        while true {
            if !effects.isEmpty {
                let quitting = effects.contains(.quit)
                let feedback = perform(effects)
                effects = []
                for event in feedback { effects += state.update(event) }
                if quitting { return }
                continue
            }
            let frame = state.frame(size: backend.size)
            if frame != lastDrawn {
                backend.draw(frame)
                lastDrawn = frame
            }
            if !firstFrameDone {
                firstFrameDone = true
                for event in afterFirstFrame() { effects += state.update(event) }
                continue
            }
            if let event = backend.nextEvent(timeout: tickInterval) {
                // A key is stamped with the time it arrived, so a quiz charges each answer exactly.
                if case .key = event { effects += state.update(.tick(now: clock())) }
                effects += state.update(event)
                // Drain whatever else is already queued before drawing again.
                while !effects.contains(.quit), let more = backend.nextEvent(timeout: .zero) {
                    if case .key = more { effects += state.update(.tick(now: clock())) }
                    effects += state.update(more)
                }
            } else {
                effects += state.update(.tick(now: clock()))
                for event in idle() { effects += state.update(event) }
            }
        }
    }
}

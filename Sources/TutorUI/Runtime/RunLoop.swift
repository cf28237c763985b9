/// Drives an `AppState` with events from a backend and performs the effects it asks for.
///
/// Rendering happens only when the input queue is drained, so a burst of keys costs one frame.
public enum RunLoop {
    /// How long to wait for a key before sending a tick.
    public static let tickInterval: Duration = .milliseconds(250)

    /// Runs until the state asks to quit. `clock` reads monotonic time; `perform` handles effects
    /// (saving progress, for example) and is called before the next frame is drawn.
    public static func run(_ state: inout AppState, backend: some TerminalBackend,
                           clock: () -> Duration, perform: (Effect) -> Void) {
        var effects = state.update(.resize(backend.size))
        var lastDrawn: Frame?
        while true {
            if effects.contains(.quit) {
                effects.forEach(perform)
                return
            }
            effects.forEach(perform)
            effects = []
            let frame = state.frame(size: backend.size)
            if frame != lastDrawn {
                backend.draw(frame)
                lastDrawn = frame
            }
            if let event = backend.nextEvent(timeout: tickInterval) {
                effects += state.update(event)
                // Drain whatever else is already queued before drawing again.
                while !effects.contains(.quit), let more = backend.nextEvent(timeout: .zero) {
                    effects += state.update(more)
                }
            } else {
                effects += state.update(.tick(now: clock()))
            }
        }
    }
}

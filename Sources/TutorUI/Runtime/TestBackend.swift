/// An in-memory terminal for tests: scripted events in, drawn frames out.
public final class TestBackend: TerminalBackend {
    public private(set) var size: Size
    public private(set) var frames: [Frame] = []
    /// Monotonic time as the script has advanced it; pass `{ backend.now }` as the run loop's clock.
    public private(set) var now: Duration = .zero
    private var events: [Event]

    /// When true, zero-timeout polls return queued events, as a real terminal does with a burst of
    /// keys; when false each event gets its own frame, which makes step-by-step assertions easy.
    public var deliversBursts: Bool

    public init(size: Size, events: [Event], deliversBursts: Bool = false) {
        self.size = size
        self.events = events
        self.deliversBursts = deliversBursts
    }

    /// The last frame drawn, if any.
    public var lastFrame: Frame? { frames.last }

    public func draw(_ frame: Frame) {
        frames.append(frame)
    }

    public func nextEvent(timeout: Duration?) -> Event? {
        if timeout == .zero && !deliversBursts { return nil }
        guard !events.isEmpty else {
            if timeout == .zero { return nil }
            // An exhausted script behaves like a user who pressed Ctrl-C, so a test never hangs.
            return .key(.interrupt)
        }
        let event = events.removeFirst()
        switch event {
        case let .resize(newSize):
            size = newSize
        case let .tick(time):
            // A scripted tick is a wait that timed out: the loop then reads the clock, as with a terminal.
            now = time
            return nil
        default:
            break
        }
        return event
    }

    /// Whether scripted events remain; lets the run loop drain a burst without waiting.
    public var hasPendingEvents: Bool { !events.isEmpty }
}

#if canImport(Glibc)
import Glibc
#endif
import CNcurses

/// Restores the terminal when the process is told to stop or crashes.
///
/// Termination signals only set a flag that the event loop turns into `.terminate`, so progress is
/// saved by ordinary code and not inside a signal handler. Crash signals cannot return to the loop:
/// their handler leaves curses mode at once and then re-raises the signal with the default action,
/// so the exit status and any core dump stay what they would have been.
enum SignalGuard {
    /// The termination signal received (0 for none); set by the handler, read by the event loop.
    nonisolated(unsafe) static var terminationRequested: sig_atomic_t = 0

    static let terminationSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    static func install() {
        for sig in terminationSignals {
            signal(sig) { sig in SignalGuard.terminationRequested = sig }
        }
        for sig in crashSignals {
            signal(sig) { sig in
                // Not async-signal-safe in theory, but the alternative is a terminal left in raw mode.
                endwin()
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
        // A dead terminal must not kill us with SIGPIPE before progress is saved.
        signal(SIGPIPE, SIG_IGN)
    }

    static func uninstall() {
        for sig in terminationSignals + crashSignals { signal(sig, SIG_DFL) }
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Termination signals in plain mode: they end the blocking read, so the session saves and exits.
///
/// The handler only records the signal. It is installed without `SA_RESTART`, so a `read` that is
/// waiting for the learner's next line fails with `EINTR` instead of resuming, `StandardInputLines`
/// ends the input, and the driver saves through ordinary code, as it does at the end of input.
enum PlainSignals {
    /// The termination signal received, or 0; set by the handler, read by the driver.
    nonisolated(unsafe) static var received: sig_atomic_t = 0

    static let signals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]

    static func install() {
        for number in signals {
            // A signal the parent set to be ignored stays ignored: that is how `nohup` and a shell's
            // background jobs ask not to be stopped by a hang-up or Ctrl-C.
            var current = sigaction()
            sigaction(number, nil, &current)
            if let handler = current.__sigaction_handler.sa_handler,
               unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in PlainSignals.received = number }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(number, &action, nil)
        }
    }
}

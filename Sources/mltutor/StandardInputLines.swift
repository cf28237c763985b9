#if canImport(Glibc)
import Glibc
#endif

/// Reads standard input one line at a time with `read(2)`, giving up when a termination signal arrives.
///
/// With the standard library's `readLine`, a signal that interrupts the wait does not end it: the
/// process was seen spinning inside `getdelim` after SIGTERM, never returning to save and exit.
/// Reading the descriptor directly lets an interrupted read end the input when `PlainSignals`
/// recorded a signal.
struct StandardInputLines {
    private var buffer: [UInt8] = []
    private var ended = false

    /// The next line without its line feed (a carriage return before it is left for the caller to
    /// trim), the last unterminated line at end of input, or nil at the end or after a signal.
    mutating func next() -> String? {
        while PlainSignals.received == 0 {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            if ended {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
            } else if count == 0 || errno != EINTR {
                ended = true
            }
            // An interrupted read (EINTR) goes round again: the loop ends if it was a termination signal.
        }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The advisory lock that keeps two mltutor processes from saving over each other.
///
/// `flock` on a separate `progress.lock` file, not on the progress file itself: the progress file
/// is replaced by rename on every save, and a lock on the old inode would protect nothing.
/// flock locks belong to the open file description, so two opens in one process also exclude each
/// other, and the kernel drops the lock when the process dies (no stale lock files to clean up).
/// The lock file itself stays behind on purpose: deleting it while another process is opening it
/// would let two processes lock two different files.
enum ProgressLock {
    enum Outcome {
        /// The lock is ours for as long as `descriptor` stays open.
        case acquired(descriptor: Int32)
        case heldByAnother
        case failed(code: Int32)
    }

    static func acquire(at path: String) -> Outcome {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return .failed(code: errno) }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            close(descriptor)
            return code == EWOULDBLOCK ? .heldByAnother : .failed(code: code)
        }
        return .acquired(descriptor: descriptor)
    }
}

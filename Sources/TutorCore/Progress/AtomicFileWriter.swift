#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents so that a crash at any moment leaves either the old or the new bytes.
///
/// Steps: create a temporary file in the same folder (mode 0600, so it is never readable by
/// others even briefly), write everything, fsync it, rename it over the target, fsync the folder
/// so the rename itself survives a power cut. `Data.write(options: .atomic)` is not used: it
/// resets the mode to 0644, replaces a symlink with a file, and does not fsync the folder.
struct AtomicFileWriter: Sendable {
    var operations: ProgressFileOperations

    /// Writes `bytes` to `path` (whose symlinks the caller has already resolved).
    ///
    /// On failure the temporary file is removed and `path` is untouched.
    func write(_ bytes: [UInt8], to path: String) throws(ProgressSaveError) {
        let folder = ProgressFiles.directory(of: path)
        let (temporary, descriptor) = try createTemporary(for: path, in: folder)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }

        do throws(ProgressSaveError) {
            try writeAll(bytes, to: descriptor, path: temporary)
            if operations.fsync(descriptor) != 0 {
                throw .system(operation: .sync, path: temporary, code: errno)
            }
        } catch {
            close(descriptor)
            throw error
        }
        // close can report a delayed write error (NFS, quotas), so it is checked too.
        if close(descriptor) != 0 {
            throw .system(operation: .close, path: temporary, code: errno)
        }
        guard rename(temporary, path) == 0 else {
            throw .system(operation: .rename, path: path, code: errno)
        }
        renamed = true
        try syncDirectory(folder)
    }

    private func createTemporary(for path: String, in folder: String) throws(ProgressSaveError) -> (String, Int32) {
        let prefix = ProgressFiles.join(folder, "." + ProgressFiles.name(of: path) + ".tmp-")
        while true {
            let candidate = prefix + String(UInt32.random(in: .min ... .max), radix: 16)
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
            if descriptor >= 0 {
                // The umask may have removed bits from 0600; set it exactly.
                _ = fchmod(descriptor, 0o600)
                return (candidate, descriptor)
            }
            let code = errno
            if code == EEXIST || code == EINTR { continue }
            throw .system(operation: .createTemporaryFile, path: folder, code: code)
        }
    }

    /// Writes every byte, retrying short writes and EINTR.
    func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(ProgressSaveError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                operations.write(descriptor, UnsafeRawBufferPointer(rebasing: buffer[offset...]))
            }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                throw .system(operation: .write, path: path, code: code)
            }
            if count == 0 {
                // write(2) returning 0 for a non-empty buffer means no progress can be made.
                throw .system(operation: .write, path: path, code: ENOSPC)
            }
            offset += count
        }
    }

    /// Flushes a folder so a new name in it survives a power cut.
    func syncDirectory(_ folder: String) throws(ProgressSaveError) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .system(operation: .syncDirectory, path: folder, code: errno)
        }
        defer { close(descriptor) }
        if operations.fsync(descriptor) != 0 {
            let code = errno
            // Some file systems cannot fsync a folder; the rename has happened, so that is not a failure.
            if code == EINVAL || code == ENOTSUP { return }
            throw .system(operation: .syncDirectory, path: folder, code: code)
        }
    }
}

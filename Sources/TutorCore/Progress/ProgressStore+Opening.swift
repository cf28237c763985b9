#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two halves of opening a store: taking the folder and the lock, then reading the file.
extension ProgressStore {
    /// Creates the folder and takes the lock.
    ///
    /// - Returns: the lock's descriptor when this store owns the file, else why it is read-only.
    static func prepare(folder: String, lockPath: String, filePath: String) -> (descriptor: Int32?, problem: String?) {
        do throws(ProgressSaveError) {
            try ProgressFiles.createDirectories(folder)
        } catch {
            return (nil, "\(error); progress will not be saved")
        }
        switch ProgressLock.acquire(at: lockPath) {
        case .acquired(let descriptor):
            return (descriptor, nil)
        case .heldByAnother:
            return (nil, "another mltutor is using \(filePath) (lock \(lockPath)); progress will not be saved")
        case .failed(let code):
            return (nil, "cannot lock \(lockPath): \(systemMessage(code)); progress will not be saved")
        }
    }

    /// What reading the file produced.
    struct Opened {
        var progress = Progress()
        var outcome: ProgressLoadOutcome
        /// Set when the file itself forbids writing (newer schema, or stuck and unusable).
        var readOnlyReason: String?
        /// What the review log file holds, for the first save; nil means a new log of the default name.
        var log: ReviewLogBookkeeping?
    }

    /// Reads and decodes the file; a damaged or unreadable one is moved aside only if `ownsFile`
    /// (with another mltutor holding the lock, the file is that process's business).
    static func load(
        filePath: String, ownsFile: Bool, writer: AtomicFileWriter, stamp: String, utcOffsetSeconds: Int
    ) -> Opened {
        func setAside(_ reason: String) -> Opened {
            guard ownsFile else {
                return Opened(outcome: .unusable(reason: reason), readOnlyReason: "\(filePath): \(reason)")
            }
            do throws(ProgressSaveError) {
                let newPath = try ProgressFiles.moveAside(filePath, stamp: stamp)
                return Opened(outcome: .movedAside(path: newPath, reason: reason))
            } catch {
                let why = "\(filePath): \(reason), and it could not be moved aside (\(error)); it is left untouched"
                return Opened(outcome: .unusable(reason: why), readOnlyReason: why)
            }
        }

        switch FileAccess.contents(of: filePath) {
        case .missing:
            return Opened(outcome: .fresh)
        case .failed(let code) where code == EISDIR:
            let why = "\(filePath) is a folder, not a file"
            return Opened(outcome: .unusable(reason: why), readOnlyReason: why)
        case .failed(let code):
            return setAside("the file cannot be read (\(systemMessage(code)))")
        case .bytes(let bytes):
            let read = StoredProgress.read(documentBytes: bytes, filePath: filePath, fallbackUTCOffsetSeconds: utcOffsetSeconds)
            switch read.decoded {
            case .current(let progress):
                return openLog(read.log, Opened(progress: progress, outcome: .loaded), ownsFile: ownsFile,
                               writer: writer, stamp: stamp)
            case .migrated(let progress, let version):
                // The next save replaces the old-format file; keep its bytes in case a migration
                // step turns out wrong. Best effort: a failed backup must not stop the learner.
                let backup = filePath + ".schema\(version)-backup"
                if ownsFile && !ProgressFiles.exists(backup) {
                    try? writer.write(bytes, to: backup)
                }
                return openLog(read.log, Opened(progress: progress, outcome: .migrated(fromVersion: version)),
                               ownsFile: ownsFile, writer: writer, stamp: stamp)
            case .newer(let version, let readable):
                return Opened(
                    progress: readable ?? Progress(), outcome: .newerSchema(version: version),
                    readOnlyReason: "\(filePath) was written by a newer mltutor (schema \(version), this one knows "
                        + "\(Progress.currentSchemaVersion)); it is left untouched and progress will not be saved")
            case .damaged(let reason):
                return setAside(reason)
            }
        }
    }

    /// Takes stock of the review log the document references, and (as lock holder) tidies it.
    ///
    /// - Intact: lines after the committed ones (a save that died before its document) are cut off.
    /// - Damaged: the kept reviews are in `opened.progress`; the file is copied aside untouched and
    ///   marked for a rewrite at the next save. If it cannot be read or copied, the store is
    ///   read-only: overwriting the only copy of those reviews is never an option.
    static func openLog(
        _ log: StoredProgress.LogFile?, _ opened: Opened, ownsFile: Bool, writer: AtomicFileWriter, stamp: String
    ) -> Opened {
        guard let log else { return opened }
        var result = opened
        var bookkeeping = ReviewLogBookkeeping(
            logName: log.name, count: log.contents.entries.count, byteLength: log.contents.committedByteLength,
            lastEntry: log.contents.entries.last, mustRewrite: false, tailMayBeDirty: false)
        guard var damage = log.damage else {
            if ownsFile && log.contents.totalByteLength > log.contents.committedByteLength {
                do throws(ProgressSaveError) {
                    try ProgressPairWriter(operations: writer.operations).truncate(log.path, to: log.contents.committedByteLength)
                } catch {
                    // Harmless: the next append cuts the leftovers off too.
                    bookkeeping.tailMayBeDirty = true
                }
            }
            result.log = bookkeeping
            return result
        }
        bookkeeping.mustRewrite = true
        result.log = bookkeeping
        if let code = log.readError {
            result.outcome = .reviewLogDamaged(damage)
            result.readOnlyReason = result.readOnlyReason
                ?? "\(log.path) cannot be read (\(systemMessage(code))); progress will not be saved"
            return result
        }
        if ownsFile, let bytes = log.bytes {
            let copy = ProgressFiles.unusedName(log.path + ".corrupt-" + stamp)
            do throws(ProgressSaveError) {
                try writer.write(bytes, to: copy)
                damage.copyPath = copy
            } catch {
                result.readOnlyReason = result.readOnlyReason
                    ?? "\(damage.problem), and it could not be copied aside (\(error)); progress will not be saved"
            }
        }
        result.outcome = .reviewLogDamaged(damage)
        return result
    }

    /// Renames a non-empty log file that no document references (its document was damaged and moved
    /// aside, deleted, or holds its log inline) to `NAME.corrupt-STAMP`, since the first save would
    /// otherwise write over it.
    ///
    /// - Returns: why the store must stay read-only when the file is there but cannot be renamed.
    static func setAsideUnreferencedLog(_ logPath: String, stamp: String) -> String? {
        var info = stat()
        guard lstat(logPath, &info) == 0, info.st_mode & S_IFMT != S_IFREG || info.st_size > 0 else { return nil }
        do throws(ProgressSaveError) {
            _ = try ProgressFiles.moveAside(logPath, stamp: stamp)
            return nil
        } catch {
            return "\(logPath) is not referenced by the progress file and could not be moved aside (\(error)); "
                + "progress will not be saved"
        }
    }

    /// Removes temporary files a killed save left behind (`.progress.json.tmp-*`, and the same for
    /// the review log's rewrites).
    ///
    /// Only the lock holder does this: with the lock, no other process can be writing one now, and
    /// such a file never holds anything the real file lacks (the rename is what commits a save).
    static func removeStrayTemporaries(folder: String, filePath: String, logName: String) {
        guard case .success(let names) = FileAccess.names(in: folder) else { return }
        let prefixes = [ProgressFiles.name(of: filePath), logName].map { "." + $0 + ".tmp-" }
        for name in names where prefixes.contains(where: name.hasPrefix) {
            unlink(ProgressFiles.join(folder, name))
        }
    }
}

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
    }

    /// Reads and decodes the file; a damaged or unreadable one is moved aside only if `ownsFile`
    /// (with another mltutor holding the lock, the file is that process's business).
    static func load(filePath: String, ownsFile: Bool, writer: AtomicFileWriter, stamp: String) -> Opened {
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

        switch ProgressFiles.readAll(filePath) {
        case .missing:
            return Opened(outcome: .fresh)
        case .failed(let code) where code == EISDIR:
            let why = "\(filePath) is a folder, not a file"
            return Opened(outcome: .unusable(reason: why), readOnlyReason: why)
        case .failed(let code):
            return setAside("the file cannot be read (\(systemMessage(code)))")
        case .bytes(let bytes):
            switch ProgressDocument.decode(bytes) {
            case .current(let progress):
                return Opened(progress: progress, outcome: .loaded)
            case .migrated(let progress, let version):
                // The next save replaces the old-format file; keep its bytes in case a migration
                // step turns out wrong. Best effort: a failed backup must not stop the learner.
                let backup = filePath + ".schema\(version)-backup"
                if ownsFile && !ProgressFiles.exists(backup) {
                    try? writer.write(bytes, to: backup)
                }
                return Opened(progress: progress, outcome: .migrated(fromVersion: version))
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

    /// Removes temporary files a killed save left behind (`.progress.json.tmp-*`).
    ///
    /// Only the lock holder does this: with the lock, no other process can be writing one now, and
    /// such a file never holds anything the real file lacks (the rename is what commits a save).
    static func removeStrayTemporaries(folder: String, filePath: String) {
        let prefix = "." + ProgressFiles.name(of: filePath) + ".tmp-"
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var strays: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(prefix) { strays.append(name) }
        }
        for name in strays { unlink(ProgressFiles.join(folder, name)) }
    }
}

// ProgressBench: times the real TutorCore code that sits on the tutor's start-up and save paths.
//
//   ProgressBench [--runs N] [--entries N] [--json] [--content LABEL=DIR]... [--write-fixture FILE]
//
// Every figure is the median of N runs (default 9) after one warm-up, printed next to a reference
// operation timed in the same run, so the ratio survives a noisy machine. The measures:
// - save: with a progress whose review log has --entries entries (default 100,000) saved once, each
//   timed run records one more review (`Progress.recordReview`) and calls `ProgressStore.save`, which
//   appends one log line and rewrites the small document; reference: a FileHandle write + fsync of
//   as many bytes as that save wrote. Next to it, the old way: the whole inline document rewritten;
// - load: opening a `ProgressStore` on that pair (lock, read, decode, parse the log, replay the
//   cards); reference: a FileHandle read of both files. The replay is timed apart, and so is
//   reading the same progress as one inline document (what exports and schema-1 files are);
// - for each --content: the launcher's load (`SectionLoader` + `QuizLoader`) and `ContentValidator`;
//   reference: reading every file of the folder with a FileHandle.
// --write-fixture saves the progress at FILE (and its log beside it, named as FILE's document records),
// for scripts/bench_pty.py to start the tutor with.
// With --json each row is one JSON object per line, for scripts/bench_pty.py to put in its table.

import Foundation
import Synchronization
import TutorCore

/// The limit for saving a 100k-entry progress.
let saveLimitMilliseconds = 20.0

struct Options {
    var runs = 9
    var entries = 100_000
    var json = false
    var contents: [(label: String, path: String)] = []
    /// Where to leave a copy of the benchmark's progress file, for timing the tutor starting with it.
    var fixturePath: String?

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--runs", "--entries", "--content", "--write-fixture":
                guard let value = rest.popFirst() else { throw BenchError("\(argument) needs a value") }
                if argument == "--write-fixture" {
                    fixturePath = value
                } else if argument == "--content" {
                    let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
                    contents.append(parts.count == 2 ? (parts[0], parts[1]) : (value, value))
                } else {
                    guard let number = Int(value), number > 0 else {
                        throw BenchError("\(argument) wants a whole number > 0, got '\(value)'")
                    }
                    if argument == "--runs" { runs = number } else { entries = number }
                }
            case "--json": json = true
            default: throw BenchError("unknown argument '\(argument)'")
            }
        }
    }
}

func benchmarkProgress(_ options: Options, stopwatch: Stopwatch, folder: String) throws -> [ResultRow] {
    var progress = ProgressFixture.progress(entries: options.entries, items: 2_000)
    let path = folder + "/progress.json"
    let logPath = folder + "/progress.reviews.jsonl"
    let referencePath = folder + "/reference.bin"
    let count = options.entries.formatted()
    var rows: [ResultRow] = []

    // Counts what a save writes, so the reference writes exactly as many bytes.
    let written = Counter()
    let counting = ProgressFileOperations(
        write: { descriptor, bytes in
            let count = ProgressFileOperations.system.write(descriptor, bytes)
            if count > 0 { written.add(count) }
            return count
        },
        fsync: ProgressFileOperations.system.fsync)
    do {
        let store = ProgressStore(path: path, now: 0, operations: counting)
        guard store.outcome == .fresh, !store.access.isReadOnly else {
            throw BenchError("a fresh store at \(path) opened as \(store.outcome), \(store.access)")
        }
        // The first save writes the whole log; the tutor does that once, when a log is split out.
        try store.save(progress)
        // What the tutor does after each answer: one more review, then a save.
        var next = 0
        func reviewAndSave() throws {
            let item = "question:bench-quiz-\(next % 2_000)"
            progress.recordReview(of: item, rating: .good, at: 1_760_000_000 + Double(options.entries + next) * 900,
                                  utcOffsetSeconds: 19_800)
            next += 1
            try store.save(progress)
        }
        written.reset()
        try reviewAndSave()
        let bytesPerSave = written.value
        let save = try stopwatch.median { try reviewAndSave() }
        let reference = try stopwatch.median { try ReferenceIO.writeAndSync(count: bytesPerSave, to: referencePath) }
        rows.append(ResultRow(
            measure: "save progress, \(count)-entry log, one more review (\(bytesPerSave) bytes written)",
            tutorMilliseconds: save, baselineMilliseconds: reference,
            baselineName: "FileHandle write+fsync, same bytes", limitMilliseconds: saveLimitMilliseconds))
    }  // the store (and its lock) is released here, so the loads below can take the lock

    // What the same save cost before the log had its own file: the whole inline document, rewritten.
    let inlinePath = folder + "/inline.json"
    let inline = try ProgressDocument.encode(progress)
    let rewrite = try stopwatch.median { try AtomicFile.write(try ProgressDocument.encode(progress), to: inlinePath) }
    let rewriteReference = try stopwatch.median { try ReferenceIO.writeAndSync(count: inline.count, to: referencePath) }
    rows.append(ResultRow(measure: "  before: rewrite it as one inline document (\(inline.count / 1024) KiB)",
                          tutorMilliseconds: rewrite, baselineMilliseconds: rewriteReference,
                          baselineName: "FileHandle write+fsync, same bytes"))

    if let fixturePath = options.fixturePath {
        // Saved through a store at the fixture's own path, so the log beside it has the name the
        // document records and the tutor started with the file finds both.
        // An older fixture goes first, both files: a store that had read it would only add to it.
        let oldLogPath = ProgressStore(path: fixturePath, now: 0).logPath
        try? FileManager.default.removeItem(atPath: fixturePath)
        try? FileManager.default.removeItem(atPath: oldLogPath)
        let fixtureStore = ProgressStore(path: fixturePath, now: 0)
        guard fixtureStore.outcome == .fresh, !fixtureStore.access.isReadOnly else {
            throw BenchError("\(fixturePath) cannot be written afresh: \(fixtureStore.outcome), \(fixtureStore.access)")
        }
        try fixtureStore.save(progress)
        guard ProgressSnapshot.read(path: fixturePath).progress == progress else {
            throw BenchError("\(fixturePath) does not read back as the benchmark's progress")
        }
    }

    let entries = progress.reviewLog.count
    let readReference = try stopwatch.median {
        try ReferenceIO.read(path)
        try ReferenceIO.read(logPath)
    }
    var loadedCount = 0
    let load = stopwatch.median {
        let store = ProgressStore(path: path, now: 0)
        loadedCount = store.outcome == .loaded ? store.loadedProgress.reviewLog.count : -1
    }
    guard loadedCount == entries else {
        throw BenchError("loading \(path) gave \(loadedCount) log entries, expected \(entries)")
    }
    // The document keeps no cards: what loading replays must be what recording produced.
    guard ProgressStore(path: path, now: 0).loadedProgress == progress else {
        throw BenchError("loading \(path) did not give back the saved progress (log or replayed cards differ)")
    }
    rows.append(ResultRow(measure: "load progress, \(entries.formatted())-entry log (document + log file)",
                          tutorMilliseconds: load, baselineMilliseconds: readReference,
                          baselineName: "FileHandle read of both files"))
    let replay = stopwatch.median {
        _ = ReviewSchedule.replay(progress.reviewLog, settings: progress.review.settings, fallbackUTCOffsetSeconds: 19_800)
    }
    rows.append(ResultRow(measure: "  of which replaying the cards from the log", tutorMilliseconds: replay,
                          baselineMilliseconds: readReference, baselineName: "FileHandle read of both files"))

    let inlineReference = try stopwatch.median { try ReferenceIO.read(inlinePath) }
    var inlineCount = 0
    let inlineLoad = stopwatch.median {
        inlineCount = ProgressSnapshot.read(path: inlinePath).progress?.reviewLog.count ?? -1
    }
    guard inlineCount == entries else {
        throw BenchError("reading \(inlinePath) gave \(inlineCount) log entries, expected \(entries)")
    }
    rows.append(ResultRow(measure: "  before: read it as one inline document (export, schema 1)",
                          tutorMilliseconds: inlineLoad, baselineMilliseconds: inlineReference,
                          baselineName: "FileHandle read"))
    return rows
}

/// A byte count shared with the write closure of `ProgressFileOperations` (which must be `Sendable`).
final class Counter: Sendable {
    private let storage = Mutex(0)

    func add(_ count: Int) { storage.withLock { $0 += count } }
    func reset() { storage.withLock { $0 = 0 } }
    var value: Int { storage.withLock { $0 } }
}

func benchmarkContent(label: String, directory: String, stopwatch: Stopwatch) throws -> [ResultRow] {
    let report = ContentValidator.validate(contentDirectory: directory)
    guard report.isOK else {
        throw BenchError("\(directory) does not validate: \(report.problems.count) problem(s), first: "
                         + (report.problems.first?.description ?? "?"))
    }
    let files = ReferenceIO.files(under: directory)
    let readAll = try stopwatch.median { for file in files { try ReferenceIO.read(file) } }
    let load = stopwatch.median {
        _ = SectionLoader.load(contentDirectory: directory)
        _ = QuizLoader.load(contentDirectory: directory)
    }
    let validate = stopwatch.median { _ = ContentValidator.validate(contentDirectory: directory) }
    let what = "\(report.sectionCount) sections, \(report.quizCount) quizzes"
    return [
        ResultRow(measure: "content load, \(label) (\(what))", tutorMilliseconds: load,
                  baselineMilliseconds: readAll, baselineName: "FileHandle read of its \(files.count) files"),
        ResultRow(measure: "content validate, \(label)", tutorMilliseconds: validate,
                  baselineMilliseconds: readAll, baselineName: "FileHandle read of its \(files.count) files"),
    ]
}

do {
    let options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
    let stopwatch = Stopwatch(runs: options.runs)
    let folder = FileManager.default.temporaryDirectory.path + "/mltutor-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var rows = try benchmarkProgress(options, stopwatch: stopwatch, folder: folder)
    for content in options.contents {
        rows += try benchmarkContent(label: content.label, directory: content.path, stopwatch: stopwatch)
    }
    for row in rows { print(options.json ? row.json : row.text) }
} catch {
    FileHandle.standardError.write(Data("ProgressBench: \(error)\n".utf8))
    exit(1)
}

// ProgressBench: times the real TutorCore code that sits on the tutor's start-up and save paths.
//
//   ProgressBench [--runs N] [--entries N] [--json] [--content LABEL=DIR]... [--write-fixture FILE]
//
// Every figure is the median of N runs (default 9) after one warm-up, printed next to a reference
// operation timed in the same run, so the ratio survives a noisy machine. The measures:
// - save: `ProgressStore.save` of a progress whose review log has --entries entries (default 100,000);
//   reference: a FileHandle write of the same number of bytes plus fsync;
// - encode / decode: the JSON part of saving and loading alone (`ProgressDocument`), same references,
//   with the parts that suggest levers (compact encoding; decode's two passes) timed apart;
// - load: opening a `ProgressStore` on that file (lock, read, decode); reference: a FileHandle read of it;
// - for each --content: the launcher's load (`SectionLoader` + `QuizLoader`) and `ContentValidator`;
//   reference: reading every file of the folder with a FileHandle.
// --write-fixture copies the saved progress file to FILE, for scripts/bench_pty.py to start the tutor with.
// With --json each row is one JSON object per line, for scripts/bench_pty.py to put in its table.

import Foundation
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
    let progress = ProgressFixture.progress(entries: options.entries, items: 2_000)
    let bytes = try ProgressDocument.encode(progress)
    let path = folder + "/progress.json"
    let referencePath = folder + "/reference.bin"
    let size = "\(bytes.count / 1024) KiB"
    let count = options.entries.formatted()
    var rows: [ResultRow] = []

    let writeReference = try stopwatch.median { try ReferenceIO.writeAndSync(count: bytes.count, to: referencePath) }
    do {
        let store = ProgressStore(path: path, now: 0)
        guard store.outcome == .fresh, !store.access.isReadOnly else {
            throw BenchError("a fresh store at \(path) opened as \(store.outcome), \(store.access)")
        }
        let save = try stopwatch.median { try store.save(progress) }
        rows.append(ResultRow(measure: "save progress, \(count)-entry log (\(size))", tutorMilliseconds: save,
                              baselineMilliseconds: writeReference, baselineName: "FileHandle write+fsync",
                              limitMilliseconds: saveLimitMilliseconds))
    }  // the store (and its lock) is released here, so the loads below can take the lock
    let encode = try stopwatch.median { _ = try ProgressDocument.encode(progress) }
    rows.append(ResultRow(measure: "  of which JSON encode", tutorMilliseconds: encode,
                          baselineMilliseconds: writeReference, baselineName: "FileHandle write+fsync"))
    // What the file's format costs: the same value without pretty printing and sorted keys.
    var compactSize = 0
    let compact = try stopwatch.median { compactSize = try JSONEncoder().encode(progress).count }
    rows.append(ResultRow(measure: "  compact JSON encode instead (\(compactSize / 1024) KiB)", tutorMilliseconds: compact,
                          baselineMilliseconds: writeReference, baselineName: "FileHandle write+fsync"))

    do {
        // The lever for the save target: everything but the log, which could be appended to instead.
        var withoutLog = progress
        withoutLog.reviewLog = []
        let smallSize = try ProgressDocument.encode(withoutLog).count
        let store = ProgressStore(path: folder + "/without-log.json", now: 0)
        let save = try stopwatch.median { try store.save(withoutLog) }
        let reference = try stopwatch.median { try ReferenceIO.writeAndSync(count: smallSize, to: referencePath) }
        rows.append(ResultRow(measure: "  same progress without its log (\(smallSize / 1024) KiB)", tutorMilliseconds: save,
                              baselineMilliseconds: reference, baselineName: "FileHandle write+fsync, same size"))
    }

    if let fixturePath = options.fixturePath {
        try? FileManager.default.removeItem(atPath: fixturePath)
        try FileManager.default.copyItem(atPath: path, toPath: fixturePath)
    }

    let readReference = try stopwatch.median { try ReferenceIO.read(path) }
    var loadedCount = 0
    let load = stopwatch.median {
        let store = ProgressStore(path: path, now: 0)
        loadedCount = store.outcome == .loaded ? store.loadedProgress.reviewLog.count : -1
    }
    guard loadedCount == options.entries else {
        throw BenchError("loading \(path) gave \(loadedCount) log entries, expected \(options.entries)")
    }
    rows.append(ResultRow(measure: "load progress, \(count)-entry log", tutorMilliseconds: load,
                          baselineMilliseconds: readReference, baselineName: "FileHandle read"))
    let decode = stopwatch.median { _ = ProgressDocument.decode(bytes) }
    rows.append(ResultRow(measure: "  of which JSON decode", tutorMilliseconds: decode,
                          baselineMilliseconds: readReference, baselineName: "FileHandle read"))
    // ProgressDocument.decode makes two passes: a JSONValue tree of the whole file (to read
    // schemaVersion and tell damaged files apart), then the typed Progress. Timed apart here.
    let data = Data(bytes)
    let tree = try stopwatch.median { _ = try JSONDecoder().decode(JSONValue.self, from: data) }
    rows.append(ResultRow(measure: "    pass 1: whole file as a JSONValue tree", tutorMilliseconds: tree,
                          baselineMilliseconds: readReference, baselineName: "FileHandle read"))
    var probed: Int?
    let probe = try stopwatch.median { probed = try JSONDecoder().decode(VersionProbe.self, from: data).schemaVersion }
    guard probed == Progress.currentSchemaVersion else {
        throw BenchError("the version probe read \(probed.map(String.init) ?? "nothing"), not the current schema")
    }
    rows.append(ResultRow(measure: "    instead of pass 1: schemaVersion alone (keyed probe)", tutorMilliseconds: probe,
                          baselineMilliseconds: readReference, baselineName: "FileHandle read"))
    let typed = try stopwatch.median { _ = try JSONDecoder().decode(Progress.self, from: data) }
    rows.append(ResultRow(measure: "    pass 2: typed Progress", tutorMilliseconds: typed,
                          baselineMilliseconds: readReference, baselineName: "FileHandle read"))
    return rows
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

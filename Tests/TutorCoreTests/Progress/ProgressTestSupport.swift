import Foundation
import Glibc
@testable import TutorCore

/// Foundation has its own `Progress` (NSProgress); a declaration in this module takes precedence
/// over both imports, so the tests can say `Progress` and mean mltutor's.
typealias Progress = TutorCore.Progress

/// A fresh folder under the system temp folder, removed (with everything in it) by `cleanUp`.
struct TemporaryFolder {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/mltutor-progress-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw TestFailure("mkdtemp failed: \(String(cString: strerror(errno)))") }
        path = String(cString: made)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Restores write permission first, so folders a test made read-only can be removed too.
    func cleanUp() {
        if let enumerator = FileManager.default.enumerator(atPath: path) {
            for case let relative as String in enumerator {
                var info = stat()
                if lstat(file(relative), &info) == 0, info.st_mode & S_IFMT == S_IFDIR { chmod(file(relative), 0o700) }
            }
        }
        chmod(path, 0o700)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Names in the folder, sorted.
    func listing(_ folder: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder ?? path).sorted()
    }
}

/// Runs `body` with a fresh temporary folder and removes it afterwards, even when `body` throws.
func withTemporaryFolder<T>(_ body: (TemporaryFolder) throws -> T) throws -> T {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    return try body(folder)
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

func bytes(at path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
}

func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

func write(_ data: [UInt8], to path: String) throws {
    try Data(data).write(to: URL(fileURLWithPath: path))
}

/// The permission bits of `path` (not following a final symlink when `follow` is false).
func mode(of path: String, follow: Bool = true) -> mode_t? {
    var info = stat()
    let result = follow ? stat(path, &info) : lstat(path, &info)
    return result == 0 ? info.st_mode & 0o7777 : nil
}

func isSymlink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
}

/// Runs `body` with file permissions checked as the unprivileged user `nobody` when the tests run as root.
///
/// Root ignores file modes, so a read-only folder is not read-only for it. `setfsuid` changes only
/// the file-system identity of the calling thread (and drops CAP_DAC_OVERRIDE with it), so tests
/// running in parallel on other threads are unaffected. `body` must be synchronous so it stays on
/// this thread. glibc's Swift module does not export `setfsuid`, hence the lookup by name.
func withFileAccessOfNobody<T>(_ body: () throws -> T) throws -> T {
    guard geteuid() == 0 else { return try body() }
    typealias SetFSUID = @convention(c) (UInt32) -> Int32
    guard let symbol = dlsym(nil, "setfsuid") else { throw TestFailure("setfsuid is not available") }
    let setfsuid = unsafeBitCast(symbol, to: SetFSUID.self)
    _ = setfsuid(65_534)
    defer { _ = setfsuid(0) }
    return try body()
}

/// A moment on 2026-11-26 at 16:20:00 UTC, as seconds since 1970.
let sampleNow: Double = 1_795_710_000

/// A progress value with something in every member, for round trips.
func sampleProgress() -> Progress {
    var progress = Progress()
    progress.markOpened(section: "intro", at: sampleNow - 7200)
    progress.markOpened(section: "intro", at: sampleNow - 3600)
    progress.setScroll(section: "intro", line: 42)
    progress.markFinished(section: "intro")
    progress.markOpened(section: "linear-algebra", at: sampleNow - 60)
    progress.addStudyTime(1234.5, on: CivilDay(year: 2026, month: 11, day: 26)!, section: "intro")
    progress.addStudyTime(600, on: CivilDay(year: 2026, month: 11, day: 25)!)
    progress.record(attempt: QuizAttempt(
        quizID: "basics", started: sampleNow - 900, ended: sampleNow - 600, seed: .max,
        answers: [
            AnswerRecord(questionID: "q1", answer: .choice(2), correct: true, seconds: 12.5, answeredAt: sampleNow - 880),
            AnswerRecord(questionID: "q2", answer: .choices([0, 3]), correct: false, seconds: 30),
            AnswerRecord(questionID: "q3", answer: .boolean(true), correct: true, seconds: 4),
            AnswerRecord(questionID: "q4", answer: .typed(text: "0.25", number: 0.25), correct: true, seconds: 20),
            AnswerRecord(questionID: "q5", answer: .matrix([[1, 2], [3, 4.5]]), correct: false, seconds: 61),
            AnswerRecord(questionID: "q6", answer: .unanswered, correct: false, seconds: 0),
        ]))
    progress.startQuiz("stats", seed: 7, questionOrder: ["s2", "s1", "s3"], at: sampleNow - 100, timeLimit: 300)
    progress.answerRunningQuiz(AnswerRecord(questionID: "s2", answer: .typed(text: "1e-3", number: 0.001),
                                            correct: true, seconds: 40, answeredAt: sampleNow - 60))
    progress.spendRunningQuizTime(40)
    progress.lastPlace = .reader(sectionID: "intro", line: 42)
    progress.setSkill("python", .have)
    progress.setSkill("pytorch", .learning)
    progress.setSkill("cuda", .notYet)
    // Through the scheduler, as the tutor records reviews: a saved document keeps no cards and
    // loading replays them from the log, so here the cards are exactly what the log implies.
    progress.recordReview(of: "question:basics/q1", rating: .good, at: sampleNow - 3 * 86_400, utcOffsetSeconds: 3600)
    progress.recordReview(of: "question:basics/q1", rating: .again, at: sampleNow - 500, utcOffsetSeconds: 3600)
    // An id with quotes, a backslash and non-ASCII letters, so round trips exercise the log's escapes.
    progress.recordReview(of: "question:naïve \"bayes\"\\π", rating: .easy, at: sampleNow - 400, utcOffsetSeconds: 3600)
    return progress
}

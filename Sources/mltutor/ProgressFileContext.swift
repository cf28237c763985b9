import ArgumentParser
import Foundation
import TutorCore

/// What the progress commands share: where the file is and why, what is in it, the content's titles,
/// and today's date. Wiring only; the decisions live in TutorCore.
struct ProgressFileContext {
    let path: String
    let source: ProgressLocation.Source
    let snapshot: ProgressSnapshot

    /// Resolves the path as the tutor does and reads the file without locking or changing it.
    init(options: CommonOptions) {
        let environment = ProcessInfo.processInfo.environment
        let resolved = ProgressLocation.resolve(
            option: options.progress, environment: environment,
            homeDirectory: LocalSystem.homeDirectory(environment: environment))
        path = resolved.path
        source = resolved.source
        snapshot = ProgressSnapshot.read(path: resolved.path)
    }

    /// The usable progress, or the file's problem on stderr and exit status 1.
    func progressOrExit() throws -> TutorCore.Progress {
        if let problem = snapshot.problem {
            StandardError.write(problem)
            throw ExitCode.failure
        }
        if let note = snapshot.note { StandardError.write(note) }
        return snapshot.progress ?? TutorCore.Progress()
    }

    /// Whether there is no file yet at the path.
    var isMissing: Bool {
        if case .missing = snapshot.state { return true }
        return false
    }

    /// Now, and today in the learner's zone.
    static func now() -> (seconds: Double, utcOffset: Int, today: CivilDay) {
        let seconds = Date().timeIntervalSince1970
        let offset = LocalSystem.utcOffsetSeconds(at: seconds)
        return (seconds, offset, CivilDay(secondsSince1970: seconds, utcOffsetSeconds: offset))
    }
}

/// The content's sections and quizzes by id and title, for naming things in progress output.
struct ContentCatalogue {
    var sections: [ProgressOverview.Entry] = []
    var quizzes: [ProgressOverview.Entry] = []

    /// Titles by section or quiz id.
    var titles: [String: String] {
        var titles: [String: String] = [:]
        for entry in sections + quizzes { titles[entry.id] = entry.title }
        return titles
    }

    /// Loads titles from the content folder; without one, says so on stderr and names things by id.
    ///
    /// Progress does not depend on content, so a missing content folder is a warning, not an error.
    static func load(options: CommonOptions) -> ContentCatalogue {
        let directory: String
        do {
            directory = try options.contentDirectory()
        } catch {
            StandardError.write("\(error); showing ids without titles")
            return ContentCatalogue()
        }
        let sections = SectionLoader.load(contentDirectory: directory).sections
        let quizzes = QuizLoader.load(contentDirectory: directory).quizzes
        return ContentCatalogue(sections: sections.map { ProgressOverview.Entry(id: $0.id, title: $0.title) },
                                quizzes: quizzes.map { ProgressOverview.Entry(id: $0.id, title: $0.title) })
    }
}

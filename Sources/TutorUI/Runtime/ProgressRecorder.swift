import TutorCore

/// Applies the app's effects to a `Progress` value: the bridge between screens and the saved state.
///
/// Pure: the wall-clock time and the learner's local day are passed in with each effect.
public struct ProgressRecorder: Sendable {
    public private(set) var progress: Progress
    /// When each open section was opened (seconds since 1970), to add its reading time on close.
    private var openedAt: [String: Double] = [:]

    /// A reading stretch longer than this counts only this much: a reader left open overnight is
    /// not twelve hours of study.
    public static let longestReadingStretch: Double = 20 * 60

    public init(progress: Progress) {
        self.progress = progress
    }

    /// Updates progress for one effect; returns whether anything changed (and so needs saving).
    @discardableResult
    public mutating func apply(_ effect: Effect, now: Double, day: CivilDay) -> Bool {
        let before = progress
        switch effect {
        case let .openedSection(id):
            progress.markOpened(section: id, at: now)
            openedAt[id] = now
            progress.lastPlace = .reader(sectionID: id, line: progress.sections[id]?.scrollLine ?? 0)
        case let .scrolled(id, line):
            progress.setScroll(section: id, line: line)
            progress.lastPlace = .reader(sectionID: id, line: line)
        case let .finishedSection(id):
            progress.markFinished(section: id)
        case let .closedSection(id, line):
            progress.setScroll(section: id, line: line)
            progress.lastPlace = .reader(sectionID: id, line: line)
            if let start = openedAt.removeValue(forKey: id) {
                progress.addStudyTime(min(max(0, now - start), Self.longestReadingStretch), on: day, section: id)
            }
        case .quit:
            break
        }
        return progress != before
    }
}

extension AppState {
    /// The app as the saved progress left it: read marks, reading positions and the section to continue.
    public init(sections: [Section], progress: Progress, size: Size = Size(width: 80, height: 24)) {
        let finished = Set(progress.sections.filter(\.value.finished).map(\.key))
        let positions = progress.sections.mapValues(\.scrollLine)
        var lastRead: String?
        if case let .reader(id, _) = progress.lastPlace { lastRead = id }
        self.init(sections: sections, finished: finished, positions: positions, lastRead: lastRead, size: size)
    }
}

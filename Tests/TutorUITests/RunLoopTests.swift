import Testing
import TutorCore
@testable import TutorUI

@Suite struct RunLoopTests {
    @Test func scriptedSessionOpensScrollsResizesAndQuits() {
        let backend = TestBackend(size: Size(width: 60, height: 20), events: [
            .key(.down), .key(.enter), .key(.pageDown), .resize(Size(width: 100, height: 30)), .key(.escape), .key(.character("q")),
        ])
        var state = AppState(sections: Samples.sections)
        var performed: [Effect] = []
        RunLoop.run(&state, backend: backend, clock: { .zero }, perform: { performed += $0; return [] })
        #expect(performed.count == 4)
        #expect(Array(performed.prefix(2)) == [.openedSection(id: "long"), .scrolled(sectionID: "long", line: 17)])
        // Wider lines mean fewer of them, so the same place is an earlier line after the resize.
        if case let .closedSection(id, line) = performed[2] {
            #expect(id == "long")
            #expect((1..<17).contains(line))
        } else {
            Issue.record("expected the section to be closed, got \(performed[2])")
        }
        #expect(performed.last == .quit)
        #expect(backend.frames.first?.lines[3].contains("Who is an ML engineer?") == true)
        #expect(backend.frames.contains { $0.size == Size(width: 100, height: 30) && $0.lines[0].contains("A long section") })
        #expect(backend.lastFrame?.lines[0].hasPrefix(" mltutor · Guide") == true)
    }

    @Test func aBurstOfKeysIsDrawnOnce() {
        let keys = Array(repeating: Event.key(.down), count: 500) + [.key(.character("q"))]
        let backend = TestBackend(size: Size(width: 60, height: 20), events: keys, deliversBursts: true)
        var state = AppState(sections: Samples.sections)
        RunLoop.run(&state, backend: backend, clock: { .zero }, perform: { _ in [] })
        #expect(backend.frames.count == 1)
        // 500 Downs end on the last row: the stats lab, after the sections and the dashboard.
        #expect(state.menu.selected == 4)
    }

    @Test func timeoutsBecomeTicksAndUnchangedFramesAreNotRedrawn() {
        let backend = TestBackend(size: Size(width: 60, height: 20), events: [.tick(now: .seconds(1)), .tick(now: .seconds(2)), .key(.character("q"))])
        var state = AppState(sections: Samples.sections)
        var ticks: [Duration] = []
        RunLoop.run(&state, backend: backend, clock: { ticks.append(backend.now); return backend.now }, perform: { _ in [] })
        // Two timeouts, then the key "q" is stamped with the time it arrived.
        #expect(ticks == [.seconds(1), .seconds(2), .seconds(2)])
        #expect(backend.frames.count == 1)
    }

    @Test func effectsAreBatchedPerBurstAndFeedbackReachesTheState() {
        let backend = TestBackend(size: Size(width: 60, height: 20), events: [.key(.down), .key(.enter), .key(.pageDown), .key(.pageDown), .key(.character("q")), .key(.character("q"))],
                                  deliversBursts: true)
        var state = AppState(sections: Samples.sections)
        var batches: [[Effect]] = []
        RunLoop.run(&state, backend: backend, clock: { .zero }, perform: { effects in
            batches.append(effects)
            return effects.contains(.quit) ? [] : [.notice("saving failed")]
        })
        // The whole burst is one batch, so progress is saved once, not once per key.
        #expect(batches.count == 1)
        #expect(batches[0].first == .openedSection(id: "long"))
        #expect(batches[0].last == .quit)
    }

    @Test func idleWorkRunsOnTicksAndItsNoticeIsShown() {
        let backend = TestBackend(size: Size(width: 60, height: 20), events: [.tick(now: .seconds(5)), .key(.character("x"))])
        var state = AppState(sections: Samples.sections)
        var idleCalls = 0
        RunLoop.run(&state, backend: backend, clock: { backend.now }, perform: { _ in [] }, idle: {
            idleCalls += 1
            return [.notice("Progress not saved; retrying.")]
        })
        #expect(idleCalls >= 1)
        #expect(backend.frames.contains { $0.lines[19].contains("⚠ Progress not saved; retrying.") })
    }
}

/// Work deferred until the first frame is on screen.
@Suite struct RunLoopAfterFirstFrameTests {
    @Test func runsOnceAfterTheFirstFrameAndBeforeTheFirstKey() {
        let backend = TestBackend(size: Size(width: 80, height: 24), events: [.key(.character("z")), .key(.enter)],
                                  deliversBursts: true)
        var state = AppState(sections: Samples.sections, pending: PendingContent(quizzes: true, skills: false))
        var calls = 0
        var framesAtCall = -1
        RunLoop.run(&state, backend: backend, clock: { .zero }, perform: { _ in [] }, afterFirstFrame: {
            calls += 1
            framesAtCall = backend.frames.count
            return [.quizzesLoaded(quizzes: [QuizSamples.quiz], skills: [])]
        })
        #expect(calls == 1)
        #expect(framesAtCall == 1)
        #expect(backend.frames.first?.lines.joined().contains("loading…") == true)
        // The second frame has the quizzes; "z" Enter, typed meanwhile, then opened their list (the
        // script ends with Ctrl-C, as an exhausted TestBackend does).
        #expect(backend.frames.dropFirst().first?.lines.joined().contains("Timed quizzes (1)") == true)
        #expect(backend.frames.contains { $0.lines[0].contains("Quizzes") })
    }
}

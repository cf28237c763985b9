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
        RunLoop.run(&state, backend: backend, clock: { .zero }, perform: { performed.append($0) })
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
        RunLoop.run(&state, backend: backend, clock: { .zero }, perform: { _ in })
        #expect(backend.frames.count == 1)
        #expect(state.menu.selected == 2)
    }

    @Test func timeoutsBecomeTicksAndUnchangedFramesAreNotRedrawn() {
        let backend = TestBackend(size: Size(width: 60, height: 20), events: [.tick(now: .seconds(1)), .tick(now: .seconds(2)), .key(.character("q"))])
        var state = AppState(sections: Samples.sections)
        RunLoop.run(&state, backend: backend, clock: { .zero }, perform: { _ in })
        #expect(backend.frames.count == 1)
    }
}

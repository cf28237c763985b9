// swift-tools-version: 6.2
// mltutor: a terminal tutor for people preparing to become Machine Learning engineers.

import PackageDescription

let package = Package(
    name: "mltutor",
    products: [
        .executable(name: "mltutor", targets: ["mltutor"]),
        // For the benchmark package in scripts/benchmarks, which times the real core.
        .library(name: "TutorCore", targets: ["TutorCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.5.0"),
    ],
    targets: [
        // The only place <curses.h> is seen: a module map plus static inline wrappers.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Pure core: content, quizzes, statistics, progress. No terminal, no clock reads.
        .target(
            name: "TutorCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Screens as values rendering into a Frame of cells; the run loop; no ncurses, no file I/O.
        .target(name: "TutorUI", dependencies: ["TutorCore"]),
        // The ncurses adapter: draws Frames, reads keys, restores the terminal.
        .target(name: "TutorTerminal", dependencies: ["TutorUI", "CNcurses"]),
        .executableTarget(
            name: "mltutor",
            dependencies: [
                "TutorCore", "TutorUI", "TutorTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TutorCoreTests", dependencies: ["TutorCore"]),
        .testTarget(name: "TutorUITests", dependencies: ["TutorUI", "TutorCore"]),
        .testTarget(name: "TutorTerminalTests", dependencies: ["TutorTerminal", "TutorUI"]),
        // The executable's own wiring (its argument fast path), through `@testable import mltutor`.
        .testTarget(
            name: "MLTutorTests",
            dependencies: ["mltutor", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Runs the real binary inside tmux (`swift test` builds the executable with the tests).
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

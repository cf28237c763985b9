// swift-tools-version: 6.2
// mltutor's performance benchmark: kept apart from the main package so `swift test` and CI never run it.
//
// `scripts/bench.sh` builds this package and the main one in release mode and runs everything.

import PackageDescription

let package = Package(
    name: "mltutor-benchmarks",
    dependencies: [
        // The tutor itself, for its TutorCore library: the benchmark times the real code.
        .package(name: "mltutor", path: "../.."),
    ],
    targets: [
        // Its own module map for ncursesw: the baseline must not borrow the tutor's shim.
        .systemLibrary(
            name: "CBaselineCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The reference program: Foundation + ncurses started the way the tutor starts them, one line drawn.
        .executableTarget(name: "Baseline", dependencies: ["CBaselineCurses"]),
        // Times saving/loading progress and loading/validating content through the real TutorCore code.
        .executableTarget(
            name: "ProgressBench",
            dependencies: [.product(name: "TutorCore", package: "mltutor")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

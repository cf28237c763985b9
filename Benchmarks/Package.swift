// swift-tools-version: 6.2
// mltutor's performance benchmark: kept apart from the main package so `swift test` and CI never run it.
//
// `scripts/bench.sh` builds this package and the main one in release mode and runs everything.

import PackageDescription

let package = Package(
    name: "mltutor-benchmarks",
    dependencies: [
        // TutorCore's own dependency, at the same version range as the main package.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
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
        // The main package's TutorCore, compiled from its own sources through the symlink
        // Sources/TutorCore -> ../../Sources/TutorCore. The main package exports only the `mltutor`
        // executable, and SwiftPM lets a package use another's targets only through library products,
        // so a path dependency on `..` cannot reach TutorCore until the main manifest adds
        // `.library(name: "TutorCore", targets: ["TutorCore"])`.
        .target(name: "TutorCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Times saving/loading progress and loading/validating content through the real TutorCore code.
        .executableTarget(
            name: "ProgressBench",
            dependencies: ["TutorCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

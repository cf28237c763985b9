#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Random draws for generators, all from one `SeededGenerator` so a seed replays exactly.
struct GeneratorDraw {
    var rng: SeededGenerator

    init(seed: UInt64, stream: String) {
        rng = SeededGenerator(seed: seed, stream: stream)
    }

    /// A uniform double in `range`.
    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        Double.random(in: range, using: &rng)
    }

    /// A uniform whole number in `range`.
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &rng)
    }

    /// One of `items`, which must not be empty (generators pass literal lists).
    mutating func pick<T>(_ items: [T]) -> T {
        items[integer(0...(items.count - 1))]
    }

    /// A normal deviate by Box–Muller; the uniform is kept away from 0 so the logarithm is finite.
    mutating func normal(mean: Double, sd: Double) -> Double {
        let u = uniform(1e-12...1)
        let v = uniform(0...1)
        return mean + sd * (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// `n` normal values rounded to `decimals` places, as a measuring instrument would report them.
    mutating func sample(_ n: Int, mean: Double, sd: Double, decimals: Int) -> [Double] {
        (0..<n).map { _ in Self.rounded(normal(mean: mean, sd: sd), decimals: decimals) }
    }

    /// `x` rounded to `decimals` places (the double nearest that decimal).
    static func rounded(_ x: Double, decimals: Int) -> Double {
        let scale = pow(10, Double(decimals))
        return (x * scale).rounded() / scale
    }
}

/// A scenario for a generated question: what was measured, in which unit, at what scale.
struct GeneratorStory {
    /// The setting, e.g. "A team measures page load times (ms) on two server builds."
    var setting: String
    /// Names of the samples or groups, e.g. ["build A", "build B"].
    var labels: [String]
    /// The unit, e.g. "ms".
    var unit: String
    /// Typical mean and spread, and how many decimals the instrument reports.
    var mean: Double
    var sd: Double
    var decimals: Int
}

/// Lists numbers for a prompt: "512, 498, 530".
func listed(_ values: [Double]) -> String {
    values.map { fmt($0) }.joined(separator: ", ")
}

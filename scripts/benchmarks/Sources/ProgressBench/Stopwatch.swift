/// Times an operation several times and keeps the median, the figure that noisy shared machines distort least.
struct Stopwatch: Sendable {
    /// Timed runs per measurement, after one untimed warm-up run.
    var runs: Int

    /// The median wall time of `runs` calls of `body`, in milliseconds, after one untimed warm-up call.
    func median(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        try body()
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            try body()
            samples.append(Self.milliseconds(clock.now - start))
        }
        return Self.median(of: samples)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    /// The middle value (the mean of the two middle values for an even count).
    static func median(of samples: [Double]) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

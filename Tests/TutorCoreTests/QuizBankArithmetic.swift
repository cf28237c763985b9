import Foundation

/// Small, obviously-correct helpers used to recompute quiz answers from the data in their prompts.
///
/// They are written from the textbook definitions, independently of the quiz files, so a wrong
/// number in a quiz shows up as a disagreement rather than being copied into the test.
enum Arithmetic {
    static func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }

    /// Sample variance with the n − 1 divisor.
    static func sampleVariance(_ x: [Double]) -> Double {
        let m = mean(x)
        return x.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(x.count - 1)
    }

    static func sampleSD(_ x: [Double]) -> Double { sampleVariance(x).squareRoot() }

    /// Population standard deviation (divide by n), as NumPy's default.
    static func populationSD(_ x: [Double]) -> Double {
        let m = mean(x)
        return (x.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(x.count)).squareRoot()
    }

    /// One-sample t statistic.
    static func oneSampleT(_ x: [Double], mu: Double) -> Double {
        (mean(x) - mu) / (sampleSD(x) / Double(x.count).squareRoot())
    }

    /// Pooled two-sample t from summary statistics.
    static func pooledT(n1: Double, mean1: Double, sd1: Double, n2: Double, mean2: Double, sd2: Double) -> Double {
        let pooled = ((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (n1 + n2 - 2)
        return (mean1 - mean2) / (pooled * (1 / n1 + 1 / n2)).squareRoot()
    }

    static func welchDF(n1: Double, sd1: Double, n2: Double, sd2: Double) -> Double {
        let v1 = sd1 * sd1 / n1, v2 = sd2 * sd2 / n2
        return (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
    }

    /// Between- and within-group sums of squares and F for raw groups.
    static func oneWayANOVA(_ groups: [[Double]]) -> (ssb: Double, ssw: Double, f: Double) {
        let all = groups.flatMap { $0 }
        let grand = mean(all)
        let ssb = groups.map { Double($0.count) * (mean($0) - grand) * (mean($0) - grand) }.reduce(0, +)
        let ssw = groups.map { g in g.map { ($0 - mean(g)) * ($0 - mean(g)) }.reduce(0, +) }.reduce(0, +)
        let k = Double(groups.count), n = Double(all.count)
        return (ssb, ssw, (ssb / (k - 1)) / (ssw / (n - k)))
    }

    /// Between-groups sum of squares from group sizes and means.
    static func ssb(sizes: [Double], means: [Double]) -> Double {
        let grand = zip(sizes, means).map(*).reduce(0, +) / sizes.reduce(0, +)
        return zip(sizes, means).map { $0 * ($1 - grand) * ($1 - grand) }.reduce(0, +)
    }

    static func chiSquare(observed: [Double], expected: [Double]) -> Double {
        zip(observed, expected).map { ($0 - $1) * ($0 - $1) / $1 }.reduce(0, +)
    }

    /// Expected counts of a contingency table under independence.
    static func expectedCounts(_ table: [[Double]]) -> [[Double]] {
        let rows = table.map { $0.reduce(0, +) }
        let columns = (0..<table[0].count).map { j in table.map { $0[j] }.reduce(0, +) }
        let total = rows.reduce(0, +)
        return rows.map { r in columns.map { c in r * c / total } }
    }

    static func chiSquare(table: [[Double]]) -> Double {
        chiSquare(observed: table.flatMap { $0 }, expected: expectedCounts(table).flatMap { $0 })
    }

    static func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
        a.map { row in (0..<b[0].count).map { j in zip(row, b.map { $0[j] }).map(*).reduce(0, +) } }
    }

    static func transpose(_ a: [[Double]]) -> [[Double]] {
        (0..<a[0].count).map { j in a.map { $0[j] } }
    }

    static func dot(_ u: [Double], _ v: [Double]) -> Double { zip(u, v).map(*).reduce(0, +) }

    static func determinant2(_ a: [[Double]]) -> Double { a[0][0] * a[1][1] - a[0][1] * a[1][0] }

    static func inverse2(_ a: [[Double]]) -> [[Double]] {
        let d = determinant2(a)
        return [[a[1][1] / d, -a[0][1] / d], [-a[1][0] / d, a[0][0] / d]]
    }

    /// Binomial coefficient by the multiplicative formula.
    static func choose(_ n: Int, _ k: Int) -> Double {
        (0..<k).reduce(1.0) { $0 * Double(n - $1) / Double($1 + 1) }
    }
}

import Foundation

/// Small, transparent re-implementations of the sums the lessons do by hand.
///
/// They are deliberately naive (textbook two-pass formulas): the data are a handful of small
/// numbers, and the point is an independent check of the lessons, not numerical finesse.
enum ExampleMath {
    static func sum(_ xs: [Double]) -> Double { xs.reduce(0, +) }
    static func mean(_ xs: [Double]) -> Double { sum(xs) / Double(xs.count) }

    /// Σ(x − x̄)².
    static func sumOfSquares(_ xs: [Double]) -> Double {
        let m = mean(xs)
        return xs.reduce(0) { $0 + ($1 - m) * ($1 - m) }
    }

    /// Sample variance with n − 1 in the denominator.
    static func variance(_ xs: [Double]) -> Double { sumOfSquares(xs) / Double(xs.count - 1) }
    static func sd(_ xs: [Double]) -> Double { variance(xs).squareRoot() }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        let n = s.count
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
    }

    /// One-way ANOVA pieces: SS between, SS within, and F.
    static func anova(_ groups: [[Double]]) -> (ssBetween: Double, ssWithin: Double, f: Double) {
        let all = groups.flatMap { $0 }
        let grand = mean(all)
        let ssb = groups.reduce(0) { $0 + Double($1.count) * pow(mean($1) - grand, 2) }
        let ssw = groups.reduce(0) { $0 + sumOfSquares($1) }
        let k = Double(groups.count)
        let n = Double(all.count)
        return (ssb, ssw, (ssb / (k - 1)) / (ssw / (n - k)))
    }

    /// Pooled two-sample t statistic.
    static func pooledT(_ a: [Double], _ b: [Double]) -> Double {
        let na = Double(a.count), nb = Double(b.count)
        let sp2 = (sumOfSquares(a) + sumOfSquares(b)) / (na + nb - 2)
        return (mean(a) - mean(b)) / (sp2 * (1 / na + 1 / nb)).squareRoot()
    }

    /// Plain matrix product of row-major nested arrays.
    static func matmul(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
        let inner = b.count
        return a.map { row in
            (0..<b[0].count).map { j in (0..<inner).reduce(0) { $0 + row[$1] * b[$1][j] } }
        }
    }

    static func transpose(_ a: [[Double]]) -> [[Double]] {
        (0..<a[0].count).map { j in a.map { $0[j] } }
    }

    /// n choose k, exactly for the small sizes used here.
    static func choose(_ n: Int, _ k: Int) -> Double {
        guard k >= 0, k <= n else { return 0 }
        var r = 1.0
        for i in 0..<min(k, n - k) { r = r * Double(n - i) / Double(i + 1) }
        return r
    }

    /// Two-tailed normal p-value, 2·P(Z ≥ |z|), via the complementary error function.
    static func normalTwoTailed(_ z: Double) -> Double { erfc(abs(z) / 2.0.squareRoot()) }

    /// CDF of Beta(a, b) at x for whole-number a and b, through the binomial identity
    /// I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a).
    static func betaCDF(_ x: Double, a: Int, b: Int) -> Double {
        let n = a + b - 1
        return (a...n).reduce(0) { $0 + choose(n, $1) * pow(x, Double($1)) * pow(1 - x, Double(n - $1)) }
    }

    /// The q-quantile of Beta(a, b) (whole-number parameters), by bisection on the CDF.
    static func betaQuantile(_ q: Double, a: Int, b: Int) -> Double {
        var lo = 0.0, hi = 1.0
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            if betaCDF(mid, a: a, b: b) < q { lo = mid } else { hi = mid }
        }
        return (lo + hi) / 2
    }
}

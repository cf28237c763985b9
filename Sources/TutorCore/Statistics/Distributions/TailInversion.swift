#if canImport(Glibc)
import Glibc
#endif

/// Inverts a tail probability of a distribution on (0, ∞) by safeguarded Newton steps in log space.
///
/// The equation solved is `log tail(x) = log target` in the variable u = log x. In the far tails
/// of Student's t, χ² and F, `log tail` is close to linear in log x (a power law) or in x
/// (an exponential), so Newton converges in a handful of steps even when the answer is 10²⁰⁰,
/// and the relative precision of x is the absolute precision of u. A bracket is kept so that a
/// wild step falls back to bisection, or to doubling outward while one side is still open.
struct TailInversion {
    /// Which tail `tail` measures: the lower tail increases with x, the upper decreases.
    enum Side { case lower, upper }

    var side: Side
    /// P(X ≤ x) or P(X > x), as `side` says.
    var tail: (Double) -> Double
    /// The density, the derivative of the lower tail.
    var density: (Double) -> Double

    /// The x > 0 where the tail equals `target` (0 < target ≤ ½ in practice); `start` is a guess.
    ///
    /// Returns 0 when the answer lies below the smallest positive double and +∞ when it lies
    /// above the largest.
    func solve(target: Double, start: Double) -> Double {
        let logTarget = log(target)
        // exp(log(leastNonzero)) may round to 0; one step up is safely positive.
        let minU = log(2 * Double.leastNonzeroMagnitude)
        let maxU = log(Double.greatestFiniteMagnitude)
        // g(u) increases with u; a root has g < 0 below and g > 0 above.
        func g(_ u: Double) -> (value: Double, slope: Double) {
            let x = exp(u)
            let t = tail(x)
            let value = side == .lower ? log(t) - logTarget : logTarget - log(t)
            let slope = density(x) * x / t
            return (value, slope)
        }
        var u = min(max(log(start), minU), maxU)
        var below = -Double.infinity  // largest u known to have g < 0
        var above = Double.infinity   // smallest u known to have g > 0
        var lastStep = 1.0
        for _ in 0..<400 {
            let (value, slope) = g(u)
            if value == 0 { return exp(u) }
            if value < 0 { below = max(below, u) } else { above = min(above, u) }
            if value.isNaN { break }
            var next = u - value / slope
            let newtonUsable = slope.isFinite && slope > 0 && value.isFinite
                && next > below && next < above
            if !newtonUsable {
                if below.isFinite && above.isFinite {
                    next = 0.5 * (below + above)
                } else if below.isFinite {
                    next = u + max(1, 2 * abs(lastStep))
                } else {
                    next = u - max(1, 2 * abs(lastStep))
                }
            }
            if next <= minU && value > 0 && !below.isFinite { return 0 }
            if next >= maxU && value < 0 && !above.isFinite { return .infinity }
            next = min(max(next, minU), maxU)
            lastStep = next - u
            u = next
            // Newton converges quadratically: once a step is below 1e-10 the error left after
            // it is far below one ulp, so one evaluation is saved instead of chasing noise.
            if newtonUsable && abs(lastStep) <= 1e-10 * max(1, abs(u)) { break }
            if above - below <= 4e-16 * max(1, abs(u)) { break }
        }
        // u = log x carries an absolute error of ulp(u) ≈ |log x| ε, which is a relative error
        // of x; one last Newton step taken on x itself removes it.
        let x = exp(u)
        let (value, slope) = g(u)
        let step = value / slope
        if step.isFinite && abs(step) < 1e-8 {
            return x - x * step
        }
        return x
    }

    /// The lower-tail quantile of a distribution on [0, ∞): the edge cases, then whichever tail is
    /// smaller solved for a target ≤ ½, so a p close to 1 never loses digits to `1 − p`.
    static func quantile(_ p: Double, solve: (Side, Double) -> Double) -> Double {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        return p <= 0.5 ? solve(.lower, p) : solve(.upper, 1 - p)
    }

    /// The x with upper tail `q` on [0, ∞), solved the same way as `quantile`.
    static func inverseSurvival(_ q: Double, solve: (Side, Double) -> Double) -> Double {
        if q.isNaN || q < 0 || q > 1 { return .nan }
        if q == 0 { return .infinity }
        if q == 1 { return 0 }
        return q <= 0.5 ? solve(.upper, q) : solve(.lower, 1 - q)
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// The argument of an incomplete beta function, held as x, its complement y = 1 − x, and their logs.
///
/// Distribution functions produce x as a ratio `u / (u + v)` (for Student's t, u = ν and
/// v = t²). Building x and y from the same ratio keeps both exact to a rounding, so neither
/// is ever found as `1 − x`; the logs survive when x underflows (t = 1e200) or when u or v
/// overflow.
struct BetaArgument: Sendable {
    var x: Double
    var y: Double
    var logX: Double
    var logY: Double

    /// The argument `u / (u + v)` for u, v ≥ 0 (not both zero), either possibly +∞.
    init(u: Double, v: Double) {
        if u == .infinity || v == .infinity || (u + v) == .infinity {
            self.init(logU: log(u), logV: log(v))
            return
        }
        let s = u + v
        let x = u / s
        let y = v / s
        self.init(x: x, y: y,
                  logX: x.isNormal ? log(x) : log(u) - log(s),
                  logY: y.isNormal ? log(y) : log(v) - log(s))
    }

    private init(x: Double, y: Double, logX: Double, logY: Double) {
        self.x = x
        self.y = y
        self.logX = logX
        self.logY = logY
    }

    /// The argument `u / (u + v)` given log u and log v (for values too large to hold).
    init(logU: Double, logV: Double) {
        let logS = SpecialFunctions.logSumExp(logU, logV)
        self.init(x: exp(logU - logS), y: exp(logV - logS), logX: logU - logS, logY: logV - logS)
    }

    /// The same point seen from the other side: x ↔ y.
    var swapped: BetaArgument {
        var other = self
        other.x = y
        other.y = x
        other.logX = logY
        other.logY = logX
        return other
    }
}

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
        self.init(x: x, y: y, logX: Self.logOfRatio( x, complement: y, part: u, whole: s),
                  logY: Self.logOfRatio( y, complement: x, part: v, whole: s))
    }

    /// log of a ratio `part / whole` whose complement to one is `complement`.
    ///
    /// Near 1 the log comes from log1p of the (exact) complement: `log(y)` of a y = 1 − 1e-9
    /// would keep only 7 digits, and a t test with ν = 10⁷ multiplies it by 5·10⁶.
    /// Below the normal range the quotient has lost digits, so the log of the parts is used.
    private static func logOfRatio(_ value: Double, complement: Double, part: Double, whole: Double) -> Double {
        if complement < 0.5 { return log1p(-complement) }
        if value.isNormal { return log(value) }
        return log(part) - log(whole)
    }

    /// The argument from a tiny x (the far tail), whose complement is 1 to working precision.
    ///
    /// Used when the ratio's parts overflow but x itself is still a normal number: x is then
    /// exact to a rounding or two, where going through logs would cost |log x| × ε of it.
    init(tinyX x: Double) {
        self.init(x: x, y: 1 - x, logX: log(x), logY: log1p(-x))
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

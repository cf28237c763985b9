#if canImport(Glibc)
import Glibc
#endif

/// The regularized incomplete beta function I_x(a, b) and its complement 1 − I_x(a, b).
///
/// The smaller tail is always the one computed: when x lies above (a + 1)/(a + b + 2) the
/// symmetry I_x(a, b) = 1 − I_y(b, a) swaps the roles, so the continued fraction (or, for
/// small b·x, the power series) always runs where it converges fast and the result keeps
/// its relative precision even far out in a tail. When one parameter is large and the other
/// moderate, with x near 1 on the large side, the asymptotic expansion of
/// `LargeABetaExpansion` is used instead, provided the tail it yields is the small one.
struct IncompleteBeta: Sendable {
    /// I_x(a, b), the lower tail.
    var lower: Double
    /// 1 − I_x(a, b), the upper tail, computed directly when it is the small one.
    var upper: Double

    /// Evaluates both tails for a, b > 0 and the argument x (with y = 1 − x).
    init(a: Double, b: Double, argument z: BetaArgument) {
        if z.x == 0 && z.logX == -.infinity {
            lower = 0
            upper = 1
        } else if z.y == 0 && z.logY == -.infinity {
            lower = 1
            upper = 0
        } else if let w = Self.largeParameterTail(a: a, b: b, z), w <= 0.5 {
            lower = w
            upper = 1 - w
        } else if let w = Self.largeParameterTail(a: b, b: a, z.swapped), w <= 0.5 {
            upper = w
            lower = 1 - w
        } else if a > 1 && b > 1 {
            // Orient by λ = (a + b) y − b, the signed distance of x below the mean a/(a + b),
            // computed from whichever of x and y is accurate; λ ≥ 0 makes I_x(a, b) the small side.
            let lambda = a > b ? (a + b) * z.y - b : a - (a + b) * z.x
            if lambda >= 0 {
                lower = min(1, Self.directTailBothAboveOne(a: a, b: b, z, lambda: lambda))
                upper = 1 - lower
            } else {
                upper = min(1, Self.directTailBothAboveOne(a: b, b: a, z.swapped, lambda: -lambda))
                lower = 1 - upper
            }
        } else if z.y * (a + b + 2) >= b + 1 {
            // x ≤ (a + 1)/(a + b + 2), written with y so that x near 1 is judged exactly.
            lower = min(1, Self.directTail(a: a, b: b, z))
            upper = 1 - lower
        } else {
            upper = min(1, Self.directTail(a: b, b: a, z.swapped))
            lower = 1 - upper
        }
    }

    /// I_x(a, b) by the large-a expansion when a is large, b small and x near 1; nil otherwise.
    ///
    /// There the continued fraction loses digits in proportion to a, and close to the mean it
    /// is the small-parameter side's fraction that runs slowly; the expansion serves both.
    private static func largeParameterTail(a: Double, b: Double, _ z: BetaArgument) -> Double? {
        guard a > 100 && b <= 200 && z.x > 0.7 else { return nil }
        return LargeABetaExpansion.lowerTail(a: a, b: b, z)
    }

    /// I_x(a, b) where it is the small side of the distribution.
    private static func directTail(a: Double, b: Double, _ z: BetaArgument) -> Double {
        if b * z.x <= 1 && z.x <= 0.95 {
            return powerSeries(a: a, b: b, z)
        }
        return continuedFraction(a: a, b: b, z)
    }

    /// I_x(a, b) for a, b > 1 on the small side (λ ≥ 0): power series for small b·x, else BFRAC.
    private static func directTailBothAboveOne(a: Double, b: Double, _ z: BetaArgument,
                                               lambda: Double) -> Double {
        if b * z.x <= 1 && z.x <= 0.95 {
            return powerSeries(a: a, b: b, z)
        }
        return DiDonatoMorrisFraction.lowerTail(a: a, b: b, z, lambda: lambda)
    }

    /// `log(x^a y^b / B(a, b))`, free of the cancellation of log-gammas of large arguments.
    ///
    /// With c = a + b and Stirling's form of each gamma function the powers pair off into
    /// Loader deviances: −bd0(a, c·x) − bd0(b, c·y) + ½ log(ab / (2πc)) − s(a) − s(b) + s(c),
    /// where s is the Stirling error; every term is small when x is near its mean a/c.
    static func logPowerTerms(a: Double, b: Double, _ z: BetaArgument) -> Double {
        let c = a + b
        let logC = log(c)
        let da = SpecialFunctions.deviance(a, c * z.x, logM: logC + z.logX)
        let db = SpecialFunctions.deviance(b, c * z.y, logM: logC + z.logY)
        let sa = SpecialFunctions.stirlingError(a)
        let sb = SpecialFunctions.stirlingError(b)
        let sc = SpecialFunctions.stirlingError(c)
        return -da - db + 0.5 * (log(a) + log(b) - logC) - SpecialFunctions.logSqrt2Pi - sa - sb + sc
    }

    /// I_x(a, b) = x^a / B(a, b) × [1/a + Σ (1−b)…(n−b) xⁿ / (n! (a + n))], for small b·x.
    private static func powerSeries(a: Double, b: Double, _ z: BetaArgument) -> Double {
        let x = z.x
        var u = (1 - b) * x
        let first = u / (a + 1)
        var t = u
        var v = first
        var s = 0.0
        var n = 2.0
        let threshold = Double.ulpOfOne / a * 0.5
        while abs(v) > threshold && n < 100_000 {
            u = (n - b) * x / n
            t *= u
            v = t / (a + n)
            s += v
            n += 1
        }
        s += first
        s += 1 / a
        // x^a / B(a, b) = (x^a y^b / B(a, b)) × y^(−b).
        return exp(logPowerTerms(a: a, b: b, z) - b * z.logY) * s
    }

    /// I_x(a, b) = x^a y^b / (a B(a, b)) × continued fraction (modified Lentz).
    private static func continuedFraction(a: Double, b: Double, _ z: BetaArgument) -> Double {
        let tiny = 1e-300
        let x = z.x
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        // 1 − (a + b) x / (a + 1), written through y so that x near 1 does not cancel.
        var d = (1 - b + qab * z.y) / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        var m = 1.0
        while m < 1_000_000 {
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
            m += 1
        }
        return exp(logPowerTerms(a: a, b: b, z) - log(a)) * h
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
///
/// Both come back from one evaluation; whichever is the smaller tail is computed directly
/// (series for P when x < a + 1, continued fraction for Q otherwise) and the other is its
/// complement, so a tiny upper tail never suffers `1 − P` cancellation.
struct IncompleteGamma: Sendable {
    /// P(a, x), the lower regularized incomplete gamma.
    var lower: Double
    /// Q(a, x), the upper regularized incomplete gamma.
    var upper: Double

    /// Evaluates P and Q for a > 0 and x ≥ 0 (x may be +∞).
    init(a: Double, x: Double) {
        if x <= 0 {
            self.init(lower: 0, upper: 1)
        } else if x == .infinity {
            self.init(lower: 1, upper: 0)
        } else if x < a + 1 {
            let p = min(1, Self.lowerSeries(a: a, x: x))
            self.init(lower: p, upper: 1 - p)
        } else {
            let q = min(1, Self.upperContinuedFraction(a: a, x: x))
            self.init(lower: 1 - q, upper: q)
        }
    }

    private init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// `x^a e^(−x) / Γ(a + 1)`, the factor shared by the series and the fraction, in logs.
    ///
    /// Written as `exp(−bd0(a, x)) √(a / 2π) e^(−stirlingError(a)) / a` so that the large
    /// terms `a log x`, `x` and `log Γ(a)` never meet and cancel.
    static func logPrefactor(a: Double, x: Double) -> Double {
        -SpecialFunctions.deviance(a, x) + 0.5 * log(a) - SpecialFunctions.logSqrt2Pi
            - SpecialFunctions.stirlingError(a) - log(a)
    }

    /// Q(a, x) divided by r = x^a e^(−x) / Γ(a), which stays representable when Q underflows.
    ///
    /// The asymptotic expansion of the incomplete beta function for large a needs this ratio.
    static func upperOverPrefactor(a: Double, x: Double) -> Double {
        if x >= a + 1 {
            return upperContinuedFractionFactor(a: a, x: x)
        }
        let q = 1 - min(1, lowerSeries(a: a, x: x))
        return q / exp(logPrefactor(a: a, x: x) + log(a))
    }

    /// P(a, x) = prefactor × Σ x^n / ((a+1)…(a+n)), for x < a + 1.
    private static func lowerSeries(a: Double, x: Double) -> Double {
        var term = 1.0
        var sum = 1.0
        var n = 1.0
        while n < 100_000 {
            term *= x / (a + n)
            sum += term
            if term < sum * 1e-17 { break }
            n += 1
        }
        return exp(logPrefactor(a: a, x: x) + log(sum))
    }

    /// Q(a, x) by the Legendre continued fraction (modified Lentz), for x ≥ a + 1.
    private static func upperContinuedFraction(a: Double, x: Double) -> Double {
        // Q = x^a e^(−x) / Γ(a) × h; the prefactor above carries 1/Γ(a+1) = 1/(a Γ(a)).
        exp(logPrefactor(a: a, x: x) + log(a) + log(upperContinuedFractionFactor(a: a, x: x)))
    }

    /// The continued fraction h with Q(a, x) = x^a e^(−x) / Γ(a) × h.
    private static func upperContinuedFractionFactor(a: Double, x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        var i = 1.0
        while i < 100_000 {
            let an = -i * (i - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
            i += 1
        }
        return h
    }
}

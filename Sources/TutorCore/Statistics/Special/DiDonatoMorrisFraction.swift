#if canImport(Glibc)
import Glibc
#endif

/// I_x(a, b) for a, b > 1 by the continued fraction of DiDonato and Morris (ACM TOMS 708, BFRAC).
///
/// Unlike the textbook fraction, its terms are built from λ = (a + b) y − b, computed once
/// from the accurate one of x and y, and from ratios such as a/(a + 2n + 1) that stay near one;
/// nothing of the form 1 − (a + b) x/(a + 1) is re-formed at every step. With one parameter in
/// the hundreds of thousands the textbook fraction lost up to four digits where this one keeps
/// full precision. The numerators and denominators are rescaled at each step to stay finite.
enum DiDonatoMorrisFraction {
    /// I_x(a, b) for a, b > 1 and λ = (a + b) y − b ≥ 0 (x at or below the mean a/(a + b)).
    static func lowerTail(a: Double, b: Double, _ z: BetaArgument, lambda: Double) -> Double {
        let x = z.x
        let y = z.y
        let c = lambda + 1
        let c0 = b / a
        let c1 = 1 / a + 1
        let yp1 = y + 1
        var n = 0.0
        var p = 1.0
        var s = a + 1
        var an = 0.0
        var bn = 1.0
        var anp1 = 1.0
        var bnp1 = c / c1
        var r = c1 / c
        while n < 100_000 {
            n += 1
            var t = n / a
            let w = n * (b - n) * x
            var e = a / s
            let alpha = p * (p + c0) * e * e * (w * x)
            e = (t + 1) / (c1 + t + t)
            let beta = n + w / s + e * (c + n * yp1)
            p = t + 1
            s += 2
            t = alpha * an + beta * anp1
            an = anp1
            anp1 = t
            t = alpha * bn + beta * bnp1
            bn = bnp1
            bnp1 = t
            let previous = r
            r = anp1 / bnp1
            if abs(r - previous) <= 1e-16 * r { break }
            an /= bnp1
            bn /= bnp1
            anp1 = r
            bnp1 = 1
        }
        // I_x(a, b) = x^a y^b / B(a, b) × r.
        return exp(IncompleteBeta.logPowerTerms(a: a, b: b, z)) * r
    }
}

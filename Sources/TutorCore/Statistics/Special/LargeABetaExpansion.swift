#if canImport(Glibc)
import Glibc
#endif

/// I_x(a, b) for large a and small b by the asymptotic expansion in incomplete gamma functions.
///
/// This is the expansion of DiDonato and Morris (ACM TOMS 708, routine BGRAT): with
/// ν = a + (b − 1)/2 and z = −ν log x, I_x(a, b) = Γ(a+b)/(Γ(a) ν^b) Σ pₙ Jₙ where J₀ is the
/// scaled upper incomplete gamma Q(b, z)/r and each further term gains a factor of order 1/ν².
/// It is used where the continued fraction would run for thousands of steps with x close to 1
/// (Student's t with huge ν, F with a huge denominator), and keeps full precision there.
/// Values b > 1 are first reduced below 1 with the upward recurrence in b, whose terms are all
/// positive.
enum LargeABetaExpansion {
    /// I_x(a, b) for a > 100, b ≤ 200 and x > 0.7, where it is the small tail.
    static func lowerTail(a: Double, b: Double, _ z: BetaArgument) -> Double {
        var reducedB = b
        var sum = 0.0
        // I_x(a, b) = I_x(a, b − 1) + x^a y^(b−1) / ((b − 1) B(a, b − 1)), repeated until b ≤ 1.
        while reducedB > 1 {
            reducedB -= 1
            sum += exp(IncompleteBeta.logPowerTerms(a: a, b: reducedB, z) - log(reducedB))
        }
        return sum + expansion(a: a, b: reducedB, z)
    }

    /// The BGRAT series for 0 < b ≤ 1.
    private static func expansion(a: Double, b: Double, _ arg: BetaArgument) -> Double {
        let bm1 = b - 1
        let nu = a + 0.5 * bm1
        let lnx = arg.logX
        let z = -nu * lnx
        // log r with r = z^b e^(−z) / Γ(b), and log u = log r − log(Γ(a)/Γ(a+b)) − b log ν.
        let logR = b * log(z) - z - SpecialFunctions.logGamma(b)
        let logU = logR + SpecialFunctions.logGammaRatio(a, b) - b * log(nu)
        var j = IncompleteGamma.upperOverPrefactor(a: b, x: z)
        var sum = j
        let v = 0.25 / (nu * nu)
        let t2 = 0.25 * lnx * lnx
        var t = 1.0
        var cn = 1.0
        var n2 = 0.0
        var c = [Double](repeating: 0, count: 30)
        var d = [Double](repeating: 0, count: 30)
        for n in 1...30 {
            let bp2n = b + n2
            j = (bp2n * (bp2n + 1) * j + (z + bp2n + 1) * t) * v
            n2 += 2
            t *= t2
            cn /= n2 * (n2 + 1)
            c[n - 1] = cn
            var s = 0.0
            if n > 1 {
                var coefficient = b - Double(n)
                for i in 1...(n - 1) {
                    s += coefficient * c[i - 1] * d[n - 1 - i]
                    coefficient += b
                }
            }
            d[n - 1] = bm1 * cn + s / Double(n)
            let dj = d[n - 1] * j
            sum += dj
            if abs(dj) <= 1e-16 * sum { break }
        }
        return exp(logU + log(sum))
    }
}

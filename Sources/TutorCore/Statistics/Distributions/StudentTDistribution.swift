#if canImport(Glibc)
import Glibc
#endif

/// Student's t distribution with ν degrees of freedom (ν > 0, not necessarily an integer).
public struct StudentTDistribution: ContinuousDistribution, Hashable {
    public var degreesOfFreedom: Double

    /// A t distribution; ν must be positive (Welch's test produces fractional ν).
    public init(degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0, "degrees of freedom must be positive")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// The incomplete-beta argument ν / (ν + t²), with t² taken in logs once it overflows.
    private func betaArgument(_ t: Double) -> BetaArgument {
        let tt = t * t
        if tt.isFinite {
            return BetaArgument(u: degreesOfFreedom, v: tt)
        }
        return BetaArgument(logU: log(degreesOfFreedom), logV: 2 * log(abs(t)))
    }

    public func pdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if t.isInfinite { return 0 }
        // Loader's form (as in R's dt): the ratio of gammas and the power of (1 + t²/ν)
        // are both written through deviances, exact for large ν.
        let n = degreesOfFreedom
        let ratio = -SpecialFunctions.deviance(n / 2, (n + 1) / 2)
            + SpecialFunctions.stirlingError((n + 1) / 2) - SpecialFunctions.stirlingError(n / 2)
        let x2n = t * t / n
        let logHalfOnePlus: Double
        let power: Double
        let largeRatio = !(x2n.isFinite) || x2n > 1 / Double.ulpOfOne
        if largeRatio {
            logHalfOnePlus = log(abs(t)) - log(n) / 2
            power = n * logHalfOnePlus
        } else if x2n > 0.2 {
            logHalfOnePlus = log(1 + x2n) / 2
            power = n * logHalfOnePlus
        } else {
            logHalfOnePlus = log1p(x2n) / 2
            power = -SpecialFunctions.deviance(n / 2, (n + t * t) / 2) + t * t / 2
        }
        return exp(ratio - power - logHalfOnePlus - SpecialFunctions.logSqrt2Pi)
    }

    public func sf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if t == 0 { return 0.5 }
        // P(T > |t|) = ½ I_x(ν/2, ½) with x = ν/(ν + t²).
        let beta = IncompleteBeta(a: degreesOfFreedom / 2, b: 0.5, argument: betaArgument(t))
        return t > 0 ? 0.5 * beta.lower : 0.5 + 0.5 * beta.upper
    }

    public func cdf(_ t: Double) -> Double {
        sf(-t)
    }

    public func quantile(_ p: Double) -> Double {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        if p == 0.5 { return 0 }
        return p < 0.5 ? -upperQuantile(p) : upperQuantile(1 - p)
    }

    public func inverseSurvival(_ q: Double) -> Double {
        -quantile(q)
    }

    /// The t > 0 with P(T > t) = q, for 0 ≤ q < ½.
    private func upperQuantile(_ q: Double) -> Double {
        if q == 0 { return .infinity }
        let n = degreesOfFreedom
        let z = -NormalDistribution.standardQuantile(q)
        var start = z * (1 + (z * z + 1) / (4 * n))
        if n < 5 {
            // Far out the tail is a power law, P(T > t) ≈ K t^(−ν); its inverse is a better start.
            let logK = SpecialFunctions.logGamma((n + 1) / 2) - SpecialFunctions.logGamma(n / 2)
                + (n - 1) / 2 * log(n) - 0.5 * log(Double.pi) - log(n)
            start = max(start, exp((logK - log(q)) / n))
        }
        let inversion = TailInversion(side: .upper, tail: { sf($0) }, density: { pdf($0) })
        return inversion.solve(target: q, start: start)
    }
}

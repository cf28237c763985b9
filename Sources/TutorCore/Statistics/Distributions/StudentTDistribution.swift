#if canImport(Glibc)
import Glibc
#endif

/// Student's t distribution with ν degrees of freedom (ν > 0, not necessarily an integer).
public struct StudentTDistribution: ContinuousDistribution, Hashable {
    public var degreesOfFreedom: Double

    /// A t distribution; ν must be positive and finite (Welch's test produces fractional ν).
    ///
    /// - Throws: `StatisticsError.invalidParameter` otherwise.
    public init(degreesOfFreedom: Double) throws {
        try Self.check(degreesOfFreedom, "t degrees of freedom")
        self.init(validated: degreesOfFreedom)
    }

    /// A t distribution whose ν the caller has already checked (a count or Welch's formula).
    init(validated degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// The incomplete-beta argument ν / (ν + t²), computed as (ν/|t|)/|t| or in logs once t² overflows.
    private func betaArgument(_ t: Double) -> BetaArgument {
        let tt = t * t
        if tt.isFinite {
            return BetaArgument(u: degreesOfFreedom, v: tt)
        }
        let x = degreesOfFreedom / abs(t) / abs(t)
        if x.isNormal {
            return BetaArgument(tinyX: x)
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
        if t.isInfinite { return t > 0 ? 0 : 1 }
        if t > 0, let tail = farTail(t) { return tail }
        // P(T > |t|) = ½ I_x(ν/2, ½) with x = ν/(ν + t²).
        let beta = IncompleteBeta(a: degreesOfFreedom / 2, b: 0.5, argument: betaArgument(t))
        return t > 0 ? 0.5 * beta.lower : 0.5 + 0.5 * beta.upper
    }

    /// P(T > t) once x = ν/(ν + t²) has underflowed, as the leading term of the power series.
    ///
    /// There I_x(ν/2, ½) = x^(ν/2) / ((ν/2) B(ν/2, ½)) to full precision, and x^(ν/2) is
    /// ν^(ν/2) |t|^(−ν): `pow` evaluates that power to within an ulp, while the general route
    /// through log x would lose |log x| ε (1e-13 relative at t = 1e200).
    private func farTail(_ t: Double) -> Double? {
        let n = degreesOfFreedom
        guard !(t * t).isFinite, !(n / t / t).isNormal else { return nil }
        let power = pow(t, -n)
        guard power.isNormal else { return nil }
        let a = n / 2
        let logBeta = SpecialFunctions.logGamma(a) + SpecialFunctions.logGamma(0.5)
            - SpecialFunctions.logGamma(a + 0.5)
        return 0.5 * exp(a * log(n) - log(a) - logBeta) * power
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

#if canImport(Glibc)
import Glibc
#endif

/// Fisher's F distribution with (d1, d2) degrees of freedom.
public struct FDistribution: ContinuousDistribution, Hashable {
    public var numeratorDegreesOfFreedom: Double
    public var denominatorDegreesOfFreedom: Double

    /// An F distribution; both degrees of freedom must be positive and finite.
    ///
    /// - Throws: `StatisticsError.invalidParameter` otherwise.
    public init(numeratorDegreesOfFreedom: Double, denominatorDegreesOfFreedom: Double) throws {
        try Self.check(numeratorDegreesOfFreedom, "F numerator degrees of freedom")
        try Self.check(denominatorDegreesOfFreedom, "F denominator degrees of freedom")
        self.init(validated: numeratorDegreesOfFreedom, denominatorDegreesOfFreedom)
    }

    /// An F distribution whose degrees of freedom the caller has already checked.
    init(validated numeratorDegreesOfFreedom: Double, _ denominatorDegreesOfFreedom: Double) {
        self.numeratorDegreesOfFreedom = numeratorDegreesOfFreedom
        self.denominatorDegreesOfFreedom = denominatorDegreesOfFreedom
    }

    /// The incomplete-beta argument d1 f / (d1 f + d2), in logs when d1 f overflows.
    private func betaArgument(_ f: Double) -> BetaArgument {
        let u = numeratorDegreesOfFreedom * f
        if u.isFinite {
            return BetaArgument(u: u, v: denominatorDegreesOfFreedom)
        }
        // Here y = d2/(d1 f) is the tiny side.
        let y = denominatorDegreesOfFreedom / numeratorDegreesOfFreedom / f
        if y.isNormal {
            return BetaArgument(tinyX: y).swapped
        }
        return BetaArgument(logU: log(numeratorDegreesOfFreedom) + log(f),
                            logV: log(denominatorDegreesOfFreedom))
    }

    private var halves: (a: Double, b: Double) {
        (numeratorDegreesOfFreedom / 2, denominatorDegreesOfFreedom / 2)
    }

    public func pdf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        let m = numeratorDegreesOfFreedom
        let n = denominatorDegreesOfFreedom
        if f < 0 || f == .infinity { return 0 }
        if f == 0 { return m > 2 ? 0 : (m == 2 ? 1 : .infinity) }
        // R's df: the density as a binomial probability in p = m f/(n + m f), q = n/(n + m f).
        let z = betaArgument(f)
        if m >= 2 {
            let factor = m * z.y / 2
            return factor * Self.binomialTerm((m - 2) / 2, rest: n / 2, z)
        }
        let factor = m * m * z.y / (2 * z.x * (m + n))
        return factor * Self.binomialTerm(m / 2, rest: n / 2, z)
    }

    public func cdf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 0 }
        if f == .infinity { return 1 }
        return IncompleteBeta(a: halves.a, b: halves.b, argument: betaArgument(f)).lower
    }

    public func sf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 1 }
        if f == .infinity { return 0 }
        return IncompleteBeta(a: halves.a, b: halves.b, argument: betaArgument(f)).upper
    }

    public func quantile(_ p: Double) -> Double {
        TailInversion.quantile(p) { solve($0, target: $1) }
    }

    public func inverseSurvival(_ q: Double) -> Double {
        TailInversion.inverseSurvival(q) { solve($0, target: $1) }
    }

    /// Solves the given tail for `target` ≤ ½, starting from the power laws of the two tails.
    private func solve(_ side: TailInversion.Side, target: Double) -> Double {
        let (a, b) = halves
        // log(x^a / (a B(a, b))) approximates log I_x(a, b) near 0, and the mirror image near 1;
        // for F this gives f ≈ (d2/d1) x in the lower tail and (d2/d1)/y in the upper.
        let logBeta = SpecialFunctions.logGamma(a) + SpecialFunctions.logGamma(b)
            - SpecialFunctions.logGamma(a + b)
        let ratio = denominatorDegreesOfFreedom / numeratorDegreesOfFreedom
        var start: Double
        if side == .lower {
            let x = exp((log(target) + log(a) + logBeta) / a)
            start = ratio * x / max(1e-300, 1 - min(x, 0.5))
        } else {
            let y = exp((log(target) + log(b) + logBeta) / b)
            start = ratio * (1 - min(y, 0.5)) / y
        }
        if !(start.isFinite && start > 0) { start = 1 }
        let inversion = TailInversion(
            side: side,
            tail: side == .lower ? { cdf($0) } : { sf($0) },
            density: { pdf($0) }
        )
        return inversion.solve(target: target, start: start)
    }

    /// C(n, x) pˣ qⁿ⁻ˣ for real x, r ≥ 0 with n = x + r, without cancellation (Loader's `dbinom_raw`).
    ///
    /// The two counts are passed separately because n − x is exactly d2/2 (or d1/2) in the F
    /// density, while recomputing it from a rounded n = (d1 + d2 − 2)/2 would keep only a few
    /// digits when d1 is huge and d2 small.
    static func binomialTerm(_ x: Double, rest r: Double, _ z: BetaArgument) -> Double {
        let n = x + r
        let p = z.x
        let q = z.y
        if x == 0 {
            if r == 0 { return 1 }
            let lc = p < 0.1 ? -SpecialFunctions.deviance(n, n * q) - n * p : n * z.logY
            return exp(lc)
        }
        if r == 0 {
            let lc = q < 0.1 ? -SpecialFunctions.deviance(n, n * p) - n * q : n * z.logX
            return exp(lc)
        }
        let lc = SpecialFunctions.stirlingError(n) - SpecialFunctions.stirlingError(x)
            - SpecialFunctions.stirlingError(r)
            - SpecialFunctions.deviance(x, n * p, logM: log(n) + z.logX)
            - SpecialFunctions.deviance(r, n * q, logM: log(n) + z.logY)
        let lf = log(2 * Double.pi) + log(x) + log(r) - log(n)
        return exp(lc - 0.5 * lf)
    }
}

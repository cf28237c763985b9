#if canImport(Glibc)
import Glibc
#endif

/// The χ² distribution with k degrees of freedom (k > 0).
public struct ChiSquaredDistribution: ContinuousDistribution, Hashable {
    public var degreesOfFreedom: Double

    /// A χ² distribution; k must be positive and finite.
    ///
    /// - Throws: `StatisticsError.invalidParameter` otherwise.
    public init(degreesOfFreedom: Double) throws {
        try Self.check(degreesOfFreedom, "χ² degrees of freedom")
        self.init(validated: degreesOfFreedom)
    }

    /// A χ² distribution whose k the caller has already checked.
    init(validated degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    public func pdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        let shape = degreesOfFreedom / 2
        if x < 0 { return 0 }
        if x == 0 { return shape < 1 ? .infinity : (shape == 1 ? 0.5 : 0) }
        if x == .infinity { return 0 }
        // Gamma(shape, scale 2) density written as a Poisson probability (Loader), as R does.
        if shape < 1 {
            return Self.poissonTerm(shape, x / 2) * shape / x
        }
        return Self.poissonTerm(shape - 1, x / 2) / 2
    }

    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return IncompleteGamma(a: degreesOfFreedom / 2, x: max(0, x) / 2).lower
    }

    public func sf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return IncompleteGamma(a: degreesOfFreedom / 2, x: max(0, x) / 2).upper
    }

    public func quantile(_ p: Double) -> Double {
        TailInversion.quantile(p) { solve($0, target: $1) }
    }

    public func inverseSurvival(_ q: Double) -> Double {
        TailInversion.inverseSurvival(q) { solve($0, target: $1) }
    }

    /// Solves the given tail for `target` ≤ ½, from a Wilson–Hilferty start.
    private func solve(_ side: TailInversion.Side, target: Double) -> Double {
        let k = degreesOfFreedom
        let zLower = side == .lower
            ? NormalDistribution.standardQuantile(target)
            : -NormalDistribution.standardQuantile(target)
        let c = 2 / (9 * k)
        let cube = 1 - c + zLower * c.squareRoot()
        var start = k * cube * cube * cube
        if side == .lower {
            // Near zero, P(X ≤ x) ≈ (x/2)^(k/2) / Γ(k/2 + 1).
            let small = 2 * exp((log(target) + SpecialFunctions.logGamma(k / 2 + 1)) / (k / 2))
            if !(start > 0) || small < start { start = small }
        } else if !(start > 0) {
            start = k
        }
        let inversion = TailInversion(
            side: side,
            tail: side == .lower ? { cdf($0) } : { sf($0) },
            density: { pdf($0) }
        )
        return inversion.solve(target: target, start: start)
    }

    /// e^(−λ) λ^x / Γ(x + 1) for real x ≥ 0, without cancellation (Loader's `dpois_raw`).
    static func poissonTerm(_ x: Double, _ lambda: Double) -> Double {
        if lambda == 0 { return x == 0 ? 1 : 0 }
        if x == 0 { return exp(-lambda) }
        let logValue = -SpecialFunctions.stirlingError(x) - SpecialFunctions.deviance(x, lambda)
        return exp(logValue) / (2 * Double.pi * x).squareRoot()
    }
}

import Testing
@testable import TutorCore

@Suite("Distribution edge behaviour")
struct DistributionBehaviourTests {
    @Test("invalid parameters throw instead of trapping")
    func invalidParameters() {
        #expect(throws: StatisticsError.self) { try StudentTDistribution(degreesOfFreedom: 0) }
        #expect(throws: StatisticsError.self) { try ChiSquaredDistribution(degreesOfFreedom: -1) }
        #expect(throws: StatisticsError.self) { try ChiSquaredDistribution(degreesOfFreedom: .nan) }
        #expect(throws: StatisticsError.self) {
            try FDistribution(numeratorDegreesOfFreedom: 1, denominatorDegreesOfFreedom: .infinity)
        }
        #expect(throws: StatisticsError.self) { try NormalDistribution(mean: 0, standardDeviation: 0) }
    }

    @Test("t = 1e200 on 1 df: the Cauchy tail 1/(πt), not an overflow to 0")
    func hugeStatistic() throws {
        let cauchy = try StudentTDistribution(degreesOfFreedom: 1)
        let p = cauchy.sf(1e200)
        let expected = 1 / (Double.pi * 1e200)
        #expect(abs(p - expected) <= 1e-14 * expected)
        #expect(cauchy.cdf(-1e200) == p)
        // At 1e300 the tail is still above the underflow threshold.
        #expect(cauchy.sf(1e300) > 3e-301)
    }

    @Test("probability limits and NaN")
    func limits() throws {
        let t = try StudentTDistribution(degreesOfFreedom: 3)
        let chi = try ChiSquaredDistribution(degreesOfFreedom: 3)
        #expect(t.quantile(0) == -.infinity)
        #expect(t.quantile(1) == .infinity)
        #expect(t.quantile(0.5) == 0)
        #expect(chi.quantile(0) == 0)
        #expect(chi.inverseSurvival(0) == .infinity)
        #expect(chi.cdf(-1) == 0)
        #expect(chi.sf(-1) == 1)
        #expect(t.quantile(1.5).isNaN)
        #expect(t.sf(.infinity) == 0 && t.cdf(.infinity) == 1 && t.sf(-.infinity) == 1)
        #expect(chi.sf(.infinity) == 0 && chi.cdf(.infinity) == 1)
        let f = try FDistribution(numeratorDegreesOfFreedom: 3, denominatorDegreesOfFreedom: 7)
        #expect(f.sf(.infinity) == 0 && f.cdf(.infinity) == 1)
        #expect(f.pdf(.infinity) == 0 && t.pdf(.infinity) == 0 && chi.pdf(.infinity) == 0)
        #expect(t.sf(.nan).isNaN)
        #expect(NormalDistribution.standardQuantile(-0.1).isNaN)
    }

    @Test("inverse survival keeps tiny upper tails that 1 − q would round away")
    func inverseSurvivalTinyTail() throws {
        let f = try FDistribution(numeratorDegreesOfFreedom: 4, denominatorDegreesOfFreedom: 9)
        for q in [1e-20, 1e-100, 1e-250] {
            let x = f.inverseSurvival(q)
            #expect(abs(f.sf(x) - q) <= 1e-12 * q, "q = \(q)")
        }
        // quantile(1 − 1e-20) can only see p = 1.
        #expect(f.quantile(1 - 1e-20) == .infinity)
    }

    @Test("quantile and cdf are inverse across the range", arguments: [0.5, 2.5, 40, 1e6])
    func roundTrip(df: Double) throws {
        let t = try StudentTDistribution(degreesOfFreedom: df)
        let chi = try ChiSquaredDistribution(degreesOfFreedom: df)
        let distributions: [(String, any ContinuousDistribution)] = [("t", t), ("χ²", chi)]
        for p in [1e-200, 1e-30, 1e-6, 0.01, 0.2, 0.5, 0.8, 0.99] {
            for (name, d) in distributions {
                let x = d.quantile(p)
                if p == 0.5 && name == "t" {
                    #expect(x == 0)
                    continue
                }
                if x == 0 || x.isInfinite {
                    // Only where the true quantile is beyond the double range: t on ½ df at 1e-200
                    // is about −1e400 and χ² on ½ df about 1e-800.
                    #expect(df == 0.5 && p == 1e-200, "\(name) df \(df) p \(p) gave \(x)")
                    continue
                }
                // cdf(x) reacts to the last bit of x by a factor κ = |x pdf(x) / p|: with df = 1e6
                // far in the tail κ is ~1e4, so the round trip is judged against that condition.
                let kappa = abs(x * d.pdf(x) / p)
                let tolerance = 1e-12 + 4 * Double.ulpOfOne * kappa
                #expect(abs(d.cdf(x) - p) <= tolerance * p, "\(name) df \(df) p \(p)")
            }
        }
    }
}

import Foundation
import Testing

/// Recomputes every worked example of the statistics lessons from its raw data and checks
/// that the numbers the lesson states agree at the precision the lesson shows them.
///
/// p-values and critical values that need distribution tails beyond closed forms are only
/// checked for presence here; they were taken from scipy, and the statistics engine's own
/// tests are where they get recomputed.
@Suite("Worked examples")
struct WorkedExampleTests {
    typealias M = ExampleMath

    @Test func oneSampleTTest() throws {
        let lesson = try LessonText("concept-t-tests")
        let x: [Double] = [52, 55, 49, 58, 54, 51, 56, 53]
        let mu0 = 50.0
        let n = Double(x.count)
        let mean = M.mean(x)
        let s2 = M.variance(x)
        let s = s2.squareRoot()
        let se = s / n.squareRoot()
        let t = (mean - mu0) / se
        lesson.expectStated("sum = 428", equals: M.sum(x))
        lesson.expectStated("x̄ = 428 / 8 = 53.5", equals: mean)
        let deviations = x.map { fmt($0 - mean, 1) }.joined(separator: ", ")
        lesson.expectContains("Deviations from the mean: \(deviations).")
        lesson.expectStated("Σ(x − x̄)² = 58", equals: M.sumOfSquares(x))
        lesson.expectStated("s² = 58 / 7 = 8.29", equals: s2)
        lesson.expectStated("s = √8.29 = 2.88", equals: s)
        lesson.expectStated("SE = s / √n = 2.88 / 2.83", equals: n.squareRoot())
        lesson.expectStated("SE = s / √n = 2.88 / 2.83 = 1.02", equals: se)
        lesson.expectStated("t = (53.5 − 50) / 1.02 = 3.44", equals: t)
        lesson.expectStated("df = n − 1 = 7", equals: n - 1)
        lesson.expectStated("upward by about 3.5 ms", equals: mean - mu0)
        // p-value from scipy; the statistics engine will check it
        lesson.expectContains("Two-tailed p = 0.011.")
        // p-value from scipy; the statistics engine will check it
        lesson.expectContains("the one-tailed p would be 0.0054")
        // critical value from scipy; the statistics engine will check it
        lesson.expectContains("t₀.₉₇₅,₇ = 2.365")
    }

    @Test func pooledTwoSampleTTest() throws {
        let lesson = try LessonText("concept-t-tests")
        let a: [Double] = [82, 85, 80, 84, 83, 86]
        let b: [Double] = [79, 81, 78, 82, 80, 78]
        let sp2 = (M.sumOfSquares(a) + M.sumOfSquares(b)) / Double(a.count + b.count - 2)
        let sp = sp2.squareRoot()
        let se = sp * (1.0 / 6 + 1.0 / 6).squareRoot()
        let t = (M.mean(a) - M.mean(b)) / se
        lesson.expectStated("x̄_A = 500 / 6 = 83.33", equals: M.mean(a))
        lesson.expectStated("x̄_B = 478 / 6 = 79.67", equals: M.mean(b))
        lesson.expectStated("SS_A = 23.33", equals: M.sumOfSquares(a))
        lesson.expectStated("SS_B = 13.33", equals: M.sumOfSquares(b))
        lesson.expectStated("s_A² = 23.33 / 5 = 4.67", equals: M.variance(a))
        lesson.expectStated("s_B² = 13.33 / 5 = 2.67", equals: M.variance(b))
        lesson.expectStated("sₚ² = (23.33 + 13.33) / 10 = 3.67", equals: sp2)
        lesson.expectStated("sₚ = 1.91", equals: sp)
        lesson.expectStated("SE = 1.91 · √(1/6 + 1/6) = 1.11", equals: se)
        lesson.expectStated("t = (83.33 − 79.67) / 1.11 = 3.32", equals: t)
        lesson.expectStated("t = (83.33 − 79.67) / 1.11 = 3.32", equals: M.pooledT(a, b))
        lesson.expectStated("df = 6 + 6 − 2 = 10", equals: Double(a.count + b.count - 2))
        lesson.expectStated("scores about 3.7", equals: M.mean(a) - M.mean(b))
        lesson.expectStated("for Example 2, 3.67 / 1.91 ≈ 1.9", equals: (M.mean(a) - M.mean(b)) / sp)
        // p-value from scipy; the statistics engine will check it
        lesson.expectContains("Two-tailed p = 0.0078")
        // critical value from scipy; the statistics engine will check it
        lesson.expectContains("t₀.₉₇₅,₁₀ = 2.228")
    }

    @Test func welchTTest() throws {
        let lesson = try LessonText("concept-t-tests")
        let old: [Double] = [120, 135, 128, 142, 118, 130]
        let new: [Double] = [95, 150, 110, 160, 88, 140, 105]
        let q1 = M.variance(old) / Double(old.count)
        let q2 = M.variance(new) / Double(new.count)
        let se = (q1 + q2).squareRoot()
        let t = (M.mean(old) - M.mean(new)) / se
        let nu = pow(q1 + q2, 2) / (q1 * q1 / Double(old.count - 1) + q2 * q2 / Double(new.count - 1))
        lesson.expectStated("x̄_old = 773 / 6 = 128.83", equals: M.mean(old))
        lesson.expectStated("x̄_new = 848 / 7 = 121.14", equals: M.mean(new))
        lesson.expectStated("s_old² = 81.77", equals: M.variance(old))
        lesson.expectStated("s_new² = 810.81", equals: M.variance(new))
        lesson.expectStated("(standard deviations 9.04", equals: M.sd(old))
        lesson.expectStated("and 28.47)", equals: M.sd(new))
        lesson.expectStated("s_old²/6 = 13.63", equals: q1)
        lesson.expectStated("s_new²/7 = 115.83", equals: q2)
        lesson.expectStated("SE = √(13.63 + 115.83) = 11.38", equals: se)
        lesson.expectStated("t = (128.83 − 121.14) / 11.38 = 0.68", equals: t)
        lesson.expectStated("ν = 129.46", equals: q1 + q2)
        lesson.expectStated("which gives ν = 7.37", equals: nu)
        lesson.expectStated("about 7.7 minutes faster", equals: M.mean(old) - M.mean(new))
        #expect(nu > Double(min(old.count, new.count) - 1) && nu < Double(old.count + new.count - 2))
        // p-value from scipy; the statistics engine will check it
        lesson.expectContains("Two-tailed p = 0.52")
        // critical value from scipy; the statistics engine will check it
        lesson.expectContains("the critical value for ν = 7.37 is 2.34")
    }

    @Test func pairedTTest() throws {
        let lesson = try LessonText("concept-t-tests")
        let before: [Double] = [62, 71, 58, 66, 74, 69, 60]
        let after: [Double] = [66, 74, 63, 67, 79, 72, 61]
        let d = zip(after, before).map { $0 - $1 }
        let sd = M.sd(d)
        let se = sd / Double(d.count).squareRoot()
        let t = M.mean(d) / se
        lesson.expectContains("| Before | " + before.map { fmt($0, 0) }.joined(separator: " | ") + " |")
        lesson.expectContains("| After | " + after.map { fmt($0, 0) }.joined(separator: " | ") + " |")
        lesson.expectContains("Differences (after − before): " + d.map { fmt($0, 0) }.joined(separator: ", "))
        lesson.expectStated("d̄ = 22 / 7 = 3.14", equals: M.mean(d))
        lesson.expectStated("Σ(d − d̄)² = 16.86", equals: M.sumOfSquares(d))
        lesson.expectStated("s_d² = 16.86 / 6 = 2.81", equals: M.variance(d))
        lesson.expectStated("s_d = 1.68", equals: sd)
        lesson.expectStated("SE = 1.68 / √7 = 0.634", equals: se)
        lesson.expectStated("t = 3.14 / 0.634 = 4.96", equals: t)
        lesson.expectStated("df = 7 − 1 = 6", equals: Double(d.count - 1))
        // The wrong, unpaired analysis of the same numbers.
        lesson.expectStated("you would get t = 0.95", equals: M.pooledT(after, before))
        // p-value from scipy; the statistics engine will check it
        lesson.expectContains("Two-tailed p = 0.0026")
        // p-value from scipy; the statistics engine will check it
        lesson.expectContains("p = 0.36, \"no effect\"")
        // critical value from scipy; the statistics engine will check it
        lesson.expectContains("t₀.₉₇₅,₆ = 2.447")
    }

    @Test func oneSampleZTest() throws {
        let lesson = try LessonText("concept-z-tests")
        let n = 36.0, xbar = 31.5, sigma = 4.0, mu0 = 30.0
        let se = sigma / n.squareRoot()
        let z = (xbar - mu0) / se
        lesson.expectStated("SE = σ / √n = 4 / 6 = 0.667", equals: se)
        lesson.expectStated("z = (31.5 − 30) / 0.667 = 2.25", equals: z)
        lesson.expectStated("2 · P(Z ≥ 2.25) = 0.024", equals: M.normalTwoTailed(z))
        // 1.96 is the normal quantile from scipy; the statistics engine will check it
        lesson.expectStated("from 30.19", equals: xbar - 1.959964 * se)
        lesson.expectStated("to 32.81 minutes", equals: xbar + 1.959964 * se)
    }

    @Test func oneProportionZTest() throws {
        let lesson = try LessonText("concept-z-tests")
        let x = 236.0, n = 400.0, p0 = 0.5
        let phat = x / n
        let se = (p0 * (1 - p0) / n).squareRoot()
        let z = (phat - p0) / se
        lesson.expectStated("n·p₀ = 400 · 0.5 = 200", equals: n * p0)
        lesson.expectStated("p̂ = 236 / 400 = 0.59", equals: phat)
        lesson.expectStated("SE = √(0.5 · 0.5 / 400) = 0.025", equals: se)
        lesson.expectStated("z = (0.59 − 0.5) / 0.025 = 3.6", equals: z)
        lesson.expectStated("Two-tailed p = 0.00032", equals: M.normalTwoTailed(z))
    }

    @Test func twoProportionZTest() throws {
        let lesson = try LessonText("concept-z-tests")
        let xA = 120.0, nA = 1500.0, xB = 156.0, nB = 1500.0
        let pA = xA / nA, pB = xB / nB
        let pooled = (xA + xB) / (nA + nB)
        let se = (pooled * (1 - pooled) * (1 / nA + 1 / nB)).squareRoot()
        let z = (pB - pA) / se
        let seUnpooled = (pA * (1 - pA) / nA + pB * (1 - pB) / nB).squareRoot()
        lesson.expectStated("p̂_A = 120 / 1500 = 0.08", equals: pA)
        lesson.expectStated("p̂_B = 156 / 1500 = 0.104", equals: pB)
        lesson.expectStated("p̂ = 276 / 3000 = 0.092", equals: pooled)
        lesson.expectStated("which gives SE = 0.01055", equals: se)
        lesson.expectStated("z = (0.104 − 0.08) / 0.01055 = 2.27", equals: z)
        lesson.expectStated("Two-tailed p = 0.023", equals: M.normalTwoTailed(z))
        lesson.expectStated("lifts the purchase rate by 2.4", equals: 100 * (pB - pA))
        lesson.expectStated("(a 30", equals: 100 * (pB / pA - 1))
        lesson.expectStated("is 0.01054", equals: seUnpooled)
        // 1.96 is the normal quantile from scipy; the statistics engine will check it
        lesson.expectStated("from 0.0033", equals: pB - pA - 1.959964 * seUnpooled)
        lesson.expectStated("to 0.0447", equals: pB - pA + 1.959964 * seUnpooled)
        lesson.expectContains("| A (control) | 1500 | 120 | \(fmt(100 * pA, 1))% |")
        lesson.expectContains("| B (new model) | 1500 | 156 | \(fmt(100 * pB, 1))% |")
    }
}

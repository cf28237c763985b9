import Foundation
import Testing

/// The mathematics lessons: probability, linear algebra, matrix products, gradient descent
/// and the Bayesian update.
extension WorkedExampleTests {
    @Test func matrixProducts() throws {
        let lesson = try LessonText("concept-matrix-multiplication")
        let a: [[Double]] = [[1, 2, 3], [4, 5, 6]]
        let b: [[Double]] = [[7, 8], [9, 10], [11, 12]]
        let ab = M.matmul(a, b)
        #expect(ab.count == 2 && ab[0].count == 2)
        for i in 0..<2 {
            for j in 0..<2 {
                let products = (0..<3).map { fmt(a[i][$0], 0) + "·" + fmt(b[$0][j], 0) }.joined(separator: " + ")
                let terms = (0..<3).map { fmt(a[i][$0] * b[$0][j], 0) }.joined(separator: " + ")
                lesson.expectStated("c\(["₁", "₂"][i])\(["₁", "₂"][j]) = row \(i + 1) · column \(j + 1) = \(products) = \(terms) = \(fmt(ab[i][j], 0))",
                                    equals: ab[i][j])
            }
        }
        func rows(_ m: [[Double]]) -> [String] { m.map { "| " + $0.map { fmt($0, 0) }.joined(separator: " ") + " |" } }
        lesson.expectContains("AB = " + rows(ab)[0])
        lesson.expectContains(rows(ab)[1])
        let ba = M.matmul(b, a)
        lesson.expectContains("BA = " + rows(ba)[0])
        lesson.expectContains(rows(ba)[1] + " " + rows(ba)[2])
        lesson.expectStated("12 multiply-adds", equals: 2 * 3 * 2)

        let p: [[Double]] = [[1, 2], [3, 4]]
        let q: [[Double]] = [[0, 1], [1, 0]]
        let pq = M.matmul(p, q), qp = M.matmul(q, p)
        #expect(pq != qp)
        lesson.expectContains("PQ = \(rows(pq)[0]) QP = \(rows(qp)[0])")
        lesson.expectContains("\(rows(pq)[1]) \(rows(qp)[1])")

        let abT = M.transpose(ab)
        #expect(abT == M.matmul(M.transpose(b), M.transpose(a)))
        lesson.expectContains("(AB)ᵀ has rows (\(fmt(abT[0][0], 0)), \(fmt(abT[0][1], 0))) and (\(fmt(abT[1][0], 0)), \(fmt(abT[1][1], 0)))")

        func cost(_ m: Double, _ n: Double, _ p: Double) -> Double { m * n * p }
        lesson.expectStated("(AB)C costs 10·100·5 + 10·5·50 = 5000 + 2500 = 7500",
                            equals: cost(10, 100, 5) + cost(10, 5, 50))
        lesson.expectStated("A(BC) costs 100·5·50 + 10·100·50 = 25000 + 50000 = 75000",
                            equals: cost(100, 5, 50) + cost(10, 100, 50))
        #expect(cost(1000, 1000, 1000) == 1e9)
        lesson.expectContains("1000 × 1000 matrices takes 10⁹ multiply-adds")
    }

    @Test func denseLayerAsMatrixProduct() throws {
        let lesson = try LessonText("concept-matrix-multiplication")
        let x: [[Double]] = [[0.5, -1.0, 2.0]]
        let w: [[Double]] = [[0.2, -0.1], [0.4, 0.3], [-0.5, 0.6]]
        let bias = [0.1, -0.2]
        let xw = M.matmul(x, w)[0]
        let pre = zip(xw, bias).map { $0 + $1 }
        let out = pre.map { max($0, 0) }
        lesson.expectStated("0.5·0.2 + (−1.0)·0.4 + 2.0·(−0.5) = −1.3", equals: xw[0])
        lesson.expectStated("0.5·(−0.1) + (−1.0)·0.3 + 2.0·0.6 = 0.85", equals: xw[1])
        lesson.expectContains("(−1.3 + 0.1, 0.85 − 0.2) = (\(fmt(pre[0], 1)), \(fmt(pre[1], 2)))")
        lesson.expectContains("output = (\(fmt(out[0], 0)), \(fmt(out[1], 2)))")
    }

    @Test func probabilityRulesAndBayes() throws {
        let lesson = try LessonText("concept-probability")
        lesson.expectStated("1 − (5/6)⁴ ≈ 0.518", equals: 1 - pow(5.0 / 6, 4))
        lesson.expectStated("13/52 + 4/52 − 1/52 = 16/52 ≈ 0.308", equals: (13.0 + 4 - 1) / 52)
        let prevalence = 0.01, sensitivity = 0.99, specificity = 0.95
        let truePositive = sensitivity * prevalence
        let falsePositive = (1 - specificity) * (1 - prevalence)
        let positive = truePositive + falsePositive
        let posterior = truePositive / positive
        lesson.expectStated("P(+) = 0.99 · 0.01 + 0.05 · 0.99 = 0.0099 + 0.0495 = 0.0594", equals: positive)
        lesson.expectStated("0.99 · 0.01 + 0.05 · 0.99 = 0.0099", equals: truePositive)
        lesson.expectStated("0.99 · 0.01 + 0.05 · 0.99 = 0.0099 + 0.0495", equals: falsePositive)
        lesson.expectStated("P(disease | +) = 0.0099 / 0.0594 = 0.167", equals: posterior)
        lesson.expectStated("Only about **16.7", equals: 100 * posterior)
        let people = 10_000.0
        let sick = people * prevalence, healthy = people - sick
        let tp = sick * sensitivity, fp = healthy * (1 - specificity)
        lesson.expectContains("| Disease | \(fmt(tp, 0)) | \(fmt(sick - tp, 0)) | \(fmt(sick, 0)) |")
        lesson.expectContains("| No disease | \(fmt(fp, 0)) | \(fmt(healthy - fp, 0)) | \(fmt(healthy, 0)) |")
        lesson.expectContains("| Total | \(fmt(tp + fp, 0)) | \(fmt(people - tp - fp, 0)) | \(fmt(people, 0)) |")
        let second = sensitivity * posterior / (sensitivity * posterior + (1 - specificity) * (1 - posterior))
        lesson.expectStated("gives a posterior of about 0.80", equals: second)

        let faces: [Double] = [1, 2, 3, 4, 5, 6]
        let ex = M.mean(faces), ex2 = M.mean(faces.map { $0 * $0 })
        lesson.expectStated("E[X] = (1 + 2 + 3 + 4 + 5 + 6) / 6 = 3.5", equals: ex)
        lesson.expectStated("E[X²] = (1 + 4 + 9 + 16 + 25 + 36) / 6 = 91/6 ≈ 15.17", equals: ex2)
        lesson.expectStated("Var(X) = 91/6 − 3.5² = 35/12 ≈ 2.92", equals: ex2 - ex * ex)
        lesson.expectStated("so SD ≈ 1.71", equals: (ex2 - ex * ex).squareRoot())

        let n = 5, p = 0.3
        let pTwo = M.choose(n, 2) * pow(p, 2) * pow(1 - p, 3)
        lesson.expectStated("C(5, 2) · 0.3² · 0.7³ = 10 · 0.09 · 0.343 = 0.3087", equals: pTwo)
        lesson.expectStated("C(5, 2) · 0.3² · 0.7³ = 10", equals: M.choose(n, 2))
        lesson.expectStated("5 · 0.3 = 1.5", equals: Double(n) * p)
        lesson.expectStated("5 · 0.3 · 0.7 = 1.05", equals: Double(n) * p * (1 - p))
        lesson.expectStated("0.7⁵ ≈ 0.168", equals: pow(1 - p, 5))
        lesson.expectStated("P(at least one) ≈ 0.832", equals: 1 - pow(1 - p, 5))
        // The 68–95–99.7 rule is checked against the normal CDF: P(|Z| ≤ k) = 1 − 2·tail.
        lesson.expectStated("About 68", equals: 100 * (1 - M.normalTwoTailed(1)))
        lesson.expectStated("95% within μ ± 2σ (exactly ±1.96", equals: 1.959964)
        lesson.expectStated("and 99.7", equals: 100 * (1 - M.normalTwoTailed(3)))
    }

    @Test func linearAlgebraBasics() throws {
        let lesson = try LessonText("concept-linear-algebra")
        func dot(_ u: [Double], _ v: [Double]) -> Double { zip(u, v).reduce(0) { $0 + $1.0 * $1.1 } }
        func norm(_ u: [Double]) -> Double { dot(u, u).squareRoot() }
        lesson.expectStated("u · v = 12 − 12 = 0", equals: dot([3, 4], [4, -3]))
        let a: [Double] = [1, 2, 3], b: [Double] = [4, 5, 6]
        let cosine = dot(a, b) / (norm(a) * norm(b))
        lesson.expectStated("a · b = 4 + 10 + 18 = 32", equals: dot(a, b))
        lesson.expectStated("‖a‖ = √14 ≈ 3.742", equals: norm(a))
        lesson.expectStated("‖b‖ = √77 ≈ 8.775", equals: norm(b))
        lesson.expectStated("32 / (3.742 · 8.775) = 0.975", equals: cosine)
        lesson.expectStated("an angle of about 12.9", equals: acos(cosine) * 180 / Double.pi)
        lesson.expectStated("√(9 + 16) = 5", equals: norm([3, 4]))
        lesson.expectStated("for (1, 2, 2) it is 3", equals: norm([1, 2, 2]))
        lesson.expectStated("‖u‖₁ = Σ |uᵢ|. For (3, 4) it is 7", equals: 3 + 4)
        lesson.expectStated("the largest |uᵢ|. For (3, 4) it is 4", equals: max(3, 4))

        let m: [[Double]] = [[4, 7], [2, 6]]
        let det = m[0][0] * m[1][1] - m[0][1] * m[1][0]
        lesson.expectStated("det M = 4·6 − 7·2 = 24 − 14 = 10", equals: det)
        let inverse = [[m[1][1] / det, -m[0][1] / det], [-m[1][0] / det, m[0][0] / det]]
        let identity = M.matmul(m, inverse)
        #expect(abs(identity[0][0] - 1) < 1e-12 && abs(identity[0][1]) < 1e-12)
        lesson.expectContains("[[\(fmt(inverse[0][0], 1)), \(fmt(inverse[0][1], 1))], [\(fmt(inverse[1][0], 1)), \(fmt(inverse[1][1], 1))]]")
        lesson.expectStated("4·0.6 + 7·(−0.2) = 2.4 − 1.4 = 1", equals: identity[0][0])
        lesson.expectStated("its determinant is 1·4 − 2·2 = 0", equals: 1 * 4 - 2 * 2)
    }

    @Test func eigenvaluesOfTwoByTwo() throws {
        let lesson = try LessonText("concept-linear-algebra")
        let a: [[Double]] = [[4, 1], [2, 3]]
        let trace = a[0][0] + a[1][1]
        let det = a[0][0] * a[1][1] - a[0][1] * a[1][0]
        let root = (trace * trace - 4 * det).squareRoot()
        let l1 = (trace + root) / 2, l2 = (trace - root) / 2
        lesson.expectContains("λ² − \(fmt(trace, 0))λ + \(fmt(det, 0))")
        lesson.expectStated("so λ₁ = 5", equals: l1)
        lesson.expectStated("and λ₂ = 2", equals: l2)
        let v1 = M.matmul(a, [[1], [1]]).map { $0[0] }
        let v2 = M.matmul(a, [[1], [-2]]).map { $0[0] }
        #expect(v1 == [l1 * 1, l1 * 1] && v2 == [l2 * 1, l2 * -2])
        lesson.expectContains("A(1, 1) = (4 + 1, 2 + 3) = (\(fmt(v1[0], 0)), \(fmt(v1[1], 0)))")
        lesson.expectContains("A(1, −2) = (4 − 2, 2 − 6) = (\(fmt(v2[0], 0)), \(fmt(v2[1], 0)))")
        lesson.expectStated("(4·3 − 1·2 = 10", equals: det)
        // The symmetric example [[2, 1], [1, 2]]: eigenvalues 2 ± 1.
        let s: [[Double]] = [[2, 1], [1, 2]]
        #expect(M.matmul(s, [[1], [1]]).map { $0[0] } == [3, 3])
        #expect(M.matmul(s, [[1], [-1]]).map { $0[0] } == [1, -1])
        lesson.expectContains("[[2, 1], [1, 2]] has eigenvalues 3 and 1")
    }

    @Test func gradientDescentSteps() throws {
        let lesson = try LessonText("concept-gradient-descent")
        func loss(_ w: Double) -> Double { (w - 3) * (w - 3) }
        func gradient(_ w: Double) -> Double { 2 * (w - 3) }
        var ws = [0.0]
        for _ in 0..<3 { ws.append(ws[ws.count - 1] - 0.1 * gradient(ws[ws.count - 1])) }
        lesson.expectStated("L′(0) = 2 · (0 − 3) = −6", equals: gradient(ws[0]))
        lesson.expectStated("w₁ = 0 − 0.1 · (−6) = 0.6", equals: ws[1])
        lesson.expectStated("L(w₁) = (0.6 − 3)² = 5.76", equals: loss(ws[1]))
        lesson.expectStated("(it was 9", equals: loss(ws[0]))
        lesson.expectStated("L′(0.6) = 2 · (0.6 − 3) = −4.8", equals: gradient(ws[1]))
        lesson.expectStated("w₂ = 0.6 − 0.1 · (−4.8) = 1.08", equals: ws[2])
        lesson.expectStated("L(w₂) = (1.08 − 3)² = 3.6864", equals: loss(ws[2]))
        lesson.expectStated("L′(1.08) = 2 · (1.08 − 3) = −3.84", equals: gradient(ws[2]))
        lesson.expectStated("w₃ = 1.08 − 0.1 · (−3.84) = 1.464", equals: ws[3])
        lesson.expectStated("L(w₃) = (1.464 − 3)² = 2.359296", equals: loss(ws[3]))
        lesson.expectStated("about 2.36", equals: loss(ws[3]))
        let decimals = [(0, 0, 0), (1, 2, 1), (2, 4, 2), (3, 4, 3)]
        for (step, (dw, dl, dg)) in decimals.enumerated() {
            let w = ws[step]
            lesson.expectContains("| \(step) | \(fmt(w, dw)) | \(fmt(loss(w), dl)) | \(fmt(gradient(w), dg)) |")
            // The same numbers as the Python snippet prints them.
            if step > 0 {
                lesson.expectContains("# \(step) \(fmt(w, dw)) \(fmt(loss(w), dl))")
            }
        }
        let distances = ws.map { 3 - $0 }
        lesson.expectContains("The distance to the minimum goes " + zip(distances, [0, 1, 2, 3]).map { fmt($0, $1) }.joined(separator: ", "))
        lesson.expectStated("(1 − 2η) = 0.8", equals: 1 - 2 * 0.1)

        func path(_ eta: Double, _ steps: Int) -> [Double] {
            var w = [0.0]
            for _ in 0..<steps { w.append(w[w.count - 1] - eta * gradient(w[w.count - 1])) }
            return w
        }
        lesson.expectContains("w jumps " + path(1.0, 3).map { fmt($0, 0) }.joined(separator: ", "))
        let diverging = path(1.1, 3)
        lesson.expectContains("w goes \(fmt(diverging[0], 0)), \(fmt(diverging[1], 1)), \(fmt(diverging[2], 2)), \(fmt(diverging[3], 2))")
        lesson.expectStated("**η = 1.1**: the factor is −1.2", equals: 1 - 2 * 1.1)
        #expect(path(0.5, 1)[1] == 3)
    }

    @Test func betaBinomialUpdate() throws {
        let lesson = try LessonText("concept-bayesian-statistics")
        let alpha0 = 2, beta0 = 2, k = 7, n = 10
        let a = alpha0 + k, b = beta0 + n - k
        let ad = Double(a), bd = Double(b)
        let mean = ad / (ad + bd)
        let variance = ad * bd / ((ad + bd) * (ad + bd) * (ad + bd + 1))
        lesson.expectStated("α_post = 2 + 7 = 9", equals: Double(a))
        lesson.expectStated("β_post = 2 + 3 = 5", equals: Double(b))
        lesson.expectContains("Posterior: Beta(\(a), \(b))")
        lesson.expectStated("Posterior mean = 9 / 14 = 0.643", equals: mean)
        lesson.expectStated("(MAP) = 8 / 12 = 0.667", equals: (ad - 1) / (ad + bd - 2))
        lesson.expectStated("9·5 / (14² · 15) = 0.0153", equals: variance)
        lesson.expectStated("SD = 0.124", equals: variance.squareRoot())
        lesson.expectStated("from 0.386", equals: M.betaQuantile(0.025, a: a, b: b))
        lesson.expectStated("from 0.386 to 0.861", equals: M.betaQuantile(0.975, a: a, b: b))
        lesson.expectStated("P(θ > 0.5 | data) = 0.867", equals: 1 - M.betaCDF(0.5, a: a, b: b))
        lesson.expectStated("k / n = 7 / 10 = 0.7", equals: Double(k) / Double(n))
        let weight = Double(alpha0 + beta0) / Double(alpha0 + beta0 + n)
        lesson.expectStated("w = (α + β) / (α + β + n) = 4 / 14 = 0.286", equals: weight)
        lesson.expectStated("0.286 · 0.5 + 0.714 · 0.7 = 0.643", equals: weight * 0.5 + (1 - weight) * 0.7)
        #expect(abs(weight * 0.5 + (1 - weight) * 0.7 - mean) < 1e-12)

        let a2 = alpha0 + 70, b2 = beta0 + 30
        lesson.expectContains("Beta(\(a2), \(b2))")
        lesson.expectStated("with mean 0.692", equals: Double(a2) / Double(a2 + b2))
        lesson.expectStated("interval from 0.601", equals: M.betaQuantile(0.025, a: a2, b: b2))
        lesson.expectStated("interval from 0.601 to 0.777", equals: M.betaQuantile(0.975, a: a2, b: b2))

        // Wilson score interval for 7 of 10; z is the 97.5% normal quantile (from scipy).
        let z = 1.959964, p = 0.7, nd = 10.0
        let centre = (p + z * z / (2 * nd)) / (1 + z * z / nd)
        let half = z * (p * (1 - p) / nd + z * z / (4 * nd * nd)).squareRoot() / (1 + z * z / nd)
        lesson.expectStated("Wilson 95% confidence interval is from 0.397", equals: centre - half)
        lesson.expectStated("interval is from 0.397 to 0.892", equals: centre + half)
    }
}

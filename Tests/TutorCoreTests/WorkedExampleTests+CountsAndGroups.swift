import Foundation
import Testing

/// The ANOVA and chi-square lessons: group comparisons and tables of counts.
extension WorkedExampleTests {
    @Test func oneWayANOVA() throws {
        let lesson = try LessonText("concept-anova")
        let groups: [[Double]] = [[23, 25, 21, 27, 24], [28, 30, 27, 31, 29], [22, 20, 24, 23, 21]]
        let all = groups.flatMap { $0 }
        let grand = M.mean(all)
        let (ssb, ssw, f) = M.anova(groups)
        let sst = M.sumOfSquares(all)
        let k = Double(groups.count), n = Double(all.count)
        let msb = ssb / (k - 1), msw = ssw / (n - k)

        for (name, g) in zip(["A", "B", "C"], groups) {
            let values = g.map { fmt($0, 0) }.joined(separator: ", ")
            lesson.expectContains("| \(name) | \(values) | \(fmt(M.sum(g), 0)) | \(fmt(M.mean(g), 0)) |")
            let devs = g.map { fmt($0 - M.mean(g), 0) }.joined(separator: ", ")
            lesson.expectStated("\(name): \(devs), squares summing to \(fmt(M.sumOfSquares(g), 0))",
                                equals: M.sumOfSquares(g))
            lesson.expectStated("\(name): 5 · (\(fmt(M.mean(g), 0)) − 25)² = \(fmt(5 * pow(M.mean(g) - grand, 2), 0))",
                                equals: 5 * pow(M.mean(g) - grand, 2))
        }
        lesson.expectStated("x̄ = 375 / 15 = 25", equals: grand)
        lesson.expectStated("SS_between = 5 + 80 + 45 = 130", equals: ssb)
        lesson.expectStated("SS_within = 20 + 10 + 10 = 40", equals: ssw)
        lesson.expectStated("SS_total = 170", equals: sst)
        #expect(abs(sst - (ssb + ssw)) < 1e-9)
        lesson.expectStated("df_between = 3 − 1 = 2", equals: k - 1)
        lesson.expectStated("df_within = 15 − 3 = 12", equals: n - k)
        lesson.expectStated("df_total = 14", equals: n - 1)
        lesson.expectStated("MS_between = 130 / 2 = 65", equals: msb)
        lesson.expectStated("MS_within = 40 / 12 = 3.33", equals: msw)
        lesson.expectStated("F = 65 / 3.33 = 19.5", equals: f)
        lesson.expectContains("| Between | \(fmt(ssb, 0)) | 2 | \(fmt(msb, 0)) | \(fmt(f, 1)) | 0.00017 |")
        lesson.expectContains("| Within | \(fmt(ssw, 0)) | 12 | \(fmt(msw, 2)) | | |")
        lesson.expectContains("| Total | \(fmt(sst, 0)) | 14 | | | |")
        lesson.expectStated("η² = 130 / 170 = 0.76", equals: ssb / sst)
        lesson.expectStated("1 − 0.95¹⁰ ≈ 40", equals: 100 * (1 - pow(0.95, 10)))
        // p-value from scipy; the statistics engine will check it
        lesson.expectContains("p = 0.00017. The 5% critical value is F₀.₉₅(2, 12) = 3.89")

        // Assumption checks: variances, SD ratio, and Levene's test (scipy's default centres
        // on the median: it is a one-way ANOVA of the absolute deviations from group medians).
        let variances = groups.map { M.variance($0) }
        lesson.expectContains("The group variances are \(fmt(variances[0], 0)), \(fmt(variances[1], 1)) and \(fmt(variances[2], 1))")
        lesson.expectStated("largest SD 2.24", equals: variances.max().map { $0.squareRoot() } ?? .nan)
        lesson.expectStated("smallest 1.58", equals: variances.min().map { $0.squareRoot() } ?? .nan)
        let absoluteDeviations = groups.map { g in g.map { abs($0 - M.median(g)) } }
        lesson.expectStated("W = 0.25", equals: M.anova(absoluteDeviations).f)
        // p-value from scipy; the statistics engine will check it
        lesson.expectContains("W = 0.25, p = 0.78")

        // Post-hoc: the studentised range quantile q is from scipy; HSD and the gaps are recomputed.
        let q = 3.772929  // scipy.stats.studentized_range.ppf(0.95, 3, 12)
        lesson.expectContains("q₀.₉₅(3, 12) = 3.77")
        lesson.expectStated("HSD = 3.77 · √(3.33 / 5) = 3.08", equals: q * (msw / 5).squareRoot())
        let means = groups.map { M.mean($0) }
        // p-value from scipy; the statistics engine will check it
        lesson.expectContains("| B − A | \(fmt(means[1] - means[0], 0)) | 0.0026 | differ |")
        // p-value from scipy; the statistics engine will check it
        lesson.expectContains("| A − C | \(fmt(means[0] - means[2], 0)) | 0.23 | no evidence |")
        // p-value from scipy; the statistics engine will check it
        lesson.expectContains("| B − C | \(fmt(means[1] - means[2], 0)) | 0.00015 | differ |")
        lesson.expectStated("here 0.05 / 3 = 0.0167", equals: 0.05 / 3)
        // p-values from scipy; the statistics engine will check them
        lesson.expectContains("p = 0.0035 for A against B and p = 0.00011 for B against C")
        lesson.expectContains("p = 0.14 for A against C")
    }

    @Test func chiSquareGoodnessOfFit() throws {
        let lesson = try LessonText("concept-chi-square")
        let observed: [Double] = [118, 56, 26]
        let shares = [0.50, 0.35, 0.15]
        let n = M.sum(observed)
        let expected = shares.map { n * $0 }
        let terms = zip(observed, expected).map { pow($0 - $1, 2) / $1 }
        let chi2 = M.sum(terms)
        for (share, e) in zip(["0.50", "0.35", "0.15"], expected) {
            lesson.expectStated("200 · \(share) = \(fmt(e, 0))", equals: e)
        }
        lesson.expectStated("18² / 100 = 3.24", equals: terms[0])
        lesson.expectStated("14² / 70 = 2.80", equals: terms[1])
        lesson.expectStated("4² / 30 = 0.53", equals: terms[2])
        for (name, i) in [("Mobile", 0), ("Desktop", 1), ("Tablet", 2)] {
            lesson.expectContains("| \(name) | \(fmt(observed[i], 0)) | \(fmt(expected[i], 0)) | \(fmt(terms[i], 2)) |")
        }
        lesson.expectStated("χ² = 3.24 + 2.80 + 0.53 = 6.57", equals: chi2)
        lesson.expectStated("df = 3 − 1 = 2", equals: Double(observed.count - 1))
        // With 2 df the chi-square upper tail is exactly exp(−χ²/2).
        lesson.expectStated("p = 0.037", equals: exp(-chi2 / 2))
        // critical value: with 2 df it is −2·ln(0.05)
        lesson.expectStated("with 2 df is 5.99", equals: -2 * log(0.05))
    }

    @Test func chiSquareIndependence() throws {
        let lesson = try LessonText("concept-chi-square")
        let table: [[Double]] = [[36, 20, 10], [84, 80, 70]]
        let rowTotals = table.map { M.sum($0) }
        let columnTotals = (0..<3).map { j in table.reduce(0) { $0 + $1[j] } }
        let n = M.sum(rowTotals)
        lesson.expectContains("| Churned | 36 | 20 | 10 | \(fmt(rowTotals[0], 0)) |")
        lesson.expectContains("| Stayed | 84 | 80 | 70 | \(fmt(rowTotals[1], 0)) |")
        lesson.expectContains("| Total | " + columnTotals.map { fmt($0, 0) }.joined(separator: " | ") + " | \(fmt(n, 0)) |")

        var chi2 = 0.0
        var termRows: [[Double]] = []
        let rowNames = ["Churned", "Stayed"], columnNames = ["Basic", "Standard", "Premium"]
        for i in 0..<2 {
            var terms: [Double] = []
            for j in 0..<3 {
                let e = rowTotals[i] * columnTotals[j] / n
                lesson.expectStated(
                    "\(rowNames[i]), \(columnNames[j]): \(fmt(rowTotals[i], 0)) × \(fmt(columnTotals[j], 0)) / 300 = \(e == e.rounded() ? fmt(e, 0) : fmt(e, 1))",
                    equals: e)
                #expect(e >= 5)
                let term = pow(table[i][j] - e, 2) / e
                terms.append(term)
                chi2 += term
            }
            termRows.append(terms)
        }
        lesson.expectContains("| Churned | " + termRows[0].map { fmt($0, 2) }.joined(separator: " | ") + " |")
        lesson.expectContains("| Stayed | " + termRows[1].map { fmt($0, 2) }.joined(separator: " | ") + " |")
        lesson.expectStated("χ² = 8.92", equals: chi2)
        lesson.expectStated("df = (2 − 1)(3 − 1) = 2", equals: 2)
        lesson.expectStated("p = 0.012", equals: exp(-chi2 / 2))
        lesson.expectStated("V = √(8.92 / 300) = 0.17", equals: (chi2 / (n * 1)).squareRoot())
    }

    @Test func chiSquareTwoByTwoWithYates() throws {
        let lesson = try LessonText("concept-chi-square")
        let table: [[Double]] = [[12, 28], [5, 35]]
        let rowTotals = table.map { M.sum($0) }
        let columnTotals = [table[0][0] + table[1][0], table[0][1] + table[1][1]]
        let n = M.sum(rowTotals)
        var plain = 0.0, yates = 0.0, gaps: [Double] = []
        for i in 0..<2 {
            for j in 0..<2 {
                let e = rowTotals[i] * columnTotals[j] / n
                let gap = abs(table[i][j] - e)
                gaps.append(gap)
                plain += gap * gap / e
                yates += pow(gap - 0.5, 2) / e
            }
        }
        lesson.expectStated("17 × 40 / 80 = 8.5", equals: columnTotals[0] * rowTotals[0] / n)
        lesson.expectStated("63 × 40 / 80 = 31.5", equals: columnTotals[1] * rowTotals[0] / n)
        #expect(gaps.allSatisfy { abs($0 - 3.5) < 1e-12 })
        lesson.expectStated("|O − E| = 3.5", equals: gaps[0])
        lesson.expectStated("χ² = 2 · 3.5²/8.5 + 2 · 3.5²/31.5 = 3.66", equals: plain)
        lesson.expectStated("χ² = 2 · 3²/8.5 + 2 · 3²/31.5 = 2.69", equals: yates)
        // With 1 df the chi-square tail equals the two-tailed normal tail at √χ².
        lesson.expectStated("df = 1, p = 0.056", equals: M.normalTwoTailed(plain.squareRoot()))
        lesson.expectStated("2.69, p = 0.10", equals: M.normalTwoTailed(yates.squareRoot()))
        // Fisher's exact test: with the margins fixed, the converted count in the first row is
        // hypergeometric; the two-sided p adds every table no more likely than the observed one.
        let converted = Int(columnTotals[0]), rowSize = Int(rowTotals[0]), total = Int(n)
        func probability(_ k: Int) -> Double {
            M.choose(rowSize, k) * M.choose(total - rowSize, converted - k) / M.choose(total, converted)
        }
        let observedProbability = probability(Int(table[0][0]))
        let fisher = (0...converted).map(probability)
            .filter { $0 <= observedProbability * (1 + 1e-7) }
            .reduce(0, +)
        lesson.expectStated("Fisher's exact test on the same table gives p = 0.099", equals: fisher)
        lesson.expectStated("a conversion rate of 30", equals: 100 * table[0][0] / rowTotals[0])
        lesson.expectStated("against 12.5", equals: 100 * table[1][0] / rowTotals[1])
    }
}

/// Worked solutions for ANOVA, χ² tests and matrix products.
extension WorkedComputation {
    /// The working of a one-way ANOVA: group means, sums of squares, table, F and p.
    public init(_ r: OneWayANOVA) {
        var lines: [String] = []
        for (index, (n, mean)) in zip(r.groupSizes, r.groupMeans).enumerated() {
            lines.append("group \(index + 1): n = \(n), mean = \(fmt(mean))")
        }
        let total = r.groupSizes.reduce(0, +)
        lines.append("grand mean x̄ = \(fmt(r.grandMean)), N = \(total), k = \(r.groupSizes.count)")
        lines.append("SS between = Σ nᵢ (x̄ᵢ − x̄)² = \(fmt(r.sumOfSquaresBetween))")
        lines.append("SS within  = Σ Σ (xᵢⱼ − x̄ᵢ)² = \(fmt(r.sumOfSquaresWithin))")
        lines.append("SS total   = SS between + SS within = \(fmt(r.sumOfSquaresTotal))")
        lines.append("MS between = SS between / (k − 1) = \(fmt(r.sumOfSquaresBetween)) / "
            + "\(r.degreesOfFreedomBetween) = \(fmt(r.meanSquareBetween))")
        lines.append("MS within  = SS within / (N − k) = \(fmt(r.sumOfSquaresWithin)) / "
            + "\(r.degreesOfFreedomWithin) = \(fmt(r.meanSquareWithin))")
        lines.append("F = MS between / MS within = \(fmt(r.meanSquareBetween)) / \(fmt(r.meanSquareWithin)) = \(fmt(r.f))")
        lines.append("p = P(F(\(r.degreesOfFreedomBetween), \(r.degreesOfFreedomWithin)) ≥ \(fmt(r.f))) = \(fmtP(r.pValue))")
        lines.append("R² = SS between / SS total = \(fmt(r.rSquared))")
        lines.append("residual SD = √MS within = \(fmt(r.residualStandardDeviation))")
        self.init(title: "one-way ANOVA", lines: lines)
    }

    /// The working of a χ² test: each cell's (O − E)²/E, the sum, ν, p and any warnings.
    public init(_ r: ChiSquareResult) {
        var lines: [String] = []
        if r.kind == .independence {
            lines.append("row totals: " + r.rowTotals.map { fmt($0) }.joined(separator: ", ")
                + "; column totals: " + r.columnTotals.map { fmt($0) }.joined(separator: ", ")
                + "; N = \(fmt(r.total))")
            lines.append("E = row total × column total / N")
        }
        let formula = r.yatesCorrection ? "(|O − E| − 0.5)² / E" : "(O − E)² / E"
        for cell in r.cells {
            lines.append("\(cell.label): O = \(fmt(cell.observed)), E = \(fmt(cell.expected)), "
                + "\(formula) = \(fmt(cell.contribution))")
        }
        lines.append("χ² = Σ \(formula) = \(fmt(r.statistic))")
        if r.kind == .independence {
            let rows = r.rowTotals.count
            let columns = r.columnTotals.count
            lines.append("df = (r − 1)(c − 1) = (\(rows) − 1)(\(columns) − 1) = \(r.degreesOfFreedom)")
        } else {
            lines.append("df = \(r.degreesOfFreedom)")
        }
        lines.append("p = P(χ²(\(r.degreesOfFreedom)) ≥ \(fmt(r.statistic))) = \(fmtP(r.pValue))")
        lines += r.warnings.map { "warning: \($0)" }
        self.init(title: r.kind.rawValue + (r.yatesCorrection ? " with Yates's correction" : ""), lines: lines)
    }

    /// The working of C = A·B: each entry as its dot product (up to `maxEntries` entries).
    public init(product: Matrix, of a: Matrix, _ b: Matrix, maxEntries: Int = 36) {
        var lines = ["(\(a.shape)) · (\(b.shape)) = (\(product.shape)); cᵢⱼ = Σₖ aᵢₖ bₖⱼ"]
        var shown = 0
        outer: for i in 0..<product.rows {
            for j in 0..<product.columns {
                if shown == maxEntries {
                    lines.append("… \(product.rows * product.columns - shown) more entries")
                    break outer
                }
                let terms = (0..<a.columns).map { k in "\(fmt(a[i, k]))·\(fmt(b[k, j]))" }
                lines.append("c[\(i + 1),\(j + 1)] = " + terms.joined(separator: " + ") + " = \(fmt(product[i, j]))")
                shown += 1
            }
        }
        for row in product.rowArrays {
            lines.append("[ " + row.map { fmt($0) }.joined(separator: "  ") + " ]")
        }
        self.init(title: "matrix product", lines: lines)
    }
}

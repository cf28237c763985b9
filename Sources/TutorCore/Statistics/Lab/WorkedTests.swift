/// Worked solutions for t and z tests.
extension WorkedComputation {
    /// The working of a t test, from the sample summaries to the three p-values.
    public init(_ r: TTestResult) {
        var lines: [String] = []
        let df = fmt(r.degreesOfFreedom)
        let tν = "T(\(df))"
        switch r.kind {
        case .oneSample, .paired:
            let s = r.samples[0]
            let bar = r.kind == .paired ? "d̄" : "x̄"
            let sd = r.kind == .paired ? "s_d" : "s"
            if r.kind == .paired { lines.append("differences d = x − y") }
            lines.append("n = \(s.count), \(bar) = \(fmt(s.mean)), \(sd) = \(fmt(s.standardDeviation))")
            lines.append("H₀: μ = \(fmt(r.hypothesizedValue))")
            lines.append("SE = \(sd) / √n = \(fmt(s.standardDeviation)) / √\(s.count) = \(fmt(r.standardError))")
            lines.append("t = (\(bar) − μ₀) / SE = (\(fmt(s.mean)) − \(fmt(r.hypothesizedValue))) / "
                + "\(fmt(r.standardError)) = \(fmt(r.t))")
            lines.append("df = n − 1 = \(s.count - 1)")
        case .pooled, .welch:
            let a = r.samples[0]
            let b = r.samples[1]
            lines.append("n₁ = \(a.count), x̄₁ = \(fmt(a.mean)), s₁ = \(fmt(a.standardDeviation))")
            lines.append("n₂ = \(b.count), x̄₂ = \(fmt(b.mean)), s₂ = \(fmt(b.standardDeviation))")
            lines.append("H₀: μ₁ − μ₂ = \(fmt(r.hypothesizedValue))")
            if r.kind == .pooled, let pooled = r.pooledVariance {
                lines.append("s²ₚ = ((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2) = "
                    + "(\(a.count - 1)·\(fmt(a.variance)) + \(b.count - 1)·\(fmt(b.variance))) / "
                    + "\(a.count + b.count - 2) = \(fmt(pooled))")
                lines.append("SE = √(s²ₚ (1/n₁ + 1/n₂)) = √(\(fmt(pooled)) · (1/\(a.count) + 1/\(b.count))) = "
                    + "\(fmt(r.standardError))")
                lines.append("df = n₁ + n₂ − 2 = \(a.count + b.count - 2)")
            } else {
                let v1 = a.variance / Double(a.count)
                let v2 = b.variance / Double(b.count)
                lines.append("SE = √(s₁²/n₁ + s₂²/n₂) = √(\(fmt(v1)) + \(fmt(v2))) = \(fmt(r.standardError))")
                lines.append("df = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1))")
                lines.append("   = (\(fmt(v1)) + \(fmt(v2)))² / (\(fmt(v1))²/\(a.count - 1) + "
                    + "\(fmt(v2))²/\(b.count - 1)) = \(df)")
            }
            lines.append("t = ((x̄₁ − x̄₂) − Δ₀) / SE = (\(fmt(r.estimate)) − \(fmt(r.hypothesizedValue))) / "
                + "\(fmt(r.standardError)) = \(fmt(r.t))")
        }
        lines += Self.pValueLines(statistic: r.t, variable: tν, r.pValues)
        self.init(title: r.kind.rawValue, lines: lines)
    }

    /// The working of a z test.
    public init(_ r: ZTestResult) {
        var lines: [String] = []
        switch r.kind {
        case .oneSampleMean:
            let sigma = r.standardError * Double(r.count).squareRoot()
            lines.append("n = \(r.count), x̄ = \(fmt(r.estimate)), σ = \(fmt(sigma)) (known)")
            lines.append("H₀: μ = \(fmt(r.hypothesizedValue))")
            lines.append("SE = σ / √n = \(fmt(sigma)) / √\(r.count) = \(fmt(r.standardError))")
            lines.append("z = (x̄ − μ₀) / SE = (\(fmt(r.estimate)) − \(fmt(r.hypothesizedValue))) / "
                + "\(fmt(r.standardError)) = \(fmt(r.z))")
        case .oneProportion:
            let p0 = r.hypothesizedValue
            lines.append("n = \(r.count), p̂ = \(fmt(r.estimate))")
            lines.append("H₀: p = \(fmt(p0))")
            lines.append("SE = √(p₀(1 − p₀)/n) = √(\(fmt(p0)) · \(fmt(1 - p0)) / \(r.count)) = \(fmt(r.standardError))")
            lines.append("z = (p̂ − p₀) / SE = (\(fmt(r.estimate)) − \(fmt(p0))) / \(fmt(r.standardError)) = \(fmt(r.z))")
        case .twoProportions:
            let pooled = r.pooledProportion ?? .nan
            lines.append("H₀: p₁ = p₂; p̂₁ − p̂₂ = \(fmt(r.estimate))")
            lines.append("p̂ = (x₁ + x₂)/(n₁ + n₂) = \(fmt(pooled))  (pooled, N = \(r.count))")
            lines.append("SE = √(p̂(1 − p̂)(1/n₁ + 1/n₂)) = \(fmt(r.standardError))")
            lines.append("z = (p̂₁ − p̂₂) / SE = \(fmt(r.estimate)) / \(fmt(r.standardError)) = \(fmt(r.z))")
        }
        lines += Self.pValueLines(statistic: r.z, variable: "Z", r.pValues)
        self.init(title: r.kind.rawValue, lines: lines)
    }

    /// The three p-value lines shared by t and z tests.
    static func pValueLines(statistic: Double, variable: String, _ p: PValues) -> [String] {
        [
            "p (two-sided) = 2 · P(\(variable) ≥ |\(fmt(statistic))|) = \(fmtP(p.twoSided))",
            "p (less)      = P(\(variable) ≤ \(fmt(statistic))) = \(fmtP(p.less))",
            "p (greater)   = P(\(variable) ≥ \(fmt(statistic))) = \(fmtP(p.greater))",
        ]
    }
}

/// Pearson χ² tests: goodness of fit and independence in a contingency table.
public enum ChiSquareTest {
    /// What the observed counts are compared with in a goodness-of-fit test.
    public enum Expectation: Hashable, Sendable {
        /// Expected counts; their total must equal the observed total.
        case counts([Double])
        /// Category probabilities; they must sum to 1 and are scaled by the observed total.
        case probabilities([Double])
    }

    /// Goodness of fit: Σ (O − E)² / E with k − 1 − `estimatedParameters` degrees of freedom.
    ///
    /// - Throws: `shapeMismatch` when lengths differ, `negativeCount`, `invalidParameter` for
    ///   non-positive expectations or totals that disagree, `tooFewObservations` below two
    ///   categories or without degrees of freedom.
    public static func goodnessOfFit(observed: [Double], expected: Expectation,
                                     estimatedParameters: Int = 0) throws -> ChiSquareResult {
        guard observed.count >= 2 else {
            throw StatisticsError.tooFewObservations(sample: "goodness of fit (categories)", needed: 2,
                                                     got: observed.count)
        }
        try checkCounts(observed, label: "observed count")
        let total = CompensatedSum(observed).value
        guard total > 0 else {
            throw StatisticsError.invalidParameter("the observed counts sum to zero")
        }
        let expectedCounts: [Double]
        switch expected {
        case let .counts(values):
            guard values.count == observed.count else {
                throw StatisticsError.shapeMismatch(
                    "\(observed.count) observed counts but \(values.count) expected counts")
            }
            let expectedTotal = CompensatedSum(values).value
            guard abs(expectedTotal - total) <= 1e-8 * total else {
                throw StatisticsError.invalidParameter(
                    "expected counts sum to \(expectedTotal) but observed counts sum to \(total)")
            }
            expectedCounts = values
        case let .probabilities(values):
            guard values.count == observed.count else {
                throw StatisticsError.shapeMismatch(
                    "\(observed.count) observed counts but \(values.count) probabilities")
            }
            let sum = CompensatedSum(values).value
            guard abs(sum - 1) <= 1e-8 else {
                throw StatisticsError.invalidParameter("the probabilities sum to \(sum), not 1")
            }
            expectedCounts = values.map { $0 * total }
        }
        for (index, e) in expectedCounts.enumerated() where !(e > 0 && e.isFinite) {
            throw StatisticsError.invalidParameter("expected count \(index + 1) is \(e); it must be positive")
        }
        let df = observed.count - 1 - estimatedParameters
        guard df >= 1 else {
            throw StatisticsError.tooFewObservations(sample: "goodness of fit (degrees of freedom)",
                                                     needed: 1, got: df)
        }
        let cells = zip(observed, expectedCounts).enumerated().map { index, pair in
            ChiSquareResult.Cell(label: "category \(index + 1)", observed: pair.0, expected: pair.1,
                                 correction: 0)
        }
        return ChiSquareResult(kind: .goodnessOfFit, cells: cells, degreesOfFreedom: df,
                               yatesCorrection: false, rowTotals: [], columnTotals: [], total: total)
    }

    /// Independence of rows and columns: E = row total × column total / N, ν = (r − 1)(c − 1).
    ///
    /// With `yatesCorrection` (applied only to 2×2 tables, as is conventional) each |O − E| is
    /// reduced by ½, floored at 0, before squaring.
    ///
    /// - Throws: `shapeMismatch` for ragged tables, `tooFewObservations` below 2×2,
    ///   `negativeCount`, `invalidParameter` when a row or column sums to zero.
    public static func independence(table: [[Double]], yatesCorrection: Bool = false) throws -> ChiSquareResult {
        guard table.count >= 2 else {
            throw StatisticsError.tooFewObservations(sample: "contingency table (rows)", needed: 2, got: table.count)
        }
        let columns = table[0].count
        for (index, row) in table.enumerated() where row.count != columns {
            throw StatisticsError.shapeMismatch(
                "row \(index + 1) has \(row.count) cells but row 1 has \(columns)")
        }
        guard columns >= 2 else {
            throw StatisticsError.tooFewObservations(sample: "contingency table (columns)", needed: 2, got: columns)
        }
        for (index, row) in table.enumerated() {
            try checkCounts(row, label: "row \(index + 1) count")
        }
        let rowTotals = table.map { CompensatedSum($0).value }
        let columnTotals = (0..<columns).map { j in CompensatedSum(table.map { $0[j] }).value }
        let total = CompensatedSum(rowTotals).value
        if let zero = rowTotals.firstIndex(of: 0) {
            throw StatisticsError.invalidParameter("row \(zero + 1) sums to zero, so its expected counts are zero")
        }
        if let zero = columnTotals.firstIndex(of: 0) {
            throw StatisticsError.invalidParameter("column \(zero + 1) sums to zero, so its expected counts are zero")
        }
        let corrected = yatesCorrection && table.count == 2 && columns == 2
        var cells: [ChiSquareResult.Cell] = []
        for (i, row) in table.enumerated() {
            for (j, o) in row.enumerated() {
                let e = rowTotals[i] * columnTotals[j] / total
                cells.append(.init(label: "row \(i + 1), column \(j + 1)", observed: o, expected: e,
                                   correction: corrected ? 0.5 : 0))
            }
        }
        return ChiSquareResult(kind: .independence, cells: cells,
                               degreesOfFreedom: (table.count - 1) * (columns - 1),
                               yatesCorrection: corrected, rowTotals: rowTotals,
                               columnTotals: columnTotals, total: total)
    }

    private static func checkCounts(_ values: [Double], label: String) throws {
        for (index, value) in values.enumerated() {
            guard value.isFinite else {
                throw StatisticsError.nonFiniteValue("\(label) \(index + 1) is \(value)")
            }
            guard value >= 0 else {
                throw StatisticsError.negativeCount("\(label) \(index + 1) is \(value)")
            }
        }
    }
}

/// The outcome of a χ² test: per-cell contributions, statistic, ν, p-value and warnings.
public struct ChiSquareResult: Hashable, Sendable {
    /// Which χ² test produced the result.
    public enum Kind: String, Hashable, Sendable {
        case goodnessOfFit = "χ² goodness-of-fit test"
        case independence = "χ² test of independence"
    }

    /// One category or table cell.
    public struct Cell: Hashable, Sendable {
        public var label: String
        public var observed: Double
        public var expected: Double
        /// ½ under Yates's correction, else 0.
        public var correction: Double
        /// (|O − E| − correction)₊² / E, this cell's share of the statistic.
        public var contribution: Double {
            let d = max(0, abs(observed - expected) - correction)
            return d * d / expected
        }
    }

    public var kind: Kind
    /// Cells in reading order (row by row for a table).
    public var cells: [Cell]
    public var degreesOfFreedom: Int
    /// Whether Yates's continuity correction was applied (2×2 tables only).
    public var yatesCorrection: Bool
    /// Row and column totals of a contingency table; empty for goodness of fit.
    public var rowTotals: [Double]
    public var columnTotals: [Double]
    /// N, the total count.
    public var total: Double
    /// The expected counts laid out as the table (row by row); for goodness of fit, one row.
    public var expectedTable: [[Double]] {
        let width = columnTotals.isEmpty ? cells.count : columnTotals.count
        return stride(from: 0, to: cells.count, by: width).map { start in
            cells[start..<(start + width)].map(\.expected)
        }
    }

    /// Σ contributions.
    public var statistic: Double
    /// P(χ²_ν ≥ statistic).
    public var pValue: Double
    /// Cells whose expected count is below 5, where the χ² approximation is doubtful.
    public var warnings: [String]

    init(kind: Kind, cells: [Cell], degreesOfFreedom: Int, yatesCorrection: Bool,
         rowTotals: [Double], columnTotals: [Double], total: Double) {
        self.kind = kind
        self.cells = cells
        self.degreesOfFreedom = degreesOfFreedom
        self.yatesCorrection = yatesCorrection
        self.rowTotals = rowTotals
        self.columnTotals = columnTotals
        self.total = total
        statistic = CompensatedSum(cells.map(\.contribution)).value
        pValue = ChiSquaredDistribution(validated: Double(degreesOfFreedom)).sf(statistic)
        warnings = cells.filter { $0.expected < 5 }.map {
            "\($0.label): expected count \($0.expected) is below 5; the χ² approximation may be poor"
        }
    }
}

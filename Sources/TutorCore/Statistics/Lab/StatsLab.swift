/// Text in, worked solution out: the statistics lab behind `mltutor stats` and the Lab screen.
///
/// Each entry point parses numbers from text (see `NumberListParser`), runs the test and writes
/// out the working. Every failure, whether unreadable input or data the test cannot use (too
/// few values, zero variance…), comes back as a `LabInputError` in `path:line: message` form;
/// statistical errors point at the first line of the data they concern.
public enum StatsLab {
    /// One-sample t test on a list of numbers.
    public static func oneSampleT(text: String, path: String, hypothesizedMean: Double) throws -> WorkedComputation {
        let list = try NumberListParser.parseList(text, path: path)
        return try run(path: path, line: list.lines[0]) {
            WorkedComputation(try TTest.oneSample(list.values, hypothesizedMean: hypothesizedMean))
        }
    }

    /// Two-sample t test (pooled or Welch) on two lists separated by a blank line.
    public static func twoSampleT(text: String, path: String, equalVariances: Bool,
                                  hypothesizedDifference: Double = 0) throws -> WorkedComputation {
        let (x, y) = try twoLists(text, path: path)
        return try run(path: path, line: x.lines[0]) {
            WorkedComputation(try TTest.twoSample(x.values, y.values, equalVariances: equalVariances,
                                                  hypothesizedDifference: hypothesizedDifference))
        }
    }

    /// Paired t test on two lists of equal length separated by a blank line.
    public static func pairedT(text: String, path: String, hypothesizedDifference: Double = 0) throws -> WorkedComputation {
        let (x, y) = try twoLists(text, path: path)
        return try run(path: path, line: y.lines[0]) {
            WorkedComputation(try TTest.paired(x.values, y.values, hypothesizedDifference: hypothesizedDifference))
        }
    }

    /// One-sample z test with known σ on a list of numbers.
    public static func oneSampleZ(text: String, path: String, hypothesizedMean: Double,
                                  populationStandardDeviation: Double) throws -> WorkedComputation {
        let list = try NumberListParser.parseList(text, path: path)
        return try run(path: path, line: list.lines[0]) {
            WorkedComputation(try ZTest.oneSample(list.values, hypothesizedMean: hypothesizedMean,
                                                  populationStandardDeviation: populationStandardDeviation))
        }
    }

    /// One-proportion z test from counts given directly (command-line arguments, not a file).
    ///
    /// - Throws: `StatisticsError` for impossible counts or a p₀ outside (0, 1).
    public static func oneProportionZ(successes: Int, trials: Int,
                                      hypothesizedProportion: Double) throws -> WorkedComputation {
        WorkedComputation(try ZTest.oneProportion(successes: successes, trials: trials,
                                                  hypothesizedProportion: hypothesizedProportion))
    }

    /// Two-proportion z test (pooled) from counts given directly.
    ///
    /// - Throws: `StatisticsError` for impossible counts or a pooled proportion of 0 or 1.
    public static func twoProportionZ(successes1: Int, trials1: Int,
                                      successes2: Int, trials2: Int) throws -> WorkedComputation {
        WorkedComputation(try ZTest.twoProportions(successes1: successes1, trials1: trials1,
                                                   successes2: successes2, trials2: trials2))
    }

    /// One-way ANOVA on groups separated by blank lines, centred exactly in decimal.
    public static func anova(text: String, path: String) throws -> WorkedComputation {
        let groups = try NumberListParser.parseGroups(text, path: path)
        return try run(path: path, line: groups[0].lines[0]) {
            WorkedComputation(try OneWayANOVA(decimalGroups: groups.map(\.texts)))
        }
    }

    /// χ² goodness of fit: observed counts, a blank line, then expected counts or probabilities.
    public static func chiSquareGoodnessOfFit(text: String, path: String,
                                              expectedAreProbabilities: Bool) throws -> WorkedComputation {
        let (observed, expected) = try twoLists(text, path: path)
        return try run(path: path, line: expected.lines[0]) {
            let expectation: ChiSquareTest.Expectation = expectedAreProbabilities
                ? .probabilities(expected.values) : .counts(expected.values)
            return WorkedComputation(try ChiSquareTest.goodnessOfFit(observed: observed.values,
                                                                     expected: expectation))
        }
    }

    /// χ² test of independence on a table, one row per line.
    public static func chiSquareIndependence(text: String, path: String,
                                             yatesCorrection: Bool) throws -> WorkedComputation {
        let table = try NumberListParser.parseTable(text, path: path)
        let firstLine = try NumberListParser.parseList(text, path: path).lines[0]
        return try run(path: path, line: firstLine) {
            WorkedComputation(try ChiSquareTest.independence(table: table, yatesCorrection: yatesCorrection))
        }
    }

    /// A·B for two matrices written row per line, separated by a blank line.
    public static func matrixProduct(text: String, path: String) throws -> WorkedComputation {
        let tables = try NumberListParser.parseTables(text, path: path)
        let firstLine = try NumberListParser.parseList(text, path: path).lines[0]
        guard tables.count == 2 else {
            throw LabInputError(path: path, line: firstLine,
                                message: "expected two matrices separated by a blank line, found \(tables.count)")
        }
        return try run(path: path, line: firstLine) {
            let a = try Matrix(rows: tables[0])
            let b = try Matrix(rows: tables[1])
            return WorkedComputation(product: try Matrix.multiply(a, b), of: a, b)
        }
    }

    /// Exactly two lists separated by a blank line.
    private static func twoLists(_ text: String, path: String) throws -> (NumberList, NumberList) {
        let groups = try NumberListParser.parseGroups(text, path: path)
        guard groups.count == 2 else {
            throw LabInputError(path: path, line: groups[0].lines[0],
                                message: "expected two lists separated by a blank line, found \(groups.count)")
        }
        return (groups[0], groups[1])
    }

    /// Runs a computation, turning a `StatisticsError` into a located `LabInputError`.
    private static func run(path: String, line: Int,
                            _ body: () throws -> WorkedComputation) throws -> WorkedComputation {
        do {
            return try body()
        } catch let error as StatisticsError {
            throw LabInputError(path: path, line: line, message: error.description)
        }
    }
}

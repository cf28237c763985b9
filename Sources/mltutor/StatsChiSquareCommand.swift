import ArgumentParser
import TutorCore

/// `mltutor stats chisq gof|independence`.
struct StatsChiSquareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chisq", abstract: "χ² tests: goodness of fit and independence.",
        subcommands: [GoodnessOfFit.self, Independence.self])

    static func report(_ r: ChiSquareResult) -> StatsReport {
        StatsReport(
            summary: ["\(r.kind.rawValue)\(r.yatesCorrection ? " with Yates's correction" : ""): "
                + "χ² = \(statsFormat(r.statistic)), df = \(r.degreesOfFreedom), p = \(statsFormatP(r.pValue))"],
            fields: [("test", .string(r.kind.rawValue)), ("chi2", .number(r.statistic)), ("df", .integer(r.degreesOfFreedom)),
                     ("p", .number(r.pValue)),
                     ("expected", r.kind == .goodnessOfFit
                        ? .array(r.cells.map { .number($0.expected) })
                        : .array(r.expectedTable.map { .array($0.map { .number($0) }) })),
                     ("yates", .string(r.yatesCorrection ? "applied" : "not applied")),
                     ("warnings", .array(r.warnings.map { .string($0) }))],
            worked: WorkedComputation(r), warnings: r.warnings)
    }

    struct GoodnessOfFit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gof", abstract: "Observed counts against expected counts or probabilities (uniform if neither).")
        @Option(name: .long, help: ArgumentHelp("Observed counts, such as 10,20,30.", valueName: "counts")) var observed: String
        @Option(name: .long, help: ArgumentHelp("Expected counts (same total).", valueName: "counts")) var expected: String?
        @Option(name: .long, help: ArgumentHelp("Category probabilities (sum 1).", valueName: "probs")) var probs: String?
        @OptionGroup var output: StatsOutputOptions

        func validate() throws {
            if expected != nil && probs != nil { throw ValidationError("give --expected or --probs, not both") }
        }

        func run() throws {
            try StatsRunner.run(output) {
                let counts = try StatsInput.optionList(observed, option: "--observed")
                let expectation: ChiSquareTest.Expectation
                let source: String
                if let expected {
                    expectation = .counts(try StatsInput.optionList(expected, option: "--expected"))
                    source = "--expected"
                } else if let probs {
                    expectation = .probabilities(try StatsInput.optionList(probs, option: "--probs"))
                    source = "--probs"
                } else {
                    expectation = .probabilities(Array(repeating: 1 / Double(counts.count), count: counts.count))
                    source = "--observed"
                }
                do {
                    return report(try ChiSquareTest.goodnessOfFit(observed: counts, expected: expectation))
                } catch let error as StatisticsError {
                    throw LabInputError(path: source, line: 1, message: error.description)
                }
            }
        }
    }

    struct Independence: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "independence", abstract: "A contingency table, one row per line.")
        @Argument(help: ArgumentHelp("The table ('-' for standard input).", valueName: "file")) var file: String
        @Flag(name: .long, help: "Apply Yates's continuity correction (2×2 tables only).") var yates = false
        @OptionGroup var output: StatsOutputOptions

        func run() throws {
            try StatsRunner.run(output) {
                let text = try StatsInput.text(file)
                let table = try NumberListParser.parseTable(text, path: file)
                do {
                    return report(try ChiSquareTest.independence(table: table, yatesCorrection: yates))
                } catch let error as StatisticsError {
                    let line = try NumberListParser.parseList(text, path: file).lines.first ?? 1
                    throw LabInputError(path: file, line: line, message: error.description)
                }
            }
        }
    }
}

/// `mltutor stats matmul A B`: the product of two matrices written one row per line.
struct StatsMatMulCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "matmul", abstract: "The matrix product A·B.")
    @Argument(help: ArgumentHelp("Matrix A, one row per line.", valueName: "a")) var a: String
    @Argument(help: ArgumentHelp("Matrix B, one row per line.", valueName: "b")) var b: String
    @OptionGroup var output: StatsOutputOptions

    func run() throws {
        try StatsRunner.run(output) {
            try StatsInput.checkSingleStandardInput([a, b])
            let left = try Matrix(rows: try StatsInput.table(a))
            let right = try Matrix(rows: try StatsInput.table(b))
            let product: Matrix
            do {
                product = try Matrix.multiply(left, right)
            } catch let error as StatisticsError {
                throw LabInputError(path: b, line: 1, message: error.description)
            }
            return StatsReport(
                summary: ["A·B (\(left.shape) · \(right.shape) = \(product.shape)):"]
                    + product.rowArrays.map { $0.map(statsFormat).joined(separator: "  ") },
                fields: [("rows", .integer(product.rows)), ("columns", .integer(product.columns)),
                         ("product", .array(product.rowArrays.map { .array($0.map { .number($0) }) }))],
                worked: WorkedComputation(product: product, of: left, right))
        }
    }
}

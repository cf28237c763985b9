import ArgumentParser
import TutorCore

/// `mltutor stats ttest one-sample|two-sample|paired`.
struct StatsTTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ttest",
        abstract: "t tests on data files: one-sample, two-sample (pooled or --welch), paired.",
        subcommands: [OneSample.self, TwoSample.self, Paired.self])

    /// The report every t test shares: t, df, two-sided p and the mean difference.
    static func report(_ r: TTestResult, meanDifference: Double) -> StatsReport {
        StatsReport(
            summary: ["\(r.kind.rawValue): t = \(statsFormat(r.t)), df = \(statsFormat(r.degreesOfFreedom)), "
                + "p = \(statsFormatP(r.pValues.twoSided)) (two-sided), mean difference = \(statsFormat(meanDifference))"],
            fields: [("test", .string(r.kind.rawValue)), ("t", .number(r.t)), ("df", .number(r.degreesOfFreedom)),
                     ("p", .number(r.pValues.twoSided)), ("p_less", .number(r.pValues.less)),
                     ("p_greater", .number(r.pValues.greater)), ("mean_diff", .number(meanDifference)),
                     ("se", .number(r.standardError))],
            worked: WorkedComputation(r))
    }

    /// Runs a test on data that came from `path`, reporting statistical errors at its first value.
    static func located<T>(_ list: NumberList, path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StatisticsError {
            throw LabInputError(path: path, line: list.lines.first ?? 1, message: error.description)
        }
    }

    struct OneSample: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "one-sample",
                                                        abstract: "H₀: the mean equals --mu.")
        @Argument(help: ArgumentHelp("The sample ('-' for standard input).", valueName: "file")) var file: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The hypothesised mean.", valueName: "m")) var mu: Double
        @OptionGroup var output: StatsOutputOptions

        func run() throws {
            try StatsRunner.run(output) {
                guard mu.isFinite else { throw StatisticsError.nonFiniteValue("--mu is \(mu)") }
                let list = try StatsInput.list(file)
                let r = try located(list, path: file) { try TTest.oneSample(list.values, hypothesizedMean: mu) }
                return report(r, meanDifference: r.estimate - r.hypothesizedValue)
            }
        }
    }

    struct TwoSample: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "two-sample", abstract: "H₀: the two means are equal (pooled variance unless --welch).")
        @Argument(help: ArgumentHelp("The first sample.", valueName: "a")) var a: String
        @Argument(help: ArgumentHelp("The second sample.", valueName: "b")) var b: String
        @Flag(name: .long, help: "Do not assume equal variances (Welch–Satterthwaite df).") var welch = false
        @OptionGroup var output: StatsOutputOptions

        func run() throws {
            try StatsRunner.run(output) {
                try StatsInput.checkSingleStandardInput([a, b])
                let x = try StatsInput.list(a)
                let y = try StatsInput.list(b)
                // Too few values belongs to whichever file has the problem (one constant sample is fine).
                for (list, path, name) in [(x, a, "the first sample"), (y, b, "the second sample")] where list.values.count < 2 {
                    throw LabInputError(path: path, line: list.lines.first ?? 1, message:
                        StatisticsError.tooFewObservations(sample: name, needed: 2, got: list.values.count).description)
                }
                let r = try located(x, path: a) { try TTest.twoSample(x.values, y.values, equalVariances: !welch) }
                return report(r, meanDifference: r.estimate)
            }
        }
    }

    struct Paired: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "paired",
                                                        abstract: "H₀: the mean of the differences a − b is zero.")
        @Argument(help: ArgumentHelp("The first measurements.", valueName: "a")) var a: String
        @Argument(help: ArgumentHelp("The second measurements, in the same order.", valueName: "b")) var b: String
        @OptionGroup var output: StatsOutputOptions

        func run() throws {
            try StatsRunner.run(output) {
                try StatsInput.checkSingleStandardInput([a, b])
                let x = try StatsInput.list(a)
                let y = try StatsInput.list(b)
                let r = try located(y, path: b) { try TTest.paired(x.values, y.values) }
                return report(r, meanDifference: r.estimate)
            }
        }
    }
}

/// `mltutor stats ztest one-sample FILE --mu M --sigma S`.
struct StatsZTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ztest", abstract: "z tests on data files.", subcommands: [OneSample.self])

    struct OneSample: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "one-sample", abstract: "H₀: the mean equals --mu, with known σ = --sigma.")
        @Argument(help: ArgumentHelp("The sample ('-' for standard input).", valueName: "file")) var file: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The hypothesised mean.", valueName: "m")) var mu: Double
        @Option(name: .long, help: ArgumentHelp("The known population standard deviation.", valueName: "s")) var sigma: Double
        @OptionGroup var output: StatsOutputOptions

        func run() throws {
            try StatsRunner.run(output) {
                guard mu.isFinite else { throw StatisticsError.nonFiniteValue("--mu is \(mu)") }
                let list = try StatsInput.list(file)
                let r = try StatsTTestCommand.located(list, path: file) {
                    try ZTest.oneSample(list.values, hypothesizedMean: mu, populationStandardDeviation: sigma)
                }
                return StatsReport(
                    summary: ["\(r.kind.rawValue): z = \(statsFormat(r.z)), p = \(statsFormatP(r.pValues.twoSided)) (two-sided)"],
                    fields: [("test", .string(r.kind.rawValue)), ("z", .number(r.z)), ("p", .number(r.pValues.twoSided)),
                             ("p_less", .number(r.pValues.less)), ("p_greater", .number(r.pValues.greater)),
                             ("mean_diff", .number(r.estimate - r.hypothesizedValue)), ("se", .number(r.standardError))],
                    worked: WorkedComputation(r))
            }
        }
    }
}

/// `mltutor stats anova FILE`: one-way ANOVA on `group value` lines.
struct StatsANOVACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anova", abstract: "One-way ANOVA on a file of 'group value' lines.",
        discussion: """
            One observation per line: a group label, then the value. Groups keep the order in which \
            they first appear; values are centred exactly in decimal before the analysis, so data with \
            large constant offsets keep all their digits.
            """)

    @Argument(help: ArgumentHelp("The data ('-' for standard input).", valueName: "file")) var file: String
    @OptionGroup var output: StatsOutputOptions

    func run() throws {
        try StatsRunner.run(output) {
            let input = try StatsANOVAInput(text: try StatsInput.text(file), path: file)
            let r: OneWayANOVA
            do {
                r = try OneWayANOVA(decimalGroups: input.groups)
            } catch let error as StatisticsError {
                throw LabInputError(path: file, line: input.firstLine, message: error.description)
            }
            var worked = WorkedComputation(r)
            // The engine numbers groups 1…k; name them as the file does.
            for (index, label) in input.labels.enumerated() where index < worked.lines.count {
                worked.lines[index] = worked.lines[index].replacingFirst("group \(index + 1):", with: "group \(label):")
            }
            return StatsReport(
                summary: ["one-way ANOVA, \(r.groupSizes.count) groups, N = \(r.groupSizes.reduce(0, +)): "
                    + "F(\(r.degreesOfFreedomBetween), \(r.degreesOfFreedomWithin)) = \(statsFormat(r.f)), "
                    + "p = \(statsFormatP(r.pValue)), R² = \(statsFormat(r.rSquared))"],
                fields: [("groups", .array(input.labels.map { .string($0) })),
                         ("df_between", .integer(r.degreesOfFreedomBetween)), ("df_within", .integer(r.degreesOfFreedomWithin)),
                         ("ss_between", .number(r.sumOfSquaresBetween)), ("ss_within", .number(r.sumOfSquaresWithin)),
                         ("ms_between", .number(r.meanSquareBetween)), ("ms_within", .number(r.meanSquareWithin)),
                         ("f", .number(r.f)), ("p", .number(r.pValue)), ("r_squared", .number(r.rSquared)),
                         ("residual_sd", .number(r.residualStandardDeviation))],
                worked: worked)
        }
    }
}

extension String {
    /// This text with the first occurrence of `target` replaced (the whole text when absent).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

import ArgumentParser
import TutorCore

/// The four distributions `mltutor stats dist` and `quantile` know, by their command-line names.
enum StatsDistributionName: String, ExpressibleByArgument, CaseIterable {
    case normal
    case t
    case chi2
    case f
}

/// The parameters of a distribution as given on the command line.
struct StatsDistributionOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("normal, t, chi2 or f.", valueName: "distribution"))
    var name: StatsDistributionName

    @Option(name: .long, help: ArgumentHelp("Degrees of freedom (t, chi2).", valueName: "n"))
    var df: Double?

    @Option(name: .long, help: ArgumentHelp("Numerator degrees of freedom (f).", valueName: "n"))
    var df1: Double?

    @Option(name: .long, help: ArgumentHelp("Denominator degrees of freedom (f).", valueName: "n"))
    var df2: Double?

    func validate() throws {
        switch name {
        case .normal:
            if df != nil || df1 != nil || df2 != nil {
                throw ValidationError("the standard normal distribution takes no degrees of freedom")
            }
        case .t, .chi2:
            guard df != nil else { throw ValidationError("\(name.rawValue) needs --df") }
            if df1 != nil || df2 != nil { throw ValidationError("\(name.rawValue) takes --df, not --df1/--df2") }
        case .f:
            guard df1 != nil, df2 != nil else { throw ValidationError("f needs --df1 and --df2") }
            if df != nil { throw ValidationError("f takes --df1 and --df2, not --df") }
        }
    }

    /// The distribution, or a `StatisticsError` for degrees of freedom out of range.
    func distribution() throws -> any ContinuousDistribution {
        switch name {
        case .normal: return NormalDistribution.standard
        case .t: return try StudentTDistribution(degreesOfFreedom: df ?? .nan)
        case .chi2: return try ChiSquaredDistribution(degreesOfFreedom: df ?? .nan)
        case .f: return try FDistribution(numeratorDegreesOfFreedom: df1 ?? .nan, denominatorDegreesOfFreedom: df2 ?? .nan)
        }
    }

    /// A name such as "t(ν = 5)" for summaries and the working.
    var label: String {
        switch name {
        case .normal: return "standard normal"
        case .t: return "t(ν = \(statsFormat(df ?? .nan)))"
        case .chi2: return "χ²(ν = \(statsFormat(df ?? .nan)))"
        case .f: return "F(\(statsFormat(df1 ?? .nan)), \(statsFormat(df2 ?? .nan)))"
        }
    }

    /// The parameters as JSON members.
    var jsonParameters: [(String, StatsJSON)] {
        var fields: [(String, StatsJSON)] = [("distribution", .string(name.rawValue))]
        if let df { fields.append(("df", .number(df))) }
        if let df1 { fields.append(("df1", .number(df1))) }
        if let df2 { fields.append(("df2", .number(df2))) }
        return fields
    }
}

/// `mltutor stats dist NAME --x X …`: the cdf, upper tail and density at one point.
struct StatsDistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dist",
        abstract: "cdf, upper tail (sf) and density of normal, t, chi2 or f at --x.")

    @OptionGroup var distribution: StatsDistributionOptions

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The point to evaluate at.", valueName: "x"))
    var x: Double

    @OptionGroup var output: StatsOutputOptions

    func run() throws {
        try StatsRunner.run(output) {
            guard x.isFinite else { throw StatisticsError.nonFiniteValue("--x is \(x)") }
            let d = try distribution.distribution()
            let cdf = d.cdf(x), sf = d.sf(x), pdf = d.pdf(x)
            let label = distribution.label
            let worked = WorkedComputation(title: "\(label) at x = \(statsFormat(x))", lines: [
                "cdf = P(X ≤ \(statsFormat(x))) = \(statsFormat(cdf))",
                "sf  = P(X > \(statsFormat(x))) = \(statsFormat(sf))  (computed directly, not as 1 − cdf)",
                "pdf = f(\(statsFormat(x))) = \(statsFormat(pdf))",
            ])
            return StatsReport(
                summary: ["\(label), x = \(statsFormat(x)): cdf = \(statsFormat(cdf)), sf = \(statsFormat(sf)), pdf = \(statsFormat(pdf))"],
                fields: distribution.jsonParameters + [("x", .number(x)), ("cdf", .number(cdf)), ("sf", .number(sf)),
                                                       ("pdf", .number(pdf))],
                worked: worked)
        }
    }
}

/// `mltutor stats quantile NAME --p P …`: the x whose lower-tail probability is P.
struct StatsQuantileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quantile",
        abstract: "The lower-tail quantile of normal, t, chi2 or f at probability --p.")

    @OptionGroup var distribution: StatsDistributionOptions

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The lower-tail probability, between 0 and 1.", valueName: "p"))
    var p: Double

    @OptionGroup var output: StatsOutputOptions

    func run() throws {
        try StatsRunner.run(output) {
            guard p >= 0 && p <= 1 else {
                throw StatisticsError.invalidParameter("--p must lie between 0 and 1, got \(p)")
            }
            let q = try distribution.distribution().quantile(p)
            let label = distribution.label
            let worked = WorkedComputation(title: "\(label) quantile", lines: [
                "find x with P(X ≤ x) = \(statsFormat(p))",
                "x = \(statsFormat(q))",
            ])
            return StatsReport(summary: ["\(label): P(X ≤ x) = \(statsFormat(p)) at x = \(statsFormat(q))"],
                               fields: distribution.jsonParameters + [("p", .number(p)), ("quantile", .number(q))],
                               worked: worked)
        }
    }
}

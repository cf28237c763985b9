import TutorCore

/// One computation the stats lab offers: its data format, an example, and how to run it.
public enum LabTest: String, Hashable, Sendable, CaseIterable {
    case oneSampleT
    case pooledT
    case welchT
    case pairedT
    case oneSampleZ
    case anova
    case chiSquareFit
    case chiSquareIndependence
    case chiSquareYates
    case matrixProduct

    public var title: String {
        switch self {
        case .oneSampleT: "One-sample t"
        case .pooledT: "Two-sample t (pooled)"
        case .welchT: "Two-sample t (Welch)"
        case .pairedT: "Paired t"
        case .oneSampleZ: "One-sample z (σ known)"
        case .anova: "One-way ANOVA"
        case .chiSquareFit: "χ² goodness of fit"
        case .chiSquareIndependence: "χ² independence"
        case .chiSquareYates: "χ² independence, Yates"
        case .matrixProduct: "Matrix product A·B"
        }
    }

    /// What to type in the data area.
    public var dataHint: String {
        switch self {
        case .oneSampleT, .oneSampleZ: "one list of numbers (spaces, commas or lines)"
        case .pooledT, .welchT: "group A, a blank line, group B"
        case .pairedT: "before values, a blank line, after values (same order)"
        case .anova: "one group per block, blocks separated by blank lines"
        case .chiSquareFit: "observed counts, a blank line, expected counts or probabilities"
        case .chiSquareIndependence, .chiSquareYates: "the table, one row per line"
        case .matrixProduct: "matrix A (row per line), a blank line, matrix B"
        }
    }

    /// Names of the numbers typed in the parameter field, in order; empty when there are none.
    public var parameters: [String] {
        switch self {
        case .oneSampleT: ["μ₀"]
        case .oneSampleZ: ["μ₀", "σ"]
        default: []
        }
    }

    public var exampleParameters: String {
        switch self {
        case .oneSampleT: "11"
        case .oneSampleZ: "100 15"
        default: ""
        }
    }

    /// Data to start from, so running at once shows what the result looks like.
    public var example: String {
        switch self {
        case .oneSampleT, .oneSampleZ: "12 15 11 14 13"
        case .pooledT, .welchT: "20 22 19 24 25\n\n18 17 21 16 19"
        case .pairedT: "72 75 70 78 74\n\n70 72 69 75 71"
        case .anova: "4 5 6\n\n6 7 8\n\n9 10 11"
        case .chiSquareFit: "18 22 20 40\n\n0.25 0.25 0.25 0.25"
        case .chiSquareIndependence, .chiSquareYates: "30 10\n20 40"
        case .matrixProduct: "1 2 3\n4 5 6\n\n7 8\n9 10\n11 12"
        }
    }

    /// Runs the computation; errors come back as `path:line: message` with the path "lab".
    public func run(data: String, parameters: String) throws -> WorkedComputation {
        let path = "lab"
        let values = parameters.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        func parameter(_ index: Int) throws -> Double {
            guard index < values.count, let value = Double(values[index]) else {
                throw LabInputError(path: "parameters", line: 1,
                                    message: "type \(self.parameters.joined(separator: " and ")) as numbers, e.g. \(exampleParameters)")
            }
            return value
        }
        switch self {
        case .oneSampleT:
            return try StatsLab.oneSampleT(text: data, path: path, hypothesizedMean: try parameter(0))
        case .pooledT:
            return try StatsLab.twoSampleT(text: data, path: path, equalVariances: true)
        case .welchT:
            return try StatsLab.twoSampleT(text: data, path: path, equalVariances: false)
        case .pairedT:
            return try StatsLab.pairedT(text: data, path: path)
        case .oneSampleZ:
            return try StatsLab.oneSampleZ(text: data, path: path, hypothesizedMean: try parameter(0),
                                           populationStandardDeviation: try parameter(1))
        case .anova:
            return try StatsLab.anova(text: data, path: path)
        case .chiSquareFit:
            // Expected values that are all at most 1 and sum to 1 are read as probabilities.
            let groups = try NumberListParser.parseGroups(data, path: path)
            let expected = groups.count == 2 ? groups[1].values : []
            let areProbabilities = !expected.isEmpty && expected.allSatisfy { $0 <= 1 }
                && abs(expected.reduce(0, +) - 1) < 1e-9
            return try StatsLab.chiSquareGoodnessOfFit(text: data, path: path, expectedAreProbabilities: areProbabilities)
        case .chiSquareIndependence:
            return try StatsLab.chiSquareIndependence(text: data, path: path, yatesCorrection: false)
        case .chiSquareYates:
            return try StatsLab.chiSquareIndependence(text: data, path: path, yatesCorrection: true)
        case .matrixProduct:
            return try StatsLab.matrixProduct(text: data, path: path)
        }
    }
}

import Foundation

/// One quiz answer recomputed from the numbers its prompt gives.
struct Recomputation: Sendable, CustomStringConvertible {
    enum Value: Sendable {
        case number(Double)
        case matrix([[Double]])
    }

    let id: String
    /// Fragments that must appear verbatim in the prompt, so the data used here is the data shown.
    let data: [String]
    let value: Value

    init(_ id: String, _ data: [String], _ value: Double) {
        self.id = id
        self.data = data
        self.value = .number(value)
    }

    init(_ id: String, _ data: [String], matrix: [[Double]]) {
        self.id = id
        self.data = data
        self.value = .matrix(matrix)
    }

    var description: String { id }
}

/// Every quiz answer in the bank that plain arithmetic can recompute from its prompt.
enum QuizBankRecomputations {
    typealias A = Arithmetic

    static let all: [Recomputation] = tTests + anova + chiSquare + matrices + zTests + probability
        + linearAlgebra + gradientDescent + bayesian + python + career

    static let tTests: [Recomputation] = {
        let sample: [Double] = [12, 15, 11, 14, 13]
        let before: [Double] = [12, 14, 9, 15, 11], after: [Double] = [10, 11, 10, 11, 9]
        let differences = zip(before, after).map { $0 - $1 }
        return [
            Recomputation("ttest-basics-02", ["12, 15, 11, 14, 13"], A.sampleSD(sample)),
            Recomputation("ttest-basics-03", ["12, 15, 11, 14, 13", "μ = 11"], A.oneSampleT(sample, mu: 11)),
            Recomputation("ttest-basics-04", ["n = 5"], 5 - 1),
            Recomputation("ttest-basics-07", ["n = 16", "mean 52", "s = 4", "μ = 50"], (52 - 50) / (4 / 16.0.squareRoot())),
            Recomputation("ttest-basics-10", ["before 12, 14, 9, 15, 11", "after 10, 11, 10, 11, 9"], A.oneSampleT(differences, mu: 0)),
            Recomputation("ttest-practice-01", ["n = 10, mean 20, s = 4", "n = 10, mean 17, s = 5"],
                          A.pooledT(n1: 10, mean1: 20, sd1: 4, n2: 10, mean2: 17, sd2: 5)),
            Recomputation("ttest-practice-02", ["n₁ = 10", "n₂ = 10"], 10 + 10 - 2),
            Recomputation("ttest-practice-03", ["n₁ = 10, s₁ = 4", "n₂ = 10, s₂ = 5"], A.welchDF(n1: 10, sd1: 4, n2: 10, sd2: 5)),
            Recomputation("ttest-practice-06", ["n = 25", "x̄ = 100", "s = 15", "t* = 2.064"], 100 + 2.064 * 15 / 25.0.squareRoot()),
            Recomputation("ttest-practice-08", ["means 20 and 17", "standard deviation of 5"], (20 - 17) / 5.0),
            Recomputation("ttest-practice-10", ["p-value of 0.0486"], 0.0486 / 2),
        ]
    }()

    static let anova: [Recomputation] = {
        let groups: [[Double]] = [[4, 5, 6], [6, 7, 8], [8, 9, 10]]
        let result = A.oneWayANOVA(groups)
        let data = ["A = 4, 5, 6", "B = 6, 7, 8", "C = 8, 9, 10"]
        return [
            Recomputation("anova-basics-02", data, result.ssb),
            Recomputation("anova-basics-03", data, result.ssw),
            Recomputation("anova-basics-04", data, result.f),
            Recomputation("anova-basics-05", ["k = 4", "N = 20"], 20 - 4),
            Recomputation("anova-basics-08", ["3 independent tests", "α = 0.05"], 1 - 0.95 * 0.95 * 0.95),
            Recomputation("anova-practice-01", ["k = 3", "N = 33", "SSB = 30", "SSW = 90"], (30 / 2.0) / (90 / 30.0)),
            Recomputation("anova-practice-02", ["SSB = 30", "SSW = 90"], 30 / (30 + 90.0)),
            Recomputation("anova-practice-04", ["n = 4 and mean 10", "n = 6 and mean 15", "n = 5 and mean 12"],
                          (4 * 10 + 6 * 15 + 5 * 12) / 15.0),
            Recomputation("anova-practice-05", ["A: n = 4, mean 10", "B: n = 6, mean 15", "C: n = 5, mean 12"],
                          A.ssb(sizes: [4, 6, 5], means: [10, 15, 12])),
            Recomputation("anova-practice-08", ["t = 2.5"], 2.5 * 2.5),
        ]
    }()

    static let chiSquare: [Recomputation] = {
        let clicks: [[Double]] = [[30, 70], [50, 50]]
        let clickData = ["30 clicks from 100 visitors", "50 clicks from 100 visitors"]
        return [
            Recomputation("chi-square-basics-02", ["60 times", "8, 12, 9, 11, 6, 14"],
                          A.chiSquare(observed: [8, 12, 9, 11, 6, 14], expected: Array(repeating: 10, count: 6))),
            Recomputation("chi-square-basics-03", ["six-sided"], 6 - 1),
            Recomputation("chi-square-basics-04", ["100 people", "40 smoke", "30 have a cough"],
                          40.0 * 30 / 100),
            Recomputation("chi-square-basics-05", ["3 × 4"], (3 - 1) * (4 - 1)),
            Recomputation("chi-square-basics-09", ["60 times in 100 flips"], A.chiSquare(observed: [60, 40], expected: [50, 50])),
            Recomputation("chi-square-practice-01", clickData, A.chiSquare(table: clicks)),
            Recomputation("chi-square-practice-02", ["A: 30 clicks of 100", "B: 50 clicks of 100"], A.expectedCounts(clicks)[1][1]),
            Recomputation("chi-square-practice-04", ["N = 200", "χ² = 8.333"], (A.chiSquare(table: clicks) / 200).squareRoot()),
            Recomputation("chi-square-practice-06", ["O 40 %, A 30 %, B 20 %, AB 10 %", "sample of 200", "90, 50, 40, 20"],
                          A.chiSquare(observed: [90, 50, 40, 20], expected: [0.4, 0.3, 0.2, 0.1].map { $0 * 200 })),
            Recomputation("chi-square-practice-07", ["2 × 3"], (2 - 1) * (3 - 1)),
        ]
    }()

    static let matrices: [Recomputation] = {
        let a: [[Double]] = [[1, 2], [3, 4]], b: [[Double]] = [[5, 6], [7, 8]]
        let c: [[Double]] = [[2, 0, 1], [1, 3, 2]], d: [[Double]] = [[1, 2], [0, 1], [4, 0]]
        let diagonal: [[Double]] = [[1, 0], [0, 2]], e: [[Double]] = [[3, 4], [5, 6]]
        let shear: [[Double]] = [[1, 1], [0, 1]]
        let basics: [Recomputation] = [
            Recomputation("matrix-multiplication-basics-01", ["A = [[1, 2], [3, 4]]", "B = [[5, 6], [7, 8]]"], matrix: A.multiply(a, b)),
            Recomputation("matrix-multiplication-basics-04", ["A = [[2, 0, 1], [1, 3, 2]]", "B = [[1, 2], [0, 1], [4, 0]]", "row 2, column 1"],
                          A.multiply(c, d)[1][0]),
            Recomputation("matrix-multiplication-basics-05", ["A = [[2, 0, 1], [1, 3, 2]]", "B = [[1, 2], [0, 1], [4, 0]]"], matrix: A.multiply(c, d)),
            Recomputation("matrix-multiplication-basics-06", ["10 × 20", "20 × 5"], 10.0 * 5 * 20),
            Recomputation("matrix-multiplication-basics-08", ["A = [[1, 2], [3, 4]]", "v = [[1], [-1]]"], matrix: A.multiply(a, [[1.0], [-1.0]])),
        ]
        let practice: [Recomputation] = [
            Recomputation("matrix-multiplication-practice-01", ["D = [[1, 0], [0, 2]]", "B = [[3, 4], [5, 6]]", "D·B"], matrix: A.multiply(diagonal, e)),
            Recomputation("matrix-multiplication-practice-02", ["B = [[3, 4], [5, 6]]", "D = [[1, 0], [0, 2]]", "B·D"], matrix: A.multiply(e, diagonal)),
            Recomputation("matrix-multiplication-practice-03", ["[[1, 2, 3]]", "[[1], [2], [3]]"], matrix: A.multiply([[1.0, 2, 3]], [[1.0], [2], [3]])),
            Recomputation("matrix-multiplication-practice-04", ["[[1], [2]]", "[[3, 4]]"], matrix: A.multiply([[1.0], [2]], [[3.0, 4]])),
            Recomputation("matrix-multiplication-practice-05", ["64 × 128", "128 × 10"], 64.0 * 10),
            Recomputation("matrix-multiplication-practice-07", ["A = [[1, 1], [0, 1]]"], matrix: A.multiply(shear, shear)),
            Recomputation("matrix-multiplication-practice-08", ["A is 10 × 100", "B is 100 × 5", "C is 5 × 50"],
                          min(10.0 * 100 * 5 + 10.0 * 5 * 50, 100.0 * 5 * 50 + 10.0 * 100 * 50)),
        ]
        return basics + practice
    }()

    static let zTests: [Recomputation] = {
        let pA = 120.0 / 400, pB = 90.0 / 400, pooled = 210.0 / 800
        return [
            Recomputation("z-tests-02", ["σ = 15", "n = 36", "mean 105", "μ = 100"], (105 - 100) / (15 / 36.0.squareRoot())),
            Recomputation("z-tests-04", ["mean 100", "σ = 15", "score of 130"], (130 - 100) / 15.0),
            Recomputation("z-tests-06", ["p = 0.5", "n = 100"], (0.5 * 0.5 / 100).squareRoot()),
            Recomputation("z-tests-07", ["sample of 100", "58 prefer", "p = 0.5"], (0.58 - 0.5) / (0.5 * 0.5 / 100).squareRoot()),
            Recomputation("z-tests-09", ["120 of 400", "90 of 400"], (pA - pB) / (pooled * (1 - pooled) * (2.0 / 400)).squareRoot()),
            Recomputation("z-tests-12", ["σ = 10", "at most 2", "z = 1.96"], ((1.96 * 10 / 2) * (1.96 * 10 / 2)).rounded(.up)),
            Recomputation("z-tests-13", ["n = 64", "σ = 8", "mean 50", "z = 1.96"], 50 - 1.96 * 8 / 64.0.squareRoot()),
        ]
    }()

    static let probability: [Recomputation] = {
        let faces = 1...6
        let pairs = faces.flatMap { x in faces.map { y in x + y } }
        let die = faces.map(Double.init)
        let dieMean = A.mean(die)
        let sequences = (0..<16).map { $0.nonzeroBitCount }
        return [
            Recomputation("probability-bayes-01", ["Two fair dice", "sum is 7"], Double(pairs.filter { $0 == 7 }.count) / Double(pairs.count)),
            Recomputation("probability-bayes-02", ["1 %", "99 %", "5 %"], 100 * (0.01 * 0.99) / (0.01 * 0.99 + 0.99 * 0.05)),
            Recomputation("probability-bayes-04", ["P(A) = 0.5", "P(B) = 0.4", "P(A and B) = 0.2"], 0.5 + 0.4 - 0.2),
            Recomputation("probability-bayes-06", ["4 times", "at least one six"], 1 - pow(5.0 / 6, 4)),
            Recomputation("probability-bayes-07", ["six-sided die"], dieMean),
            Recomputation("probability-bayes-08", ["six-sided die"], die.map { ($0 - dieMean) * ($0 - dieMean) }.reduce(0, +) / 6),
            Recomputation("probability-bayes-10", ["4 times", "exactly 2 heads"], Double(sequences.filter { $0 == 2 }.count) / 16),
            Recomputation("probability-bayes-12", ["20 %", "60 % of spam", "5 % of other"], 0.2 * 0.6 / (0.2 * 0.6 + 0.8 * 0.05)),
            Recomputation("probability-bayes-13", ["P(A and B) = 0.12", "P(B) = 0.3"], 0.12 / 0.3),
            Recomputation("probability-bayes-15", ["52-card", "without replacement", "both are aces"], 4.0 / 52 * 3 / 51),
        ]
    }()

    static let linearAlgebra: [Recomputation] = {
        let m: [[Double]] = [[4, 7], [2, 6]], s: [[Double]] = [[2, 1], [1, 2]]
        let trace = s[0][0] + s[1][1], det = A.determinant2(s)
        let system: [[Double]] = [[2, 1], [1, 3]]
        return [
            Recomputation("linear-algebra-01", ["u = (1, 2, 3)", "v = (4, −5, 6)"], A.dot([1, 2, 3], [4, -5, 6])),
            Recomputation("linear-algebra-02", ["(3, 4)"], A.dot([3, 4], [3, 4]).squareRoot()),
            Recomputation("linear-algebra-03", ["[[4, 7], [2, 6]]"], A.determinant2(m)),
            Recomputation("linear-algebra-04", ["A = [[4, 7], [2, 6]]"], matrix: A.inverse2(m)),
            Recomputation("linear-algebra-05", ["[[1, 2, 3], [4, 5, 6]]"], matrix: A.transpose([[1, 2, 3], [4, 5, 6]])),
            Recomputation("linear-algebra-08", ["[[2, 1], [1, 2]]"], (trace + (trace * trace - 4 * det).squareRoot()) / 2),
            Recomputation("linear-algebra-09", ["(1, 0) and (1, 1)"], A.dot([1, 0], [1, 1]) / (A.dot([1, 0], [1, 0]).squareRoot() * A.dot([1, 1], [1, 1]).squareRoot())),
            Recomputation("linear-algebra-12", ["[[2, 0, 0], [0, 3, 0], [0, 0, 4]]"], 2 * 3 * 4),
            Recomputation("linear-algebra-14", ["[[2, 1], [1, 3]]·x = [[3], [5]]"], matrix: A.multiply(A.inverse2(system), [[3], [5]])),
        ]
    }()

    static let gradientDescent: [Recomputation] = {
        func step(_ x: Double, _ rate: Double, _ gradient: (Double) -> Double) -> Double { x - rate * gradient(x) }
        let points: [(x: Double, y: Double)] = [(1, 2), (2, 4)]
        let gradientAtZero = 2 / Double(points.count) * points.map { (0 * $0.x - $0.y) * $0.x }.reduce(0, +)
        return [
            Recomputation("gradient-descent-01", ["f(x) = x²", "x₀ = 3", "η = 0.1"], step(3, 0.1) { 2 * $0 }),
            Recomputation("gradient-descent-02", ["f(x) = x²", "η = 0.1", "x₁ = 2.4"], step(2.4, 0.1) { 2 * $0 }),
            Recomputation("gradient-descent-04", ["f(x) = (x − 5)²", "x₀ = 0", "η = 0.25"], step(0, 0.25) { 2 * ($0 - 5) }),
            Recomputation("gradient-descent-05", ["f(x) = x²", "x₀ = 1", "η = 1.1"], step(1, 1.1) { 2 * $0 }),
            Recomputation("gradient-descent-08", ["(1, 2) and (2, 4)", "w = 0"], gradientAtZero),
            Recomputation("gradient-descent-09", ["w = 0", "dL/dw = −10", "η = 0.05"], 0 - 0.05 * -10),
            Recomputation("gradient-descent-11", ["10,000 examples", "mini-batches of 32"], (10_000 / 32.0).rounded(.up)),
            Recomputation("gradient-descent-13", ["f(x, y) = x² + 3y²", "(1, 2)"], matrix: [[2 * 1, 6 * 2]]),
        ]
    }()

    static let bayesian: [Recomputation] = [
        Recomputation("bayesian-statistics-02", ["Beta(2, 2)", "7 heads and 3 tails"], (2 + 7) / (2 + 7 + 2 + 3.0)),
        Recomputation("bayesian-statistics-03", ["Beta(9, 5)"], (9 - 1) / (9 + 5 - 2.0)),
        Recomputation("bayesian-statistics-06", ["Beta(1, 1)", "0 successes in 10 trials"], (1 + 0) / (1 + 0 + 1 + 10.0)),
        Recomputation("bayesian-statistics-07", ["0.08 under H₁", "0.02 under H₀"], 0.08 / 0.02),
        Recomputation("bayesian-statistics-08", ["1 : 3", "Bayes factor is 4"], (4.0 / 3) / (1 + 4.0 / 3)),
        Recomputation("bayesian-statistics-11", ["mean 100 and variance 25", "sample mean of 110", "also 25"],
                      (100 / 25.0 + 110 / 25.0) / (1 / 25.0 + 1 / 25.0)),
        Recomputation("bayesian-statistics-12", ["prior variance 25", "variance of the sample mean 25"], 1 / (1 / 25.0 + 1 / 25.0)),
    ]

    static let python: [Recomputation] = [
        Recomputation("python-for-ml-03", ["range(2, 20, 3)"], Double(stride(from: 2, to: 20, by: 3).map { $0 }.count)),
        Recomputation("python-for-ml-06", ["np.arange(10).reshape(2, 5).sum(axis=0)[4]"], 4 + 9),
        Recomputation("python-for-ml-09", ["np.zeros((3, 1)) + np.zeros((1, 4))"], 3 * 4),
        Recomputation("python-for-ml-11", ["np.std([2, 4, 4, 4, 5, 5, 7, 9])"], A.populationSD([2, 4, 4, 4, 5, 5, 7, 9])),
        Recomputation("python-for-ml-15", ["range(10)", "sum(x[2:5])"], Double((0..<10).map { $0 }[2..<5].reduce(0, +))),
    ]

    static let career: [Recomputation] = [
        Recomputation("career-salary-path-03", ["thousands of rupees"], 77_500 / 1_000.0),
        Recomputation("career-salary-path-04", ["INR 2,50,000"], 250_000 / 100_000.0),
        Recomputation("career-salary-path-08", ["500", "40 %"], 500 * 1.4),
        Recomputation("career-salary-path-17", ["INR 77,500"], 77_500 / 100_000.0),
    ]
}

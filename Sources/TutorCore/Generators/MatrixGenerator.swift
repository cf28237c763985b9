/// Generator for matrix multiplication questions: one entry of A·B, or the whole product.
enum MatrixGenerator {
    static let stories = [
        "A tiny neural-network layer multiplies a weight matrix A by a matrix B whose columns are input vectors.",
        "A shop's matrix A holds the quantities each customer buys of each product; B holds each product's price and weight.",
        "A recommender multiplies user–feature scores A by feature–item scores B.",
    ]

    static func generate(_ reference: GeneratorReference, id: String, seed: UInt64, draw: inout GeneratorDraw) throws -> GeneratedQuestion {
        let wholeProduct = reference.parameters.target == .product
        // A whole product is asked of square matrices, where B·A has the same shape and is a real trap.
        let size = draw.integer(2...3)
        let rows = wholeProduct ? size : draw.integer(2...3)
        let inner = wholeProduct ? size : draw.integer(2...4)
        let columns = wholeProduct ? size : draw.integer(2...3)
        func entries(_ r: Int, _ c: Int) -> [[Double]] {
            (0..<r).map { _ in (0..<c).map { _ in Double(draw.integer(-4...6)) } }
        }
        let a = try Matrix(rows: entries(rows, inner))
        let b = try Matrix(rows: entries(inner, columns))
        let product = try Matrix.multiply(a, b)
        let reversed = try? Matrix.multiply(b, a)
        let worked = WorkedComputation(product: product, of: a, b)
        let text = draw.pick(stories) + "\nA (\(a.shape)) = " + show(a) + "\nB (\(b.shape)) = " + show(b)
        let tolerance = Tolerance.absolute(1e-6)
        var mistakes: [TypicalMistake] = []
        let ask: String
        let kind: QuestionKind
        var lines = worked.lines
        if wholeProduct {
            ask = "Compute the product C = A·B."
            kind = .matrix(answer: product.rowArrays, tolerance: tolerance)
            if let reversed {
                mistakes.append(TypicalMistake(value: .matrix(reversed.rowArrays),
                                               hint: "That is B·A. Matrix multiplication is not commutative: in A·B, entry (i, j) is row i of A times column j of B."))
            }
            let transposed = (0..<product.columns).map { j in (0..<product.rows).map { i in product[i, j] } }
            mistakes.append(TypicalMistake(value: .matrix(transposed),
                                           hint: "Your rows and columns are swapped: you wrote (A·B)ᵀ. Row i of A with column j of B goes in row i, column j."))
            lines.append("Answer: C = " + show(product))
        } else {
            let i = draw.integer(0...(rows - 1)), j = draw.integer(0...(columns - 1))
            let value = product[i, j]
            ask = "What is the entry in row \(i + 1), column \(j + 1) of C = A·B?"
            kind = .numeric(answer: value, tolerance: tolerance, percent: false)
            if let reversed, i < reversed.rows, j < reversed.columns {
                mistakes.append(TypicalMistake(value: .number(reversed[i, j]),
                                               hint: "That is entry (\(i + 1), \(j + 1)) of B·A. In A·B the entry is row \(i + 1) of A times column \(j + 1) of B."))
            }
            if j < rows, i < columns, i != j {
                mistakes.append(TypicalMistake(value: .number(product[j, i]),
                                               hint: "That is entry (\(j + 1), \(i + 1)): rows and columns are swapped. The first index picks the row of A, the second the column of B."))
            }
            let terms = (0..<inner).map { k in "\(fmt(a[i, k]))·\(fmt(b[k, j]))" }.joined(separator: " + ")
            lines.append("Answer: c[\(i + 1),\(j + 1)] = \(terms) = \(fmt(value))")
        }
        let solution = WorkedComputation(title: worked.title, lines: lines)
        let explanation = "Entry (i, j) of A·B is the dot product of row i of A with column j of B, so A·B needs A's column count to equal B's row count."
            + (mistakes.first.map { " A common slip: \($0.hint)" } ?? "")
            + "\nWorked solution:\n" + lines.joined(separator: "\n")
        let question = Question(id: id, prompt: text + "\n\n" + ask, kind: kind, explanation: explanation, generator: reference)
        return GeneratedQuestion(question: question, seed: seed, worked: solution,
                                 mistakes: HypothesisTestQuestion.distinct(mistakes, from: question))
    }

    /// A matrix written as rows in brackets: [[1, 2], [3, 4]].
    static func show(_ m: Matrix) -> String {
        "[" + m.rowArrays.map { "[" + listed($0) + "]" }.joined(separator: ", ") + "]"
    }
}

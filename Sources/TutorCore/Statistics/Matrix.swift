/// A dense matrix of doubles in row-major order, with multiplication that reports shape errors.
public struct Matrix: Hashable, Sendable, CustomStringConvertible {
    public private(set) var rows: Int
    public private(set) var columns: Int
    /// Entries row by row: element (i, j) is `values[i * columns + j]`.
    public private(set) var values: [Double]

    /// A matrix from its rows; every row must have the same, non-zero length.
    public init(rows: [[Double]]) throws {
        guard let first = rows.first, !first.isEmpty else {
            throw StatisticsError.shapeMismatch("a matrix needs at least one row and one column")
        }
        for (index, row) in rows.enumerated() where row.count != first.count {
            throw StatisticsError.shapeMismatch(
                "row \(index + 1) has \(row.count) entries but row 1 has \(first.count)")
        }
        self.rows = rows.count
        self.columns = first.count
        self.values = rows.flatMap { $0 }
    }

    private init(rows: Int, columns: Int, values: [Double]) {
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// Element (i, j), zero-based.
    public subscript(row: Int, column: Int) -> Double {
        values[row * columns + column]
    }

    /// The rows as arrays.
    public var rowArrays: [[Double]] {
        (0..<rows).map { Array(values[($0 * columns)..<(($0 + 1) * columns)]) }
    }

    /// "r×c", as used in messages.
    public var shape: String { "\(rows)×\(columns)" }

    public var description: String { "Matrix \(shape) \(rowArrays)" }

    /// The product A·B, each entry a compensated dot product.
    ///
    /// - Throws: `shapeMismatch` when A's column count differs from B's row count.
    public static func multiply(_ a: Matrix, _ b: Matrix) throws -> Matrix {
        guard a.columns == b.rows else {
            throw StatisticsError.shapeMismatch(
                "cannot multiply a \(a.shape) matrix by a \(b.shape) matrix: "
                    + "the first has \(a.columns) columns but the second has \(b.rows) rows")
        }
        var product = [Double](repeating: 0, count: a.rows * b.columns)
        for i in 0..<a.rows {
            for j in 0..<b.columns {
                var sum = CompensatedSum()
                for k in 0..<a.columns { sum.add(a[i, k] * b[k, j]) }
                product[i * b.columns + j] = sum.value
            }
        }
        return Matrix(rows: a.rows, columns: b.columns, values: product)
    }
}

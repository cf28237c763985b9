/// A running sum with Neumaier's compensation, accurate to about one rounding whatever the order.
///
/// Plain summation of n terms can lose log10(n) digits, and all of them when large terms cancel;
/// the compensation term carries the low-order bits each addition drops, so the total is as good
/// as if it had been accumulated in twice the precision.
public struct CompensatedSum: Hashable, Sendable {
    private var sum = 0.0
    private var compensation = 0.0

    public init() {}

    /// A sum of the given values.
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for value in values { add(value) }
    }

    /// Adds one term.
    public mutating func add(_ value: Double) {
        let t = sum + value
        if abs(sum) >= abs(value) {
            compensation += (sum - t) + value
        } else {
            compensation += (value - t) + sum
        }
        sum = t
    }

    /// The compensated total.
    public var value: Double { sum + compensation }
}

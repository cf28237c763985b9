#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The FSRS-6 memory formulas: forgetting curve, intervals, and how one review changes stability
/// and difficulty.
///
/// Source: the FSRS-6 summary kept with the test vectors (`Tests/Fixtures/fsrs/README.md`), which
/// condenses the published algorithm; the code follows the reference implementation py-fsrs 6.3.2,
/// whose outputs are those vectors. One point the summary states loosely: the floor of 1 on the
/// same-day stability factor applies to Good and Easy only (py-fsrs and fsrs-rs both do so), so a
/// Hard rating on the same day may lower stability. Only same-day reviews (learning steps) reach it.
///
/// Notation: S stability (days), D difficulty (1…10), R retrievability (probability of recall),
/// G the rating (1 Again, 2 Hard, 3 Good, 4 Easy), t elapsed whole days, w the weights.
extension FSRSParameters {
    /// The smallest stability the model keeps, so no interval formula divides by zero.
    public static let minimumStability = 0.001

    /// F in the forgetting curve, chosen so that R(S, S) = 0.9: F = 0.9^(−1/w20) − 1.
    public var factor: Double {
        pow(0.9, -1 / decay) - 1
    }

    /// Probability of recall after `elapsedDays` for an item of stability `stability`:
    /// R(t, S) = (1 + F·t/S)^(−w20).
    public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * max(0, elapsedDays) / stability, -decay)
    }

    /// Days until recall falls to `desiredRetention`: I = (S/F)·(r^(−1/w20) − 1), rounded to whole days
    /// (halves to even, as Python's `round` does), at least 1 and at most `maximum`.
    public func interval(stability: Double, desiredRetention: Double, maximum: Int) -> Int {
        let exact = (stability / factor) * (pow(desiredRetention, -1 / decay) - 1)
        let rounded = exact.rounded(.toNearestOrEven)
        guard rounded.isFinite else { return max(1, maximum) }
        return min(max(1, Int(min(rounded, Double(Int32.max)))), max(1, maximum))
    }

    /// The memory after the very first review: S0 = w[G−1], D0 = clamp(w4 − e^(w5·(G−1)) + 1).
    public func initialMemory(_ rating: ReviewRating) -> MemoryState {
        MemoryState(stability: max(self[rating.rawValue - 1], Self.minimumStability),
                    difficulty: Self.clampDifficulty(initialDifficulty(rating)))
    }

    /// The memory after a later review, `elapsedDays` whole days after the previous one.
    ///
    /// Same-day reviews (t < 1) use the short-term formula; otherwise stability grows after a
    /// recall and shrinks after a lapse, by how much depending on D, S and the current R.
    public func nextMemory(_ memory: MemoryState, elapsedDays: Int, rating: ReviewRating) -> MemoryState {
        let stability: Double
        if elapsedDays < 1 {
            stability = shortTermStability(memory.stability, rating: rating)
        } else {
            let recall = retrievability(elapsedDays: Double(elapsedDays), stability: memory.stability)
            stability = rating == .again
                ? forgetStability(memory, retrievability: recall)
                : recallStability(memory, retrievability: recall, rating: rating)
        }
        return MemoryState(stability: max(stability, Self.minimumStability),
                           difficulty: nextDifficulty(memory.difficulty, rating: rating))
    }

    /// D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped (the mean reversion target uses it unclamped).
    func initialDifficulty(_ rating: ReviewRating) -> Double {
        self[4] - exp(self[5] * Double(rating.rawValue - 1)) + 1
    }

    /// ΔD = −w6·(G−3); D′ = D + ΔD·(10 − D)/9 (steps shrink near the top);
    /// D″ = w7·D0(Easy) + (1 − w7)·D′ (a slow pull back to the easy baseline), clamped to 1…10.
    func nextDifficulty(_ difficulty: Double, rating: ReviewRating) -> Double {
        let delta = -self[6] * Double(rating.rawValue - 3)
        let damped = difficulty + delta * (10 - difficulty) / 9
        let reverted = self[7] * initialDifficulty(.easy) + (1 - self[7]) * damped
        return Self.clampDifficulty(reverted)
    }

    /// Same day: S′ = S·e^(w17·(G − 3 + w18))·S^(−w19); for Good and Easy the factor is at least 1.
    func shortTermStability(_ stability: Double, rating: ReviewRating) -> Double {
        var increase = exp(self[17] * (Double(rating.rawValue) - 3 + self[18])) * pow(stability, -self[19])
        if rating == .good || rating == .easy { increase = max(increase, 1) }
        return stability * increase
    }

    /// After a recall: S′ = S·(1 + e^w8·(11 − D)·S^(−w9)·(e^(w10·(1−R)) − 1)·[w15 if Hard]·[w16 if Easy]).
    func recallStability(_ memory: MemoryState, retrievability recall: Double, rating: ReviewRating) -> Double {
        let hardPenalty = rating == .hard ? self[15] : 1
        let easyBonus = rating == .easy ? self[16] : 1
        let growth = exp(self[8]) * (11 - memory.difficulty) * pow(memory.stability, -self[9])
            * (exp(self[10] * (1 - recall)) - 1) * hardPenalty * easyBonus
        return memory.stability * (1 + growth)
    }

    /// After a lapse: S′ = min(w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R)), S / e^(w17·w18)),
    /// so forgetting never leaves the item more stable than before.
    func forgetStability(_ memory: MemoryState, retrievability recall: Double) -> Double {
        let longTerm = self[11] * pow(memory.difficulty, -self[12]) * (pow(memory.stability + 1, self[13]) - 1)
            * exp(self[14] * (1 - recall))
        let shortTermCap = memory.stability / exp(self[17] * self[18])
        return min(longTerm, shortTermCap)
    }

    static func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, 1), 10)
    }
}

/// A small deterministic random number generator (SplitMix64), so a recorded seed reproduces a quiz.
///
/// The standard library's generator is seeded randomly per process; shuffles that must be replayed
/// from a progress file need one whose sequence depends only on the seed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one named stream of a seed (e.g. one question's choices), stable across runs.
    public init(seed: UInt64, stream: String) {
        // FNV-1a of the stream name: Swift's Hasher is randomised per process, so it cannot be used here.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in stream.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        state = seed ^ hash
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

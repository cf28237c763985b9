import TutorCore

/// Builds a heavy learner's progress: a long review log with the schedule it implies.
enum ProgressFixture {
    /// `entries` reviews spread over `items` quiz questions, one every 15 minutes from late 2025,
    /// recorded through `Progress.recordReview`, so the log and the cards are what the tutor would
    /// have written. Ratings follow a fixed pseudo-random sequence, so every run builds the same value.
    static func progress(entries: Int, items: Int) -> Progress {
        var progress = Progress()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let start = 1_760_000_000.0
        for index in 0..<entries {
            // xorshift64: cheap and deterministic; good enough to mix items and ratings.
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            let item = "question:bench-quiz-\(Int(state % UInt64(items)))"
            let rating: ReviewRating = switch (state >> 32) % 10 {
            case 0: .again
            case 1: .hard
            case 9: .easy
            default: .good
            }
            progress.recordReview(of: item, rating: rating, at: start + Double(index) * 900,
                                  utcOffsetSeconds: 19_800)
        }
        return progress
    }
}

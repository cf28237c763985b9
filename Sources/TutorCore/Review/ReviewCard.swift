/// When an item is next due: on a study day (day intervals) or at an instant (learning steps).
public enum ReviewDue: Hashable, Sendable {
    /// Due from the start of this study day on.
    case day(CivilDay)
    /// Due from this instant (seconds since 1970 UTC) on; used for minute-long learning steps.
    case instant(Double)

    /// Whether the item is due at `now`, given the study day `now` falls in.
    public func isDue(now: Double, today: CivilDay) -> Bool {
        switch self {
        case .day(let day): day <= today
        case .instant(let instant): instant <= now
        }
    }

    /// The instant the item becomes due, for ordering: a day counts from its start.
    public func instant(on clock: StudyClock) -> Double {
        switch self {
        case .day(let day): clock.start(of: day)
        case .instant(let instant): instant
        }
    }

    /// The study day on which the item becomes due.
    public func day(on clock: StudyClock) -> CivilDay {
        switch self {
        case .day(let day): day
        case .instant(let instant): clock.day(at: instant)
        }
    }
}

/// The scheduler's state for one review item (a question or a question template).
public struct ReviewCard: Hashable, Sendable {
    public var state: CardState
    /// The index of the current learning or relearning step; nil in the `review` state.
    public var step: Int?
    public var memory: MemoryState
    /// When the item was last reviewed (seconds since 1970 UTC) and on which study day.
    public var lastReview: Double
    public var lastReviewDay: CivilDay
    public var due: ReviewDue
    /// The interval given at the last review, in days (0 while on a learning step).
    public var scheduledDays: Int
    /// Scheduled reviews so far, and how many of them were lapses (Again after the first).
    public var reviews: Int
    public var lapses: Int

    public init(
        state: CardState, step: Int?, memory: MemoryState, lastReview: Double, lastReviewDay: CivilDay,
        due: ReviewDue, scheduledDays: Int, reviews: Int, lapses: Int
    ) {
        self.state = state
        self.step = step
        self.memory = memory
        self.lastReview = lastReview
        self.lastReviewDay = lastReviewDay
        self.due = due
        self.scheduledDays = scheduledDays
        self.reviews = reviews
        self.lapses = lapses
    }

    /// Predicted recall on study day `today`, counting whole study days since the last review.
    public func retrievability(on today: CivilDay, parameters: FSRSParameters) -> Double {
        parameters.retrievability(elapsedDays: Double(max(0, today.ordinal - lastReviewDay.ordinal)),
                                  stability: memory.stability)
    }
}

extension ReviewCard: Codable {
    private enum CodingKeys: String, CodingKey {
        case state, step, stability, difficulty, lastReview, lastReviewDay, dueDay, dueAt, scheduledDays
        case reviews, lapses
    }

    /// Days are written `YYYY-MM-DD` like every other day in the progress file; a card carries
    /// either `dueDay` or `dueAt`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func day(_ key: CodingKeys) throws -> CivilDay {
            let text = try c.decode(String.self, forKey: key)
            guard let day = CivilDay(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "'\(text)' is not a YYYY-MM-DD day")
            }
            return day
        }
        state = try c.decode(CardState.self, forKey: .state)
        step = try c.decodeIfPresent(Int.self, forKey: .step)
        if let step, step < 0 {
            throw DecodingError.dataCorruptedError(forKey: .step, in: c, debugDescription: "a step cannot be negative")
        }
        memory = MemoryState(stability: try c.decode(Double.self, forKey: .stability),
                             difficulty: try c.decode(Double.self, forKey: .difficulty))
        guard memory.stability > 0, (1...10).contains(memory.difficulty) else {
            throw DecodingError.dataCorruptedError(
                forKey: .stability, in: c, debugDescription: "stability must be positive and difficulty 1…10")
        }
        lastReview = try c.decode(Double.self, forKey: .lastReview)
        lastReviewDay = try day(.lastReviewDay)
        if let instant = try c.decodeIfPresent(Double.self, forKey: .dueAt) {
            due = .instant(instant)
        } else {
            due = .day(try day(.dueDay))
        }
        scheduledDays = try c.decodeIfPresent(Int.self, forKey: .scheduledDays) ?? 0
        reviews = try c.decodeIfPresent(Int.self, forKey: .reviews) ?? 0
        lapses = try c.decodeIfPresent(Int.self, forKey: .lapses) ?? 0
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(state, forKey: .state)
        try c.encodeIfPresent(step, forKey: .step)
        try c.encode(memory.stability, forKey: .stability)
        try c.encode(memory.difficulty, forKey: .difficulty)
        try c.encode(lastReview, forKey: .lastReview)
        try c.encode(lastReviewDay.description, forKey: .lastReviewDay)
        switch due {
        case .day(let day): try c.encode(day.description, forKey: .dueDay)
        case .instant(let instant): try c.encode(instant, forKey: .dueAt)
        }
        try c.encode(scheduledDays, forKey: .scheduledDays)
        try c.encode(reviews, forKey: .reviews)
        try c.encode(lapses, forKey: .lapses)
    }
}

/// How the scheduler behaves; stored in the progress file next to the schedule it produced.
///
/// The defaults suit a quiz tutor: FSRS-6 default weights, 90 % desired retention, and no learning
/// or relearning steps, so every review is scheduled in whole days (a quiz question cannot usefully
/// come back ten minutes later the way a flashcard does).
public struct ReviewSettings: Hashable, Sendable {
    public var parameters: FSRSParameters
    /// The recall probability at which an item falls due (0 < r < 1; 0.9 by default).
    public var desiredRetention: Double
    /// Waits, in seconds, between the first reviews of a new item (e.g. `[60, 600]` as in Anki).
    public var learningSteps: [Double]
    /// Waits, in seconds, after a lapse before the item returns to day intervals.
    public var relearningSteps: [Double]
    /// The longest interval the scheduler gives, in days.
    public var maximumIntervalDays: Int
    /// Local hour at which a study day begins (see `StudyClock`).
    public var dayRolloverHour: Int
    /// How answers turn into ratings.
    public var grading: ReviewGradingPolicy

    public init(
        parameters: FSRSParameters = .fsrs6Default, desiredRetention: Double = 0.9,
        learningSteps: [Double] = [], relearningSteps: [Double] = [], maximumIntervalDays: Int = 36_500,
        dayRolloverHour: Int = StudyClock.defaultRolloverHour, grading: ReviewGradingPolicy = ReviewGradingPolicy()
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumIntervalDays = maximumIntervalDays
        self.dayRolloverHour = dayRolloverHour
        self.grading = grading
    }

    /// Anki's (and py-fsrs's) default steps: 1 min and 10 min to learn, 10 min to relearn.
    public static let flashcardSteps = (learning: [60.0, 600.0], relearning: [600.0])

    /// The clock that turns instants into study days for a learner `utcOffsetSeconds` east of UTC.
    public func clock(utcOffsetSeconds: Int) -> StudyClock {
        StudyClock(utcOffsetSeconds: utcOffsetSeconds, rolloverHour: dayRolloverHour)
    }
}

extension ReviewSettings: Codable {
    private enum CodingKeys: String, CodingKey {
        case parameters, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays
        case dayRolloverHour, grading
    }

    /// Missing members take their defaults; values that would break the formulas are rejected.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ReviewSettings()
        parameters = try c.decodeIfPresent(FSRSParameters.self, forKey: .parameters) ?? defaults.parameters
        desiredRetention = try c.decodeIfPresent(Double.self, forKey: .desiredRetention) ?? defaults.desiredRetention
        guard desiredRetention > 0, desiredRetention < 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .desiredRetention, in: c,
                debugDescription: "desired retention must be between 0 and 1 (exclusive), found \(desiredRetention)")
        }
        learningSteps = try c.decodeIfPresent([Double].self, forKey: .learningSteps) ?? []
        relearningSteps = try c.decodeIfPresent([Double].self, forKey: .relearningSteps) ?? []
        guard (learningSteps + relearningSteps).allSatisfy({ $0.isFinite && $0 > 0 }) else {
            throw DecodingError.dataCorruptedError(
                forKey: .learningSteps, in: c, debugDescription: "learning steps must be positive numbers of seconds")
        }
        maximumIntervalDays = try c.decodeIfPresent(Int.self, forKey: .maximumIntervalDays)
            ?? defaults.maximumIntervalDays
        guard maximumIntervalDays >= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .maximumIntervalDays, in: c, debugDescription: "the maximum interval must be at least 1 day")
        }
        dayRolloverHour = try c.decodeIfPresent(Int.self, forKey: .dayRolloverHour) ?? defaults.dayRolloverHour
        guard (0...23).contains(dayRolloverHour) else {
            throw DecodingError.dataCorruptedError(
                forKey: .dayRolloverHour, in: c, debugDescription: "the day rollover hour must be 0…23")
        }
        grading = try c.decodeIfPresent(ReviewGradingPolicy.self, forKey: .grading) ?? defaults.grading
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(parameters, forKey: .parameters)
        try c.encode(desiredRetention, forKey: .desiredRetention)
        try c.encode(learningSteps, forKey: .learningSteps)
        try c.encode(relearningSteps, forKey: .relearningSteps)
        try c.encode(maximumIntervalDays, forKey: .maximumIntervalDays)
        try c.encode(dayRolloverHour, forKey: .dayRolloverHour)
        try c.encode(grading, forKey: .grading)
    }
}

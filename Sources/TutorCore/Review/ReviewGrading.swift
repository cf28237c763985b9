/// What happened when the learner answered one question, as the quiz engine saw it.
public struct AnswerOutcome: Hashable, Sendable {
    public var correct: Bool
    /// The question's time ran out before an answer.
    public var timedOut: Bool
    /// The learner asked for a hint before answering.
    public var usedHint: Bool
    /// Time spent on the question.
    public var seconds: Double
    /// The per-question time budget, if the question has one.
    public var budgetSeconds: Double?

    public init(correct: Bool, timedOut: Bool = false, usedHint: Bool = false, seconds: Double,
                budgetSeconds: Double? = nil) {
        self.correct = correct
        self.timedOut = timedOut
        self.usedHint = usedHint
        self.seconds = seconds
        self.budgetSeconds = budgetSeconds
    }
}

/// A rating together with the reason, in words the learner reads after answering.
public struct ReviewGrade: Hashable, Sendable {
    public var rating: ReviewRating
    /// Starts with "because", to follow "Next review in … — ".
    public var reason: String

    public init(rating: ReviewRating, reason: String) {
        self.rating = rating
        self.reason = reason
    }
}

/// Turns an answer's outcome into an FSRS rating, without asking the learner to rate themselves.
///
/// Wrong or timed out → Again; right → Good; right after a hint or over the time budget → Hard;
/// right within `easyFraction` of the budget → Easy (when enabled). The public srs-benchmark finds
/// that pass/fail grading loses little accuracy, so the Hard and Easy refinements are small nudges.
public struct ReviewGradingPolicy: Hashable, Sendable, Codable {
    /// Whether a fast right answer earns Easy.
    public var easyEnabled: Bool
    /// "Fast" means under this fraction of the budget (a third by default).
    public var easyFraction: Double

    public init(easyEnabled: Bool = true, easyFraction: Double = 1.0 / 3.0) {
        self.easyEnabled = easyEnabled
        self.easyFraction = easyFraction
    }

    private enum CodingKeys: String, CodingKey { case easyEnabled, easyFraction }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        easyEnabled = try c.decodeIfPresent(Bool.self, forKey: .easyEnabled) ?? true
        easyFraction = try c.decodeIfPresent(Double.self, forKey: .easyFraction) ?? 1.0 / 3.0
    }

    /// The rating for `outcome` and the reason for it.
    public func grade(_ outcome: AnswerOutcome) -> ReviewGrade {
        let spent = ReviewGradingPolicy.seconds(outcome.seconds)
        let budget = outcome.budgetSeconds.flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
        let budgetNote = budget.map { " (budget \(ReviewGradingPolicy.seconds($0)))" } ?? ""
        if outcome.timedOut {
            return ReviewGrade(rating: .again, reason: "because time ran out" + budgetNote)
        }
        if !outcome.correct {
            return ReviewGrade(rating: .again, reason: "because the answer was wrong")
        }
        if outcome.usedHint {
            return ReviewGrade(rating: .hard, reason: "because you answered correctly after a hint")
        }
        if let budget, outcome.seconds > budget {
            return ReviewGrade(rating: .hard, reason: "because you answered correctly but took \(spent)" + budgetNote)
        }
        if easyEnabled, let budget, outcome.seconds < budget * easyFraction {
            return ReviewGrade(rating: .easy, reason: "because you answered correctly and fast, in \(spent)" + budgetNote)
        }
        return ReviewGrade(rating: .good, reason: "because you answered correctly in \(spent)" + budgetNote)
    }

    /// `40 s`, `90 s`, `2 min 05 s`: whole seconds, rounded; minutes only from two minutes on, since
    /// budgets are usually set in seconds ("budget 90 s" reads better than "budget 1 min 30 s").
    static func seconds(_ value: Double) -> String {
        let total = value.isFinite ? max(0, Int(value.rounded())) : 0
        guard total >= 120 else { return "\(total) s" }
        let rest = total % 60
        return "\(total / 60) min " + (rest < 10 ? "0" : "") + "\(rest) s"
    }
}

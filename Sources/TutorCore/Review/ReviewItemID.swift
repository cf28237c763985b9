/// What a review item stands for, written as the item id in the schedule and the review log.
///
/// A static question is one item (`question:<question id>`); a generated question is different
/// every time, so the item is its template (`template:<generator name>`): what is remembered is
/// how to solve that kind of problem.
public enum ReviewItemID: Hashable, Sendable, Comparable, CustomStringConvertible {
    case question(String)
    case template(String)

    /// The id as stored: `question:<id>` or `template:<name>`.
    public var description: String {
        switch self {
        case .question(let id): "question:\(id)"
        case .template(let name): "template:\(name)"
        }
    }

    /// Reads a stored id; nil for any other text (such as ids from an older log format).
    public init?(_ text: String) {
        if text.hasPrefix("question:"), text.count > "question:".count {
            self = .question(String(text.dropFirst("question:".count)))
        } else if text.hasPrefix("template:"), text.count > "template:".count {
            self = .template(String(text.dropFirst("template:".count)))
        } else {
            return nil
        }
    }

    public static func < (lhs: ReviewItemID, rhs: ReviewItemID) -> Bool {
        lhs.description < rhs.description
    }

    /// The topics of every static question's item, from the question model: a question's own topics,
    /// or its quiz's topic when it lists none.
    public static func topics(of quizzes: [Quiz]) -> [String: [String]] {
        var topics: [String: [String]] = [:]
        for quiz in quizzes {
            for question in quiz.questions {
                let own = question.topics.isEmpty ? [quiz.topic] : question.topics
                topics[ReviewItemID.question(question.id).description, default: []] += own
            }
        }
        return topics.mapValues { Array(Set($0)).sorted() }
    }
}

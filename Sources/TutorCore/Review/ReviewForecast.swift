/// How many items fall due on one study day.
public struct DueDayCount: Hashable, Sendable {
    public var day: CivilDay
    public var count: Int

    public init(day: CivilDay, count: Int) {
        self.day = day
        self.count = count
    }
}

/// Predicted recall for one topic: the mean retrievability of its items.
public struct TopicRecall: Hashable, Sendable {
    public var topic: String
    /// Between 0 and 1.
    public var recall: Double
    /// How many items the mean is over.
    public var items: Int

    public init(topic: String, recall: Double, items: Int) {
        self.topic = topic
        self.recall = recall
        self.items = items
    }
}

extension ReviewSchedule {
    /// Items due on each of `days` study days starting today; today's count includes overdue items,
    /// since that is what the learner faces today.
    public func dueForecast(now: Double, utcOffsetSeconds: Int, days: Int = 14) -> [DueDayCount] {
        let clock = settings.clock(utcOffsetSeconds: utcOffsetSeconds)
        let today = clock.day(at: now)
        var counts = Array(repeating: 0, count: max(0, days))
        for card in cards.values {
            let offset = max(0, card.due.day(on: clock).ordinal - today.ordinal)
            if offset < counts.count { counts[offset] += 1 }
        }
        return counts.enumerated().map { DueDayCount(day: today.adding(days: $0.offset), count: $0.element) }
    }

    /// Predicted recall today, averaged per topic, sorted by topic.
    ///
    /// - Parameter topics: each item's topics by item id (see `ReviewItemID.topics(of:)`); items with
    ///   no entry are left out, and an item with several topics counts in each.
    public func predictedRecall(byTopic topics: [String: [String]], now: Double, utcOffsetSeconds: Int) -> [TopicRecall] {
        let today = settings.clock(utcOffsetSeconds: utcOffsetSeconds).day(at: now)
        var sums: [String: (total: Double, items: Int)] = [:]
        for (id, card) in cards {
            let recall = card.retrievability(on: today, parameters: settings.parameters)
            for topic in Set(topics[id] ?? []) {
                let sum = sums[topic] ?? (0, 0)
                sums[topic] = (sum.total + recall, sum.items + 1)
            }
        }
        return sums.keys.sorted().compactMap { topic in
            sums[topic].map { TopicRecall(topic: topic, recall: $0.total / Double($0.items), items: $0.items) }
        }
    }
}

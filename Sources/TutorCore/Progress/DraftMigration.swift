/// The step from the pre-release draft ("schema 0") to schema 1.
///
/// The draft had no `schemaVersion` (or `"schemaVersion": 0`) and flat members:
///
///     {"opened": {"intro": 3}, "scroll": {"intro": 40}, "finished": ["intro"],
///      "quizBest": {"basics": "4/5"}, "studySeconds": 3600, "days": ["2026-11-01"],
///      "skills": {"python": "yes" | "learning" | "no"}, "last": "menu" | "reader:intro:40" | "quiz:basics"}
///
/// It recorded no timestamps, attempts or per-day time: those start empty (days get 0 seconds).
/// Members the draft did not define are carried over as they are.
extension ProgressMigration {
    static let draftToVersion1 = ProgressMigration(
        from: 0, summary: "the draft format became schema 1 (sections, quizzes, skills and days as objects)"
    ) { document throws(ProgressMigrationError) in
        func fail(_ message: String) -> ProgressMigrationError {
            ProgressMigrationError(fromVersion: 0, message: message)
        }
        guard var draft = document.objectValue else { throw fail("the document is not an object") }
        func take(_ name: String) -> JSONValue? { draft.removeValue(forKey: name) }
        func object(_ name: String, _ value: JSONValue?) throws(ProgressMigrationError) -> [String: JSONValue] {
            guard let value else { return [:] }
            guard let members = value.objectValue else { throw fail("'\(name)' should be an object, found \(value.typeName)") }
            return members
        }
        func strings(_ name: String, _ value: JSONValue?) throws(ProgressMigrationError) -> [String] {
            guard let value else { return [] }
            guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
                throw fail("'\(name)' should be an array of strings")
            }
            return items.compactMap(\.stringValue)
        }
        _ = take("schemaVersion")

        var sections: [String: [String: JSONValue]] = [:]
        for (id, count) in try object("opened", take("opened")) {
            guard let count = count.intValue else { throw fail("'opened.\(id)' should be a whole number") }
            sections[id, default: [:]]["openCount"] = .int(count)
        }
        for (id, line) in try object("scroll", take("scroll")) {
            guard let line = line.intValue else { throw fail("'scroll.\(id)' should be a whole number") }
            sections[id, default: [:]]["scrollLine"] = .int(line)
        }
        for id in try strings("finished", take("finished")) {
            sections[id, default: [:]]["finished"] = .bool(true)
        }

        var quizzes: [String: JSONValue] = [:]
        for (id, best) in try object("quizBest", take("quizBest")) {
            let parts = best.stringValue?.split(separator: "/") ?? []
            guard parts.count == 2, let correct = Int(parts[0]), let total = Int(parts[1]) else {
                throw fail("'quizBest.\(id)' should look like \"4/5\"")
            }
            quizzes[id] = .object(["attempts": .array([]),
                                   "bestScore": .object(["correct": .int(correct), "total": .int(total)])])
        }

        var skills: [String: JSONValue] = [:]
        for (id, level) in try object("skills", take("skills")) {
            switch level.stringValue {
            case "yes": skills[id] = .string(SkillLevel.have.rawValue)
            case "learning": skills[id] = .string(SkillLevel.learning.rawValue)
            case "no": skills[id] = .string(SkillLevel.notYet.rawValue)
            default: throw fail("'skills.\(id)' should be \"yes\", \"learning\" or \"no\"")
            }
        }

        var seconds = 0.0
        if let value = take("studySeconds") {
            guard let number = value.doubleValue else { throw fail("'studySeconds' should be a number") }
            seconds = number
        }
        var days: [String: JSONValue] = [:]
        for day in try strings("days", take("days")) { days[day] = .int(0) }

        var place: JSONValue = .object(["screen": .string("menu")])
        if let last = take("last") {
            guard let text = last.stringValue else { throw fail("'last' should be a string") }
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            switch parts.first {
            case "reader" where parts.count >= 2:
                let line = parts.count >= 3 ? Int(parts[2]) ?? 0 : 0
                place = .object(["screen": .string("reader"), "section": .string(parts[1]), "line": .int(line)])
            case "quiz" where parts.count >= 2:
                place = .object(["screen": .string("quiz"), "quiz": .string(parts[1])])
            default:
                break
            }
        }

        var result = draft
        result["sections"] = .object(sections.mapValues { .object($0) })
        result["quizzes"] = .object(quizzes)
        result["skills"] = .object(skills)
        result["totalStudySeconds"] = .double(seconds)
        result["studyDays"] = .object(days)
        result["lastPlace"] = place
        result["reviewLog"] = .array([])
        return .object(result)
    }
}

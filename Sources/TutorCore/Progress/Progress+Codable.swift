extension Progress: Codable {
    /// The members of schemas 1 and 2, in file order.
    enum Member: String, CaseIterable {
        case schemaVersion, sections, quizzes, runningQuiz, lastPlace, skills, reviewLog
        case totalStudySeconds, studyDays, review
    }

    /// A coding key for any member name, so unknown members can be listed and written back.
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        func key(_ member: Member) -> AnyKey { AnyKey(member.rawValue) }
        // A missing version means the pre-release draft; the store migrates those before decoding,
        // so meeting one here is a caller decoding raw bytes directly: treat it as the draft number.
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: key(.schemaVersion)) ?? 0
        sections = try c.decodeIfPresent([String: SectionProgress].self, forKey: key(.sections)) ?? [:]
        quizzes = try c.decodeIfPresent([String: QuizProgress].self, forKey: key(.quizzes)) ?? [:]
        runningQuiz = try c.decodeIfPresent(RunningQuiz.self, forKey: key(.runningQuiz))
        lastPlace = try c.decodeIfPresent(LastPlace.self, forKey: key(.lastPlace)) ?? .menu
        skills = try c.decodeIfPresent([String: SkillLevel].self, forKey: key(.skills)) ?? [:]
        // A reference to a separate log file decodes as an empty log here: the store reads the file
        // (see `StoredProgress`), since a document alone cannot reach its neighbours.
        switch try c.decodeIfPresent(ReviewLogMember.self, forKey: key(.reviewLog)) {
        case .inline(let entries): reviewLog = entries
        case .reference, nil: reviewLog = []
        }
        totalStudySeconds = try c.decodeIfPresent(Double.self, forKey: key(.totalStudySeconds)) ?? 0
        studyDays = try c.decodeIfPresent([String: Double].self, forKey: key(.studyDays)) ?? [:]
        review = try c.decodeIfPresent(ReviewSchedule.self, forKey: key(.review)) ?? ReviewSchedule()
        let known = Set(Member.allCases.map(\.rawValue))
        var unknown: [String: JSONValue] = [:]
        for extra in c.allKeys where !known.contains(extra.stringValue) {
            unknown[extra.stringValue] = try c.decode(JSONValue.self, forKey: extra)
        }
        unknownMembers = unknown
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        func key(_ member: Member) -> AnyKey { AnyKey(member.rawValue) }
        try c.encode(schemaVersion, forKey: key(.schemaVersion))
        try c.encode(sections, forKey: key(.sections))
        try c.encode(quizzes, forKey: key(.quizzes))
        try c.encodeIfPresent(runningQuiz, forKey: key(.runningQuiz))
        try c.encode(lastPlace, forKey: key(.lastPlace))
        try c.encode(skills, forKey: key(.skills))
        // The store's document points at the log file and leaves out the cards, which the log
        // rebuilds; everything else (exports included) carries both inline.
        let reference = encoder.userInfo[ReviewLogReference.userInfoKey] as? ReviewLogReference
        if let reference {
            try c.encode(reference, forKey: key(.reviewLog))
        } else {
            try c.encode(reviewLog, forKey: key(.reviewLog))
        }
        try c.encode(totalStudySeconds, forKey: key(.totalStudySeconds))
        try c.encode(studyDays, forKey: key(.studyDays))
        if reference != nil {
            try c.encode(["settings": review.settings], forKey: key(.review))
        } else {
            try c.encode(review, forKey: key(.review))
        }
        let known = Set(Member.allCases.map(\.rawValue))
        for (name, value) in unknownMembers where !known.contains(name) {
            try c.encode(value, forKey: AnyKey(name))
        }
    }
}

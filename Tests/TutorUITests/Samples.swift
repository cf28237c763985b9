import TutorCore

/// Small sections for screen tests, built in code so each test shows exactly what it draws.
enum Samples {
    static let longBody = (1...30).map { "Paragraph \($0) has enough words in it to wrap at sixty columns of width, χ² included." }
        .joined(separator: "\n\n")

    static let sections = [
        Section(id: "intro", title: "Who is an ML engineer?", order: 10, body: "A short page.\n\n- one\n- two"),
        Section(id: "long", title: "A long section", order: 20, body: longBody),
        Section(id: "concept-chi", title: "Chi-square: χ² tests", order: 30, kind: .concept, body: "The χ² statistic: Σ (O − E)² / E."),
    ]
}

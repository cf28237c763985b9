import Testing
@testable import TutorCore

/// Searching section lines: folding of case and diacritics, match ranges, ordering and limits.
@Suite struct SearchIndexTests {
    static let index = SearchIndex(documents: [
        .init(id: "intro", title: "Who ML engineers are", lines: [
            "Who ML engineers are",
            "",
            "A résumé helps; so does a RESUME written in plain ASCII.",
            "Naïve Bayes is a classic first model.",
        ]),
        .init(id: "chi", title: "Chi-square tests", lines: [
            "The χ² statistic sums (O − E)² / E.",
            "Use a chi-square test for counts; the Χ² distribution has k − 1 degrees of freedom.",
            "Müller and Muller are the same name to the search.",
        ]),
    ])

    @Test func caseAndDiacriticsAreIgnored() {
        let hits = Self.index.hits(for: "resume")
        #expect(hits.map(\.line) == [2])
        // Both spellings on the line are found, each as its own range of characters.
        #expect(hits.first?.ranges == [2..<8, 26..<32])
        let text = hits.first?.text ?? ""
        let words = hits.first?.ranges.map { range in String(Array(text)[range]) }
        #expect(words == ["résumé", "RESUME"])
    }

    @Test func accentedQueryFindsPlainText() {
        let hits = Self.index.hits(for: "MÜLLER")
        #expect(hits.count == 1)
        #expect(hits.first?.sectionID == "chi")
        #expect(hits.first?.ranges == [0..<6, 11..<17])
        #expect(Self.index.hits(for: "naive").map(\.text) == ["Naïve Bayes is a classic first model."])
    }

    @Test func decomposedInputMatchesPrecomposedText() {
        // "é" typed as e + U+0301 (as some keyboards and files produce) still finds "résumé".
        let hits = Self.index.hits(for: "re\u{301}sume\u{301}")
        #expect(hits.map(\.line) == [2])
        #expect(hits.first?.range == 2..<8)
    }

    @Test func greekAndSuperscriptsAreMatchedExactly() {
        // Capital chi folds to small chi, so both lines with χ² and Χ² are found.
        let hits = Self.index.hits(for: "χ²")
        #expect(hits.map(\.line) == [0, 1])
        #expect(hits.map(\.range) == [4..<6, 38..<40])
        // "²" is not folded to "2": canonical decomposition only.
        #expect(Self.index.hits(for: "χ2").isEmpty)
    }

    @Test func punctuationInsideTheQueryCounts() {
        #expect(Self.index.hits(for: "chi-square").map(\.line) == [1])
        #expect(Self.index.hits(for: "chi square").isEmpty)
    }

    @Test func noHitsAndEmptyQueries() {
        #expect(Self.index.hits(for: "gradient").isEmpty)
        #expect(Self.index.hits(for: "").isEmpty)
        #expect(Self.index.hits(for: "   ").isEmpty)
        #expect(SearchIndex(documents: []).hits(for: "a").isEmpty)
    }

    @Test func surroundingSpacesOfTheQueryAreIgnored() {
        #expect(Self.index.hits(for: "  bayes ").map(\.line) == [3])
    }

    @Test func manyHitsComeInSectionAndLineOrderAndRespectTheLimit() {
        let lines = (0..<500).map { "line \($0): the mean of a sample" }
        let index = SearchIndex(documents: [
            .init(id: "b", title: "B", lines: lines),
            .init(id: "a", title: "A", lines: ["mean first", "no match", "MEAN again"]),
        ])
        let all = index.hits(for: "mean")
        #expect(all.count == 502)
        #expect(all.prefix(500).map(\.line) == Array(0..<500))
        #expect(all.suffix(2).map(\.sectionID) == ["a", "a"])
        #expect(all.suffix(2).map(\.line) == [0, 2])
        #expect(all.suffix(2).map(\.sectionTitle) == ["A", "A"])
        let limited = index.hits(for: "mean", limit: 10)
        #expect(limited.map(\.line) == Array(0..<10))
    }

    @Test func repeatedLettersDoNotOverlap() {
        #expect(SearchIndex.ranges(of: "aa", in: "aaaa") == [0..<2, 2..<4])
        #expect(SearchIndex.ranges(of: "ana", in: "banana") == [1..<4])
    }

    @Test func rangesCountCharactersNotScalars() {
        // A wide character and a decomposed é before the match: offsets are grapheme counts.
        #expect(SearchIndex.ranges(of: "x", in: "漢e\u{301}x") == [2..<3])
        #expect(SearchIndex.ranges(of: "E", in: "漢e\u{301}x") == [1..<2])
    }

    @Test func foldingMapsEveryScalarBackToItsCharacter() {
        let folded = SearchFolding.fold("Çà va")
        #expect(String(String.UnicodeScalarView(folded.scalars)) == "ca va")
        #expect(folded.origins == [0, 1, 2, 3, 4])
        #expect(folded.characterCount == 5)
    }
}

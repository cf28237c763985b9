import Testing
@testable import TutorUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("χ", 1), ("²", 1), ("—", 1), ("é", 1), ("漢", 2), ("字", 2), ("Ａ", 2), ("한", 2),
        ("x\u{0304}", 1), ("e\u{0301}", 1), ("\u{200B}", 0), ("🙂", 2), ("\u{2764}\u{FE0F}", 2),
    ])
    func widthOfCharacters(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func widthOfMixedString() {
        #expect(DisplayWidth.of("χ² = 3.2 漢字") == 13)
    }
}

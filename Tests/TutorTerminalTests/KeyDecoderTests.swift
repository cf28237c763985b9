import CNcurses
import Testing
import TutorUI
@testable import TutorTerminal

@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(3), Key.interrupt), (8, .backspace), (127, .backspace), (9, .tab), (13, .enter), (10, .enter),
        (27, .escape), (26, .control("z")), (1, .control("a")),
        (UInt32(Character("q").unicodeScalars.first?.value ?? 0), .character("q")),
        (0x3C7, .character("χ")), (0x6F22, .character("漢")),
    ])
    func decodesCharacters(value: UInt32, expected: Key) {
        #expect(KeyDecoder.decode(.character(value)) == expected)
    }

    @Test func decodesKeyCodes() {
        #expect(KeyDecoder.decode(.keyCode(KEY_UP)) == .up)
        #expect(KeyDecoder.decode(.keyCode(KEY_DOWN)) == .down)
        #expect(KeyDecoder.decode(.keyCode(KEY_LEFT)) == .left)
        #expect(KeyDecoder.decode(.keyCode(KEY_RIGHT)) == .right)
        #expect(KeyDecoder.decode(.keyCode(KEY_PPAGE)) == .pageUp)
        #expect(KeyDecoder.decode(.keyCode(KEY_NPAGE)) == .pageDown)
        #expect(KeyDecoder.decode(.keyCode(KEY_HOME)) == .home)
        #expect(KeyDecoder.decode(.keyCode(KEY_END)) == .end)
        #expect(KeyDecoder.decode(.keyCode(KEY_BACKSPACE)) == .backspace)
        #expect(KeyDecoder.decode(.keyCode(KEY_ENTER)) == .enter)
        #expect(KeyDecoder.decode(.keyCode(KEY_BTAB)) == .backTab)
        #expect(KeyDecoder.decode(.keyCode(mlt_key_f(5))) == .function(5))
        #expect(KeyDecoder.decode(.keyCode(KEY_MOUSE)) == .unknown(Int(KEY_MOUSE)))
    }
}

import CNcurses
import TutorUI

/// Maps what `wget_wch` returns to terminal-independent keys.
public enum KeyDecoder {
    /// One read from ncurses: a character, or a key code when `wget_wch` answered `KEY_CODE_YES`.
    public enum RawInput: Hashable, Sendable {
        case character(UInt32)
        case keyCode(Int32)
    }

    /// The key for a raw input, or nil for input that is not a key (a resize is handled apart).
    public static func decode(_ input: RawInput) -> Key {
        switch input {
        case let .character(value):
            return decodeCharacter(value)
        case let .keyCode(code):
            return decodeKeyCode(code)
        }
    }

    static func decodeCharacter(_ value: UInt32) -> Key {
        switch value {
        case 3: return .interrupt
        case 8, 127: return .backspace  // terminals disagree on which one Backspace sends
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(value + 96) ?? "?"))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(Int(value)) }
            return .character(Character(scalar))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        default:
            if code >= mlt_key_f(1) && code <= mlt_key_f(24) { return .function(Int(code - mlt_key_f(0))) }
            return .unknown(Int(code))
        }
    }
}

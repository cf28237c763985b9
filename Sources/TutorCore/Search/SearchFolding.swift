import Foundation

/// Folds text for matching: lower case, canonical decomposition, combining marks removed.
///
/// "École" and "ecole" fold to the same scalars, as do "Ü" and "u". Only canonical
/// decomposition is used, so "²" stays "²" and "χ²" never matches "χ2": a search finds what
/// the learner typed, not a looser cousin of it.
public enum SearchFolding {
    /// A folded line: its scalars, and for each scalar the `Character` offset it came from.
    public struct Folded: Hashable, Sendable {
        public var scalars: [Unicode.Scalar]
        /// `origins[i]` is the offset, in `Character`s of the original text, of `scalars[i]`.
        public var origins: [Int]
        /// How many `Character`s the original text has.
        public var characterCount: Int
    }

    /// Folds `text`, remembering where each folded scalar came from so matches map back.
    public static func fold(_ text: String) -> Folded {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        var offset = 0
        for character in text {
            // Folded one character at a time, so every folded scalar knows its source character.
            for scalar in fold(character) {
                scalars.append(scalar)
                origins.append(offset)
            }
            offset += 1
        }
        return Folded(scalars: scalars, origins: origins, characterCount: offset)
    }

    /// The folded scalars of one character (none for a lone combining mark).
    static func fold(_ character: Character) -> [Unicode.Scalar] {
        if let ascii = character.asciiValue {
            // Most text is ASCII; skip the Unicode machinery for it.
            let lowered = (ascii >= 65 && ascii <= 90) ? ascii + 32 : ascii
            return [Unicode.Scalar(lowered)]
        }
        let decomposed = character.lowercased().decomposedStringWithCanonicalMapping
        return decomposed.unicodeScalars.filter { !isCombiningMark($0) }
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}

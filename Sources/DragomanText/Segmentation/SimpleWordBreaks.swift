/// A token found in text before any string is made: its UTF-8 range in the text broken and its kind.
package struct TokenSpan: Equatable, Sendable {
    /// UTF-8 offset of the first byte.
    package var start: Int
    /// UTF-8 offset after the last byte.
    package var end: Int
    /// Word, number or punctuation.
    package var kind: Token.Kind
}

/// ICU's word boundaries (UAX #29 as ICU tailors it) for simple text, found without ICU.
///
/// Simple text is made only of letters (ASCII, Latin-1, the Arabic letters, `@`, which ICU counts as a letter),
/// digits (ASCII, Arabic-Indic, Extended Arabic-Indic), ASCII white space and punctuation that ICU never joins to
/// anything. In such text ICU's rules reduce to: a run of letters and digits is one token (WB5, WB8–WB10), a word
/// when its last character is a letter and a number when it is a digit (ICU reports the status of the rule that
/// matched last: `a1` is a number, `1a` a word); every punctuation mark is a token of its own (WB999); white space
/// is skipped. The marks that can join two letters or digits (`.` `,` `;` `'` `،` `٬` `‘` `’`: MidLetter, MidNum,
/// MidNumLet, Single_Quote) are simple only where they do not stand between two letters or digits. Any other
/// character (marks, format characters, joiners, `_` and other connectors, other scripts, emoji) makes the text not
/// simple, and ICU breaks it. `:` is plain punctuation in ICU's root rules, which take it out of MidLetter.
///
/// `Tokenizer` checks this against its own ICU iterator when it is created (`calibration`, where every accepted
/// character stands between letters and digits) and uses it only when they agree, so a locale or an ICU version
/// that joins any of these characters differently keeps ICU.
enum SimpleWordBreaks {
    /// What a character is to the fast path.
    enum Class: UInt8 {
        /// ALetter.
        case letter
        /// Numeric.
        case digit
        /// ASCII white space: never part of a token.
        case space
        /// Punctuation or a symbol that ICU never joins to a neighbour.
        case other
        /// Punctuation that ICU joins when it stands between two letters or two digits.
        case mid
        /// Anything else: ICU must break the text.
        case complex
    }

    /// The class of an ASCII scalar.
    static func asciiClass(_ value: UInt32) -> Class {
        switch value {
        case 0x61...0x7A, 0x41...0x5A, 0x40: return .letter  // a-z A-Z @
        case 0x30...0x39: return .digit
        case 0x09...0x0D, 0x20: return .space
        case 0x2E, 0x2C, 0x3B, 0x27: return .mid  // . , ; '
        case 0x21...0x2F, 0x3A...0x3F, 0x5B...0x5E, 0x60, 0x7B...0x7E: return .other
        default: return .complex  // controls, DEL, "_" (ExtendNumLet)
        }
    }

    /// The class of any scalar.
    static func classOf(_ value: UInt32) -> Class { value < 0x80 ? asciiClass(value) : nonASCIIClass(value) }

    /// The class of every scalar of one or two UTF-8 bytes (U+0000–U+07FF), for one load per character.
    static let shortClasses: [Class] = (0..<0x800).map { classOf(UInt32($0)) }

    /// The class of a non-ASCII scalar.
    @inline(__always)
    static func nonASCIIClass(_ value: UInt32) -> Class {
        switch value {
        case 0x0620...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x00C0...0x00D6, 0x00D8...0x00F6,
            0x00F8...0x00FF:
            return .letter
        case 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        case 0x060C, 0x060D, 0x066C, 0x2018, 0x2019: return .mid
        case 0x061B, 0x061F, 0x066A, 0x066D, 0x06D4, 0x00AB, 0x00BB, 0x00B0, 0x00D7, 0x00F7, 0x2010...0x2015,
            0x201C...0x201E, 0x2022, 0x2026, 0x2030:
            return .other
        default: return .complex
        }
    }

    /// Appends the tokens of the UTF-8 `range` of `bytes` (valid UTF-8) to `spans` and returns true, or returns
    /// false, leaving `spans` in any state, when the text is not simple.
    static func spans(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into spans: inout [TokenSpan]) -> Bool {
        shortClasses.withUnsafeBufferPointer { classes in scan(bytes, range, classes, into: &spans) }
    }

    @inline(__always)
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ classes: UnsafeBufferPointer<Class>,
        into spans: inout [TokenSpan]
    ) -> Bool {
        var index = range.lowerBound
        let end = range.upperBound
        // The letters and digits being read (start -1: none), and whether the last was a digit.
        var runStart = -1
        var runEndsWithDigit = false
        // Whether the previous character is a `mid` that follows a letter or digit.
        var midAfterRun = false
        while index < end {
            let lead = bytes[index]
            let kind: Class
            let length: Int
            if lead < 0x80 {
                kind = classes[Int(lead)]
                length = 1
            } else if lead < 0xE0 {
                kind = classes[Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)]
                length = 2
            } else if lead == 0xE2 {
                kind = nonASCIIClass(
                    UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
                length = 3
            } else {
                return false
            }
            switch kind {
            case .letter, .digit:
                // A mid between two letters or digits may join them (WB6, WB7, WB11, WB12): ICU decides.
                if midAfterRun { return false }
                if runStart < 0 { runStart = index }
                runEndsWithDigit = kind == .digit
                index += length
                // The rest of the run, while its characters take one or two bytes: the common case, in a loop of
                // its own.
                while index < end {
                    let next = bytes[index]
                    let nextKind: Class
                    if next < 0x80 {
                        nextKind = classes[Int(next)]
                        guard nextKind == .letter || nextKind == .digit else { break }
                        index += 1
                    } else if next < 0xE0 {
                        nextKind = classes[Int(next & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)]
                        guard nextKind == .letter || nextKind == .digit else { break }
                        index += 2
                    } else {
                        break
                    }
                    runEndsWithDigit = nextKind == .digit
                }
                continue
            case .space, .other, .mid:
                midAfterRun = kind == .mid && runStart >= 0
                if runStart >= 0 {
                    spans.append(TokenSpan(start: runStart, end: index, kind: runEndsWithDigit ? .number : .word))
                    runStart = -1
                }
                if kind != .space { spans.append(TokenSpan(start: index, end: index + length, kind: .punctuation)) }
            case .complex:
                return false
            }
            index += length
        }
        if runStart >= 0 {
            spans.append(TokenSpan(start: runStart, end: end, kind: runEndsWithDigit ? .number : .word))
        }
        return true
    }
}

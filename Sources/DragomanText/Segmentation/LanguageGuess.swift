import DragomanICU
import Synchronization

/// Guesses a language from the scripts of the letters in a text, with ICU's script property and CLDR likely
/// subtags: Arabic script → "ar", Latin → "en", Cyrillic → "ru", and so on; "und" when there are no letters.
///
/// Script does not tell Persian from Arabic or French from English; this is the text layer's cheap first guess,
/// which callers can override (`--lang`).
enum LanguageGuess {
    /// Script codes with fast paths, so the common cases make no ICU call.
    static let arabic: Int32 = 2  // USCRIPT_ARABIC
    static let latin: Int32 = 25  // USCRIPT_LATIN

    private static let cache = Mutex<[Int32: String]>([:])

    @inline(__always)
    static func script(of value: UInt32) -> Int32? {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return latin
        case 0x0621...0x063A, 0x0641...0x064A, 0x0671...0x06D3, 0x06FA...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF,
            0xFE70...0xFEFC:
            return arabic
        case 0...0x7F, 0x0600...0x06FF: return nil
        default:
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return nil }
            let script = ScriptData.script(of: scalar)
            return script <= ScriptData.inherited ? nil : script
        }
    }

    /// Letters counted by script.
    struct Counts {
        var arabic = 0
        var latin = 0
        var others: [Int32: Int] = [:]

        static func += (lhs: inout Counts, rhs: Counts) {
            lhs.arabic += rhs.arabic
            lhs.latin += rhs.latin
            for (script, count) in rhs.others { lhs.others[script, default: 0] += count }
        }

        /// The likely language of the most frequent script, or "und" without letters.
        var language: String {
            var best: (script: Int32, count: Int) = (LanguageGuess.arabic, arabic)
            if latin > best.count { best = (LanguageGuess.latin, latin) }
            for (script, count) in others where count > best.count { best = (script, count) }
            guard best.count > 0 else { return "und" }
            return LanguageGuess.language(ofScript: best.script)
        }
    }

    /// The language of the letters in `range` of UTF-8 `bytes`.
    static func language(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> String {
        counts(of: bytes, in: range).language
    }

    /// The letters of `range` of UTF-8 `bytes`, counted by script.
    static func counts(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Counts {
        quickCounts(of: bytes, in: range) ?? exactCounts(of: bytes, in: range)
    }

    /// The counts of text made of ASCII, the common Arabic block (U+0600–U+066F) and general punctuation, eight
    /// bytes at a time; nil when anything else occurs (then `exactCounts` decides).
    static func quickCounts(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Counts? {
        var latin = 0
        var arabic = 0
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let word = ByteScan.load(bytes, index)
            // Lane i of `next` holds the byte after lane i.
            let after = index + 8 < range.upperBound ? UInt64(bytes[index + 8]) : 0
            let next = word >> 8 | after << 56
            let lanes = Lanes(word: word, next: next)
            if lanes.other != 0 { return nil }
            latin += lanes.latin.nonzeroBitCount
            arabic += lanes.arabic.nonzeroBitCount
            index += 8
        }
        while index < range.upperBound {
            let word = UInt64(bytes[index])
            let next = index + 1 < range.upperBound ? UInt64(bytes[index + 1]) : 0
            let lanes = Lanes(word: word, next: next)
            if lanes.other & 0x80 != 0 { return nil }
            latin += (lanes.latin & 0x80).nonzeroBitCount
            arabic += (lanes.arabic & 0x80).nonzeroBitCount
            index += 1
        }
        var counts = Counts()
        counts.latin = latin
        counts.arabic = arabic
        return counts
    }

    /// Per-lane tests on eight bytes at once: the high bit of each lane answers for that byte (SWAR).
    private struct Lanes {
        /// Lanes holding an ASCII letter.
        let latin: UInt64
        /// Lanes holding the lead byte of an Arabic letter U+0621–U+063A (D8 A1–BA) or U+0641–U+064A (D9 81–8A).
        let arabic: UInt64
        /// Lanes holding any other lead byte, except U+2000–U+203F (E2 80: spaces, dashes, quotes), the no-break
        /// space and guillemets (C2 A0, AB, BB), and the rest of U+0600–U+066F.
        let other: UInt64

        @inline(__always)
        init(word: UInt64, next: UInt64) {
            let folded = (word & ByteScan.lows) | (ByteScan.ones &* 0x20)
            latin = ByteScan.atLeast(folded, 0x61) & ~ByteScan.atLeast(folded, 0x7B) & ~word & ByteScan.highs
            let d8 = ByteScan.equal(word, 0xD8)
            let d9 = ByteScan.equal(word, 0xD9)
            let nextLow = next & ByteScan.lows
            let nextContinues = ByteScan.continuationLanes(next)
            let d8Letter = ByteScan.atLeast(nextLow, 0x21) & ~ByteScan.atLeast(nextLow, 0x3B)
            let d9Letter = ByteScan.atLeast(nextLow, 0x01) & ~ByteScan.atLeast(nextLow, 0x0B)
            arabic = ((d8 & d8Letter) | (d9 & d9Letter)) & nextContinues
            let lead = word & (word << 1) & ByteScan.highs  // 11xxxxxx
            let punctuation =
                (ByteScan.equal(word, 0xE2) & ByteScan.equal(next, 0x80))
                | (ByteScan.equal(word, 0xC2)
                    & (ByteScan.equal(next, 0xA0) | ByteScan.equal(next, 0xAB) | ByteScan.equal(next, 0xBB)))
            // D9 B0–BF is U+0670–U+067F: the superscript alef and letters beyond the common block.
            other = (lead & ~(d8 | d9 | punctuation)) | (d9 & ByteScan.atLeast(nextLow, 0x30))
        }
    }

    /// The letters of `range`, scalar by scalar.
    static func exactCounts(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Counts {
        var counts = Counts()
        var index = range.lowerBound
        while index < range.upperBound {
            let lead = bytes[index]
            // Fast paths on the lead byte: ASCII, and two-byte Arabic letters (U+0621–U+063A, U+0641–U+064A:
            // lead 0xD8 with 0xA1–0xBA, lead 0xD9 with 0x81–0x8A).
            if lead < 0x80 {
                if (lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A { counts.latin += 1 }
                index += 1
                continue
            }
            if lead == 0xD8 || lead == 0xD9, index + 1 < range.upperBound {
                let second = bytes[index + 1]
                if (lead == 0xD8 && second >= 0xA1 && second <= 0xBA)
                    || (lead == 0xD9 && second >= 0x81 && second <= 0x8A)
                {
                    counts.arabic += 1
                    index += 2
                    continue
                }
            }
            let (value, length) = decodeScalar(bytes, at: index)
            index += length
            guard let script = script(of: value) else { continue }
            if script == arabic {
                counts.arabic += 1
            } else if script == latin {
                counts.latin += 1
            } else {
                counts.others[script, default: 0] += 1
            }
        }
        return counts
    }

    static func language(ofScript script: Int32) -> String {
        if let known = cache.withLock({ $0[script] }) { return known }
        let language = ScriptData.likelyLanguage(of: script)
        cache.withLock { $0[script] = language }
        return language
    }
}

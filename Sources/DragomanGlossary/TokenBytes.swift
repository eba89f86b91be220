package import DragomanText

/// The `match` forms of a segment's tokens as one byte buffer, with each token's hash: what the hot loop reads.
package struct TokenBytes {
    var bytes: [UInt8] = []
    var starts: [Int] = [0]
    var hashes: [UInt64] = []
    /// Whether the token is a word that starts with an Arabic letter (clitic rules apply).
    var arabic: [Bool] = []
    /// Whether the original token ends with ة (harakat and tatweel after it aside): the `match` form folds ة into
    /// ه, and an entry marked `teh_marbuta=exact` needs the difference.
    var endsWithTehMarbuta: [Bool] = []
    /// Quotes and brackets, which a multiword term may hold around a word inside it: 0 none, 1 a quote mark (opens
    /// or closes), 2 an opening bracket, 3 a closing bracket.
    var mark: [UInt8] = []

    package init(_ tokens: [Token]) {
        bytes.reserveCapacity(tokens.count * 10)
        hashes.reserveCapacity(tokens.count)
        arabic.reserveCapacity(tokens.count)
        endsWithTehMarbuta.reserveCapacity(tokens.count)
        mark.reserveCapacity(tokens.count)
        for token in tokens {
            var match = token.match
            var isArabic = false
            var kind: UInt8 = 0
            match.withUTF8 { buffer in
                bytes.append(contentsOf: buffer)
                hashes.append(SurfaceTable.hash(buffer))
                isArabic = token.kind == .word && buffer.count >= 2 && (buffer[0] == 0xD8 || buffer[0] == 0xD9)
                if token.kind == .punctuation && buffer.count <= 3 { kind = Self.mark(buffer) }
            }
            arabic.append(isArabic)
            endsWithTehMarbuta.append(isArabic && Self.endsWithTehMarbuta(token.text))
            mark.append(kind)
            starts.append(bytes.count)
        }
    }

    /// Whether `text` ends with ة, marks (harakat, tatweel) after it aside.
    static func endsWithTehMarbuta(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640: continue
            default: return scalar.value == 0x0629
            }
        }
        return false
    }

    /// The kind of a punctuation token (its UTF-8 bytes, at most three) as a quote or bracket (see `mark`): " “ ” „
    /// « » ' ‘ ’ / are quotes, ( [ { ﴾ open, ) ] } ﴿ close. Compared as bytes (none of them has another canonical
    /// form): a `switch` over `String`s compared each case through Unicode normalization.
    static func mark(_ punctuation: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var code: UInt32 = 0
        for byte in punctuation { code = code << 8 | UInt32(byte) }
        switch code {
        case 0x22, 0xE2_809C, 0xE2_809D, 0xE2_809E, 0xC2AB, 0xC2BB, 0x27, 0xE2_8098, 0xE2_8099, 0x2F: return 1
        case 0x28, 0x5B, 0x7B, 0xEF_B4BE: return 2
        case 0x29, 0x5D, 0x7D, 0xEF_B4BF: return 3
        default: return 0
        }
    }

    var count: Int { hashes.count }

    /// The byte length of token `index`'s `match` form.
    @inline(__always) func length(_ index: Int) -> Int { starts[index + 1] - starts[index] }

    /// Calls `body` with the bytes of token `index` from byte offset `skip`.
    @inline(__always)
    func withToken<R>(_ index: Int, skip: Int = 0, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[(starts[index] + skip)..<starts[index + 1]]))
        }
    }
}

extension ArabicClitics {
    /// The byte-level twin of `readings(of:)` for the hot loop: (bytes stripped, article) pairs, at most 16.
    @inline(__always)
    static func readings(_ word: UnsafeBufferPointer<UInt8>, into out: inout [(stripped: Int, article: Bool)]) {
        out.removeAll(keepingCapacity: true)
        let n = word.count
        @inline(__always) func letter(_ i: Int) -> UInt16 {
            i + 1 < n ? UInt16(word[i]) << 8 | UInt16(word[i + 1]) : 0
        }
        @inline(__always) func add(_ stripped: Int, _ article: Bool) {
            guard n - stripped >= 2 * minimumCore else { return }
            for existing in out where existing.stripped == stripped && existing.article == article { return }
            out.append((stripped, article))
        }
        let waw: UInt16 = 0xD988, fa: UInt16 = 0xD981, ba: UInt16 = 0xD8A8, kaf: UInt16 = 0xD983
        let lam: UInt16 = 0xD984, alef: UInt16 = 0xD8A7
        for conjunction in [0, waw, fa] {
            var position = 0
            if conjunction != 0 {
                guard letter(0) == conjunction else { continue }
                position = 2
            }
            for preposition in [0, ba, kaf, lam] {
                var at = position
                if preposition != 0 {
                    guard letter(at) == preposition else { continue }
                    at += 2
                }
                add(at, false)
                if letter(at) == alef && letter(at + 2) == lam { add(at + 4, true) }
                if preposition == lam && letter(at) == lam { add(at + 2, true) }
            }
        }
    }
}

package import DragomanText

/// The `match` forms of a segment's tokens as one byte buffer, with each token's hash: what the hot loop reads.
package struct TokenBytes {
    var bytes: [UInt8] = []
    var starts: [Int] = [0]
    var hashes: [UInt64] = []
    /// Whether the token is a word that starts with an Arabic letter (clitic rules apply).
    var arabic: [Bool] = []

    package init(_ tokens: [Token]) {
        bytes.reserveCapacity(tokens.count * 10)
        hashes.reserveCapacity(tokens.count)
        for token in tokens {
            var match = token.match
            match.withUTF8 { buffer in
                bytes.append(contentsOf: buffer)
                hashes.append(SurfaceTable.hash(buffer))
                arabic.append(token.kind == .word && buffer.count >= 2 && (buffer[0] == 0xD8 || buffer[0] == 0xD9))
            }
            starts.append(bytes.count)
        }
    }

    var count: Int { hashes.count }

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

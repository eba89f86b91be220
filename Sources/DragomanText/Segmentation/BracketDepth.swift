/// Nesting depth of quotes and brackets in a paragraph, so that a sentence break inside a quotation can be undone.
///
/// Only pairs that balance over the whole paragraph count: a stray quote (common in scraped news) must not glue the
/// rest of the paragraph into one sentence. ASCII double quotes count only when their number is even.
struct BracketDepth {
    private static let pairs: [(open: UInt32, close: UInt32)] = [
        (0x28, 0x29), (0x5B, 0x5D), (0x7B, 0x7D), (0xAB, 0xBB), (0x201C, 0x201D),
    ]
    /// (offset, depth after the scalar at offset) at every bracket, in order.
    private var changes: [(offset: Int, depth: Int)] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var counts = [Int](repeating: 0, count: Self.pairs.count)
        var valid = [Bool](repeating: true, count: Self.pairs.count)
        var quotes = 0
        var events: [(offset: Int, kind: Int, delta: Int)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            // Brackets and quotes are ASCII, C2 xx (« ») or E2 80 xx (“ ”). Every other byte is passed without
            // decoding: no byte of a multi-byte sequence is ASCII, and C2 and E2 only ever lead one, so a byte
            // that may start a bracket is always where a scalar starts. (Decoding every ASCII scalar and searching
            // the pairs for it, at every space, was 3% of `summarize`.)
            guard Self.mayStartBracket(bytes[index]) else {
                index += 1
                continue
            }
            let (value, length) = decodeScalar(bytes, at: index)
            if value == 0x22 {
                quotes += 1
                events.append((index + length, -1, 0))
            } else if let pair = Self.pairs.firstIndex(where: { $0.open == value || $0.close == value }) {
                let delta = Self.pairs[pair].open == value ? 1 : -1
                counts[pair] += delta
                if counts[pair] < 0 { valid[pair] = false }
                events.append((index + length, pair, delta))
            }
            index += length
        }
        for pair in counts.indices where counts[pair] != 0 { valid[pair] = false }
        let quotesValid = quotes % 2 == 0
        var depth = 0
        var insideQuote = false
        for event in events {
            if event.kind == -1 {
                guard quotesValid else { continue }
                insideQuote.toggle()
                depth += insideQuote ? 1 : -1
            } else {
                guard valid[event.kind] else { continue }
                depth += event.delta
            }
            changes.append((event.offset, depth))
        }
    }

    /// Whether `byte` is the first byte of a quote, a bracket, « or » (C2) or “ or ” (E2).
    @inline(__always)
    private static func mayStartBracket(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x22, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0xC2, 0xE2: true
        default: false
        }
    }

    /// Whether the position `offset` lies inside a balanced pair.
    func isInside(at offset: Int) -> Bool {
        // The last change at or before `offset` (changes are in text order): a binary search, so a long paragraph
        // with many sentences and brackets stays linear overall.
        var low = 0
        var high = changes.count
        while low < high {
            let middle = (low + high) / 2
            if changes[middle].offset <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 && changes[low - 1].depth > 0
    }
}

/// Normalized text that remembers where every byte came from.
///
/// Matching happens on `text`; reporting always goes back through `originalRange(of:)` to the original text, so a
/// translator sees what was written, never the normalized form.
public struct NormalizedText: Sendable {
    /// The normalized text.
    public let text: String
    /// For each UTF-8 byte of `text`, the UTF-8 range in the original it came from.
    let originStart: [Int32]
    let originEnd: [Int32]
    /// Where the original text starts and ends (UTF-8), for mapping empty ranges and the end of text.
    let originBounds: Range<Int>

    init(text: String, originStart: [Int32], originEnd: [Int32], originBounds: Range<Int>) {
        self.text = text
        self.originStart = originStart
        self.originEnd = originEnd
        self.originBounds = originBounds
    }

    /// The UTF-8 range in the original text that produced the normalized UTF-8 range `range`.
    ///
    /// A normalized character that came from several original ones (a presentation-form ligature, a letter with
    /// removed harakat) maps to all of them, and characters removed just after the range are included, so the
    /// original range always covers what was written.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= originStart.count, "range outside normalized text")
        if range.isEmpty {
            let point =
                range.lowerBound < originStart.count ? Int(originStart[range.lowerBound]) : originBounds.upperBound
            return point..<point
        }
        // Characters removed by normalization right after the range (harakat, tatweel, marks) belong to it: the
        // original of "الامين" in "الأمينُ" is the whole word, with its final damma.
        let end = Int(originEnd[range.upperBound - 1])
        let next = range.upperBound < originStart.count ? Int(originStart[range.upperBound]) : originBounds.upperBound
        return Int(originStart[range.lowerBound])..<max(end, next)
    }

    /// The original offset where normalized byte `offset` starts (or the end of the original for the end).
    public func originalOffset(of offset: Int) -> Int {
        offset < originStart.count ? Int(originStart[offset]) : originBounds.upperBound
    }

    /// The normalized UTF-8 range that came from the original range `range` (the inverse of
    /// `originalRange(of:)`): every normalized byte whose origin starts inside it.
    public func normalizedRange(ofOriginal range: Range<Int>) -> Range<Int> {
        func firstIndex(startingAtOrAfter offset: Int) -> Int {
            var low = 0
            var high = originStart.count
            while low < high {
                let middle = (low + high) / 2
                if Int(originStart[middle]) < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let lower = firstIndex(startingAtOrAfter: range.lowerBound)
        return lower..<max(lower, firstIndex(startingAtOrAfter: range.upperBound))
    }

    /// The normalized text of a normalized UTF-8 range.
    public func text(in range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return text[start..<utf8.index(start, offsetBy: range.count)]
    }
}

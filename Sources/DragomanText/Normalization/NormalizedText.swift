/// Normalized text that remembers where every byte came from.
///
/// Matching happens on `text`; reporting always goes back through `originalRange(of:)` to the original text, so a
/// translator sees what was written, never the normalized form.
public struct NormalizedText: Sendable {
    /// The normalized text.
    public let text: String
    /// Where each byte of `text` came from in the original.
    let map: OffsetMap
    /// Where the original text starts and ends (UTF-8), for mapping empty ranges and the end of text.
    let originBounds: Range<Int>

    init(text: String, map: OffsetMap, originBounds: Range<Int>) {
        self.text = text
        self.map = map
        self.originBounds = originBounds
    }

    /// The UTF-8 range in the original text that produced the normalized UTF-8 range `range`.
    ///
    /// A normalized character that came from several original ones (a presentation-form ligature, a letter with
    /// removed harakat) maps to all of them, and characters removed just after the range are included, so the
    /// original range always covers what was written.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= map.count, "range outside normalized text")
        return withBytes { bytes in
            if range.isEmpty {
                let point = originStart(range.lowerBound, bytes)
                return point..<point
            }
            // Characters removed by normalization right after the range (harakat, tatweel, marks) belong to it: the
            // original of "الامين" in "الأمينُ" is the whole word, with its final damma.
            let end = map.originEnd(at: range.upperBound - 1, bytes: bytes)
            return map.originStart(at: range.lowerBound, bytes: bytes)..<max(end, originStart(range.upperBound, bytes))
        }
    }

    /// The original offset where normalized byte `offset` starts (or the end of the original for the end).
    public func originalOffset(of offset: Int) -> Int {
        withBytes { originStart(offset, $0) }
    }

    /// The normalized UTF-8 range that came from the original range `range` (the inverse of
    /// `originalRange(of:)`): every normalized byte whose origin starts inside it.
    public func normalizedRange(ofOriginal range: Range<Int>) -> Range<Int> {
        withBytes { bytes in
            let lower = map.firstNormalized(originAtOrAfter: range.lowerBound, bytes: bytes)
            return lower..<max(lower, map.firstNormalized(originAtOrAfter: range.upperBound, bytes: bytes))
        }
    }

    private func originStart(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        offset < map.count ? map.originStart(at: offset, bytes: bytes) : originBounds.upperBound
    }

    /// Runs `body` on the UTF-8 of `text` (native strings are contiguous: no copy).
    @inline(__always)
    private func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The normalized text of a normalized UTF-8 range.
    public func text(in range: Range<Int>) -> Substring {
        text.slice(utf8: range)
    }
}

import DragomanICU

/// Splits text into tokens with ICU word breaks, on the `match` normalization, mapping each token back to the
/// original text.
///
/// Breaking the normalized text means harakat, tatweel and presentation forms never split a word; the offset map
/// gives every token its exact original span. Owns an ICU iterator, so it is not `Sendable`: use one per task.
public final class Tokenizer {
    private let breaker: BreakIterator
    private let normalizer: Normalizer
    /// Scratch UTF-16 for ICU and the normalized UTF-8 offset of each unit, reused across calls.
    private var units = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
    private var unitOffsets = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private var capacity = 0

    /// A tokenizer for an ICU locale (word breaks differ little between the languages Dragoman handles).
    public init(locale: String = "", rules: NormalizationRules = .match) throws(TextError) {
        do { breaker = try BreakIterator(.word, locale: locale) } catch { throw .icu(error.description) }
        normalizer = Normalizer(rules: rules)
    }

    deinit {
        units.deallocate()
        unitOffsets.deallocate()
    }

    /// The tokens of a segment, with offsets into its document. Normalizes the segment's text; prefer
    /// `tokens(of:in:)`, which reuses the document's normalization.
    public func tokens(of segment: Segment) -> [Token] {
        tokens(of: segment.text, base: segment.range.lowerBound)
    }

    /// The tokens of a segment of `document`, from the document's `match` normalization (no work repeated).
    public func tokens(of segment: Segment, in document: Document) -> [Token] {
        let normalized = document.normalized
        guard normalizer.rules == .match else { return tokens(of: segment) }
        var original = document.source.text
        return original.withUTF8 { originalBytes in
            tokens(
                normalized, range: normalized.normalizedRange(ofOriginal: segment.range), original: originalBytes,
                originalBase: 0, originalLimit: segment.range.upperBound)
        }
    }

    /// The tokens of `text`; offsets are UTF-8 offsets into `text` plus `base`.
    public func tokens(of text: String, base: Int = 0) -> [Token] {
        let normalized = normalizer.normalize(text, base: base)
        var original = text
        return original.withUTF8 { originalBytes in
            tokens(
                normalized, range: 0..<normalized.text.utf8.count, original: originalBytes, originalBase: base,
                originalLimit: base + originalBytes.count)
        }
    }

    /// Tokens of the normalized UTF-8 `range`; `original` holds the original text whose offset 0 is `originalBase`;
    /// no token reaches past `originalLimit`.
    private func tokens(
        _ normalized: NormalizedText, range: Range<Int>, original: UnsafeBufferPointer<UInt8>, originalBase: Int,
        originalLimit: Int
    ) -> [Token] {
        var normalizedText = normalized.text
        return normalizedText.withUTF8 { bytes in
            if range.count + 1 > capacity {
                units.deallocate()
                unitOffsets.deallocate()
                capacity = max(range.count + 1, capacity * 2)
                units = .allocate(capacity: capacity)
                unitOffsets = .allocate(capacity: capacity)
            }
            var count = 0
            var index = range.lowerBound
            while index < range.upperBound {
                let (value, length) = decodeScalar(bytes, at: index)
                if value > 0xFFFF {
                    let v = value - 0x10000
                    units[count] = UInt16(0xD800 + (v >> 10))
                    units[count + 1] = UInt16(0xDC00 + (v & 0x3FF))
                    unitOffsets[count] = Int32(truncatingIfNeeded: index)
                    unitOffsets[count + 1] = Int32(truncatingIfNeeded: index)
                    count += 2
                } else {
                    units[count] = UInt16(value)
                    unitOffsets[count] = Int32(truncatingIfNeeded: index)
                    count += 1
                }
                index += length
            }
            unitOffsets[count] = Int32(truncatingIfNeeded: range.upperBound)

            var result: [Token] = []
            var previous = 0
            let unitOffsets = self.unitOffsets
            breaker.forEachBoundary(of: UnsafeBufferPointer(start: units, count: count)) { boundary, status in
                guard boundary > 0 else { return }
                defer { previous = boundary }
                let start = Int(unitOffsets[previous])
                let end = Int(unitOffsets[boundary])
                let kind: Token.Kind
                switch status {
                case 100..<200: kind = .number
                case 200..<500: kind = .word
                default:
                    // "None": spaces are skipped, anything else is punctuation or a symbol.
                    var blank = true
                    for k in start..<end where !isSpaceLike(UInt32(bytes[k])) || bytes[k] >= 0x80 {
                        blank = false
                        break
                    }
                    if blank { return }
                    kind = .punctuation
                }
                // The original span, within the text asked for.
                var originalRange = normalized.originalRange(of: start..<end)
                if originalRange.upperBound > originalLimit {
                    originalRange = originalRange.lowerBound..<max(originalRange.lowerBound, originalLimit)
                }
                let from = originalRange.lowerBound - originalBase
                let to = originalRange.upperBound - originalBase
                result.append(
                    Token(
                        range: originalRange,
                        text: String(decoding: UnsafeBufferPointer(rebasing: original[from..<to]), as: UTF8.self),
                        match: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                        kind: kind))
            }
            return result
        }
    }
}

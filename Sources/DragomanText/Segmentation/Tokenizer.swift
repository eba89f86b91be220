import DragomanICU

/// Splits text into tokens with ICU word breaks, on the `match` normalization, mapping each token back to the
/// original text.
///
/// Breaking the normalized text means harakat, tatweel and presentation forms never split a word; the offset map
/// gives every token its exact original span. Owns an ICU iterator, so it is not `Sendable`: use one per task.
public final class Tokenizer {
    private let breaker: BreakIterator
    private let normalizer: Normalizer
    /// UTF-16 of the normalized text for ICU, reused across calls.
    private let scratch = UTF16Scratch()

    /// A tokenizer for an ICU locale (word breaks differ little between the languages Dragoman handles).
    public init(locale: String = "", rules: NormalizationRules = .match) throws(TextError) {
        do { breaker = try BreakIterator(.word, locale: locale) } catch { throw .icu(error.description) }
        normalizer = Normalizer(rules: rules)
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
            let count = scratch.fill(bytes, range)

            var result: [Token] = []
            var previous = 0
            let unitOffsets = scratch.offsets
            breaker.forEachBoundary(of: scratch.buffer(count)) { boundary, status in
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

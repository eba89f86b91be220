import DragomanICU

/// Splits text into tokens with ICU word breaks, on the `match` normalization, mapping each token back to the
/// original text.
///
/// Breaking the normalized text means harakat, tatweel and presentation forms never split a word; the offset map
/// gives every token its exact original span. Text made only of letters, digits, white space and plain punctuation is
/// broken without ICU, with the same result (`SimpleWordBreaks`). Owns an ICU iterator, so it is not `Sendable`: use
/// one per task.
public final class Tokenizer {
    private let breaker: BreakIterator
    private let normalizer: Normalizer
    /// UTF-16 of the normalized text for ICU, reused across calls.
    private let scratch = UTF16Scratch()
    /// Token spans of the text being broken, reused across calls.
    private var spanBuffer: [TokenSpan] = []
    /// Whether simple text is broken without ICU: true when `SimpleWordBreaks` agrees with this iterator.
    private(set) var breaksSimpleText = false

    /// A tokenizer for an ICU locale (word breaks differ little between the languages Dragoman handles).
    public init(locale: String = "", rules: NormalizationRules = .match) throws(TextError) {
        do { breaker = try BreakIterator(.word, locale: locale) } catch { throw .icu(error.description) }
        normalizer = Normalizer(rules: rules)
        breaksSimpleText = SimpleWordBreaks.agrees(with: self, locale: locale)
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

    /// Calls `body` with the normalized form (UTF-8, valid only during the call) and the kind of each token of a
    /// segment of `document`, in order, making no strings: what statistics over many documents need. Uses the
    /// document's `match` normalization when this tokenizer's rules are `match`.
    package func forEachToken(
        of segment: Segment, in document: Document, _ body: (UnsafeBufferPointer<UInt8>, Token.Kind) -> Void
    ) {
        let range: Range<Int>
        var normalizedText: String
        if normalizer.rules == .match {
            normalizedText = document.normalized.text
            range = document.normalized.normalizedRange(ofOriginal: segment.range)
        } else {
            normalizedText = normalizer.normalize(segment.text, base: segment.range.lowerBound).text
            range = 0..<normalizedText.utf8.count
        }
        normalizedText.withUTF8 { bytes in
            forEachSpan(bytes, range) { span in
                body(UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), span.kind)
            }
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
            var result: [Token] = []
            forEachSpan(bytes, range) { span in
                // The original span, within the text asked for.
                var originalRange = normalized.originalRange(of: span.start..<span.end)
                if originalRange.upperBound > originalLimit {
                    originalRange = originalRange.lowerBound..<max(originalRange.lowerBound, originalLimit)
                }
                let from = originalRange.lowerBound - originalBase
                let to = originalRange.upperBound - originalBase
                result.append(
                    Token(
                        range: originalRange,
                        text: String(decoding: UnsafeBufferPointer(rebasing: original[from..<to]), as: UTF8.self),
                        match: String(
                            decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self),
                        kind: span.kind))
            }
            return result
        }
    }

    /// Calls `body` with the token spans of the UTF-8 `range` of `bytes`, in order.
    private func forEachSpan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (TokenSpan) -> Void) {
        // Taken out while in use, so a tokenizer called again from `body` cannot overwrite it.
        var spans = spanBuffer
        spanBuffer = []
        spans.removeAll(keepingCapacity: true)
        appendSpans(bytes, range, into: &spans)
        for span in spans { body(span) }
        spanBuffer = spans
    }

    /// Appends the token spans of the UTF-8 `range` of `bytes`, text already in this tokenizer's normalization, to
    /// `spans`: for loops over every token of many segments (a document's `match` form, held once), with no closure
    /// called per token. Without ICU when the text is simple.
    package func appendSpans(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into spans: inout [TokenSpan]) {
        let start = spans.count
        if !breaksSimpleText || !SimpleWordBreaks.spans(bytes, range, into: &spans) {
            spans.removeSubrange(start...)
            icuSpans(bytes, range, into: &spans)
        }
    }

    /// Appends the token spans of the UTF-8 `range` of `bytes` to `spans`, from ICU word breaks and rule statuses.
    func icuSpans(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into spans: inout [TokenSpan]) {
        let count = scratch.fill(bytes, range)
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
                // "None": ASCII white space is skipped, anything else is punctuation or a symbol.
                for k in start..<end where SimpleWordBreaks.asciiClass(UInt32(bytes[k])) != .space {
                    spans.append(TokenSpan(start: start, end: end, kind: .punctuation))
                    return
                }
                return
            }
            spans.append(TokenSpan(start: start, end: end, kind: kind))
        }
    }
}

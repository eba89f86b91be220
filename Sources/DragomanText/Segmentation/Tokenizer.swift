import DragomanICU

/// Splits text into tokens with ICU word breaks, on the `match` normalization, mapping each token back to the
/// original text.
///
/// Breaking the normalized text means harakat, tatweel and presentation forms never split a word; the offset map
/// gives every token its exact original span. Owns an ICU iterator, so it is not `Sendable`: use one per task.
public final class Tokenizer {
    private let breaker: BreakIterator
    private let normalizer: Normalizer
    private var units: [UInt16] = []
    private var unitOffsets: [Int32] = []

    /// A tokenizer for an ICU locale (word breaks differ little between the languages Dragoman handles).
    public init(locale: String = "", rules: NormalizationRules = .match) throws(TextError) {
        do { breaker = try BreakIterator(.word, locale: locale) } catch { throw .icu(error.description) }
        normalizer = Normalizer(rules: rules)
    }

    /// The tokens of a segment, with offsets into its document.
    public func tokens(of segment: Segment) -> [Token] {
        tokens(of: segment.text, base: segment.range.lowerBound)
    }

    /// The tokens of `text`; offsets are UTF-8 offsets into `text` plus `base`.
    public func tokens(of text: String, base: Int = 0) -> [Token] {
        let normalized = normalizer.normalize(text, base: base)
        units.removeAll(keepingCapacity: true)
        unitOffsets.removeAll(keepingCapacity: true)
        var offset: Int32 = 0
        for scalar in normalized.text.unicodeScalars {
            if scalar.value > 0xFFFF {
                let v = scalar.value - 0x10000
                units.append(UInt16(0xD800 + (v >> 10)))
                units.append(UInt16(0xDC00 + (v & 0x3FF)))
                unitOffsets.append(offset)
                unitOffsets.append(offset)
            } else {
                units.append(UInt16(scalar.value))
                unitOffsets.append(offset)
            }
            offset += Int32(UTF8.width(scalar))
        }
        unitOffsets.append(offset)

        var result: [Token] = []
        var previous = 0
        let normalizedUTF8 = Array(normalized.text.utf8)
        let originalUTF8 = Array(text.utf8)
        units.withUnsafeBufferPointer { buffer in
            breaker.forEachBoundary(of: buffer) { boundary, status in
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
                    if normalizedUTF8[start..<end].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
                    {
                        return
                    }
                    kind = .punctuation
                }
                let original = normalized.originalRange(of: start..<end)
                result.append(
                    Token(
                        range: original,
                        text: String(
                            decoding: originalUTF8[(original.lowerBound - base)..<(original.upperBound - base)],
                            as: UTF8.self),
                        match: String(decoding: normalizedUTF8[start..<end], as: UTF8.self), kind: kind))
            }
        }
        return result
    }
}

import DragomanICU

/// Splits a document into paragraphs, sentences and stand-alone lines, with UTF-8 offsets into the source.
///
/// ICU finds sentence boundaries within each paragraph (locale from the document's language); Dragoman then fixes
/// what ICU gets wrong in Arabic news: the `..` clause connector, abbreviations, sentences cut inside quotes or
/// parentheses, hard-wrapped lines, and unpunctuated headlines and bylines, which become `line` segments.
///
/// Owns ICU break iterators, so it is not `Sendable`: use one per task.
public final class Segmenter {
    /// Segmentation data (abbreviations).
    public let rules: SegmentationRules
    /// A single-line paragraph without terminal punctuation and at most this many words, before the first sentence
    /// of the document, is a `line` (headline, byline, dateline), not a sentence.
    public var maximumHeadLineWords = 20
    /// The same limit after the first sentence (captions, section headings, widgets), where an unpunctuated
    /// paragraph is more often running text whose writer left off the final period.
    public var maximumBodyLineWords = 10
    private var breakers: [String: BreakIterator] = [:]
    /// UTF-16 for ICU, reused across paragraphs and documents.
    private let scratch = UTF16Scratch()

    /// A segmenter with the given rules.
    public init(rules: SegmentationRules = .bundled) {
        self.rules = rules
    }

    /// The ICU locale for sentence breaking in a language ("en" uses CLDR's abbreviation suppressions).
    static func sentenceLocale(for language: String) -> String {
        language == "en" ? "en@ss=standard" : language == "und" ? "" : language
    }

    private func sentenceBreaker(for language: String) throws(ICUError) -> BreakIterator {
        let locale = Self.sentenceLocale(for: language)
        if let breaker = breakers[locale] { return breaker }
        let breaker = try BreakIterator(.sentence, locale: locale)
        breakers[locale] = breaker
        return breaker
    }

    /// Segments `source`. The language is detected from the text unless `language` is given.
    public func segment(_ source: SourceText, language: String? = nil) throws(TextError) -> Document {
        var text = source.text
        if let long = text.withUTF8({ Self.firstLine(longerThan: Limits.lineBytes, in: $0) }) {
            throw .lineTooLong(file: source.name, line: long.line, length: long.length, limit: Limits.lineBytes)
        }
        // A first guess from the opening of the text picks the ICU locale; the document's language is then counted
        // from its segments, and in the rare case it needs another locale the text is segmented again.
        let guess = language ?? text.withUTF8 { LanguageGuess.language(of: $0, in: 0..<min($0.count, 1024)) }
        var (segments, counts) = try segments(of: &text, language: guess)
        let documentLanguage = language ?? counts.language
        if Self.sentenceLocale(for: documentLanguage) != Self.sentenceLocale(for: guess) {
            (segments, _) = try self.segments(of: &text, language: documentLanguage)
        }
        return Document(source: source, language: documentLanguage, segments: segments)
    }

    private func segments(of text: inout String, language: String) throws(TextError) -> (
        [Segment], LanguageGuess.Counts
    ) {
        let breaker: BreakIterator
        do { breaker = try sentenceBreaker(for: language) } catch { throw .icu(error.description) }
        // A copy (one reference) to cut segment texts from: copying a slice of a String skips UTF-8 validation.
        let whole = text
        return text.withUTF8 { bytes in
            let layout = TextLayout(bytes)
            // Pieces first (16 bytes each), segments then at their exact count: an array of segments (about 100
            // bytes each) grown by doubling holds up to three times its size at the moment it grows, which is what
            // a document of tiny sentences is made of.
            var pieces: [Piece] = []
            var seenSentence = false
            for (number, paragraph) in layout.paragraphs.enumerated() {
                let found = sentences(in: paragraph, bytes: bytes, breaker: breaker)
                let singleLine = paragraph.lines.count == 1
                let limit = seenSentence ? maximumBodyLineWords : maximumHeadLineWords
                if singleLine, found.count == 1, !layout.lines[paragraph.lines.lowerBound].endsWithTerminal,
                    wordCount(bytes, paragraph.range) <= limit
                {
                    pieces.append(Piece(paragraph.range, .line, number + 1))
                    continue
                }
                seenSentence = true
                for sentence in found { pieces.append(Piece(sentence, .sentence, number + 1)) }
            }
            var segments: [Segment] = []
            segments.reserveCapacity(pieces.count)
            var counts = LanguageGuess.Counts()
            for piece in pieces {
                let range = Int(piece.start)..<Int(piece.end)
                let segmentCounts = LanguageGuess.counts(of: bytes, in: range)
                counts += segmentCounts
                segments.append(
                    Segment(
                        index: segments.count, kind: piece.isLine ? .line : .sentence, paragraph: Int(piece.paragraph),
                        language: segmentCounts.language, range: range, text: String(whole.slice(utf8: range))))
            }
            return (segments, counts)
        }
    }

    /// A segment before it is built: its range, paragraph and kind, in 16 bytes (documents are under 2 GiB).
    private struct Piece {
        var start: Int32
        var end: Int32
        var paragraph: Int32
        var isLine: Bool

        init(_ range: Range<Int>, _ kind: Segment.Kind, _ paragraph: Int) {
            start = Int32(range.lowerBound)
            end = Int32(range.upperBound)
            self.paragraph = Int32(paragraph)
            isLine = kind == .line
        }
    }

    /// The first line (1-based; CRLF, LF and CR end lines) with more than `limit` bytes, and its length (see
    /// `Limits.lineBytes` for why lines are limited).
    static func firstLine(longerThan limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, length: Int)? {
        var start = 0
        var line = 1
        while start <= bytes.count {
            let end = ByteScan.nextLineBreak(bytes, from: start, to: bytes.count)
            if end - start > limit { return (line, end - start) }
            if end == bytes.count { return nil }
            start = end + (bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? 2 : 1)
            line += 1
        }
        return nil
    }

    /// Sentence ranges (UTF-8, trimmed) of a paragraph: ICU boundaries, then Dragoman's joins.
    private func sentences(
        in paragraph: TextLayout.Paragraph, bytes: UnsafeBufferPointer<UInt8>, breaker: BreakIterator
    ) -> [Range<Int>] {
        // UTF-16 for ICU, soft line breaks turned into spaces so ICU does not break at them.
        let count = scratch.fill(bytes, paragraph.range, lineBreaksAsSpaces: true)
        let unitOffsets = scratch.offsets

        var raw: [Range<Int>] = []
        var previous = 0
        breaker.forEachBoundary(of: scratch.buffer(count)) { offset, _ in
            guard offset > 0 else { return }
            let range = trimmed(bytes, Int(unitOffsets[previous])..<Int(unitOffsets[offset]))
            previous = offset
            if !range.isEmpty { raw.append(range) }
        }
        guard raw.count > 1 else { return raw }
        let depth = BracketDepth(bytes, paragraph.range)
        var joined: [Range<Int>] = [raw[0]]
        for next in raw.dropFirst() {
            let last = joined[joined.count - 1]
            if shouldJoin(bytes, last, depth: depth) {
                joined[joined.count - 1] = last.lowerBound..<next.upperBound
            } else {
                joined.append(next)
            }
        }
        return joined
    }

    /// Whether ICU's break after `sentence` is wrong and the next sentence continues it.
    private func shouldJoin(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, depth: BracketDepth) -> Bool {
        let end = sentence.upperBound
        let dot = UInt8(ascii: ".")
        // ".." as a clause connector (but not a "..." ellipsis); U+2025 is the two-dot leader.
        if end - sentence.lowerBound >= 2, bytes[end - 1] == dot, bytes[end - 2] == dot,
            end - sentence.lowerBound < 3 || bytes[end - 3] != dot
        {
            return true
        }
        if end - sentence.lowerBound >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0xA5 {
            return true
        }
        // An abbreviation: the last word ends with a dot and is listed or a dotted letter chain.
        if bytes[end - 1] == dot {
            var start = end - 1
            while start > sentence.lowerBound, bytes[start - 1] != 0x20, bytes[start - 1] != 0x0A,
                bytes[start - 1] != 0x0D
            {
                start -= 1
            }
            if end - start <= 12 {
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                if rules.isAbbreviation(word.drop { "([{«“\"'".contains($0) }) { return true }
            }
        }
        // Inside balanced quotes or parentheses.
        return depth.isInside(at: end)
    }

    private func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = decodeScalar(bytes, at: index)
            index += length
            if isSpaceLike(value) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}

/// Whether a UTF-8 range ends with sentence-final punctuation, allowing closing quotes and brackets after it.
func endsWithTerminal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var end = range.upperBound
    while end > range.lowerBound {
        let start = previousScalarStart(bytes, before: end)
        let value = decodeScalar(bytes, at: start).value
        switch value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A:  // closers
            end = start
            continue
        case 0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4, 0x203C, 0x2049, 0x2048, 0x3002:
            return true
        default:
            return false
        }
    }
    return false
}

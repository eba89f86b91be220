/// One unit of a document: a sentence, or a line that stands on its own (headline, byline, dateline, caption).
public struct Segment: Sendable, Hashable {
    /// What kind of unit a segment is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A sentence of running text, possibly spanning wrapped lines.
        case sentence
        /// A short line without terminal punctuation that stands on its own: headline, byline, dateline, caption.
        case line
    }

    /// Position in the document, from 0.
    public let index: Int
    /// Sentence or line.
    public let kind: Kind
    /// Paragraph number, from 1.
    public let paragraph: Int
    /// ISO 639-1 code from the segment's script ("ar", "en", …), or "und" when it has no letters.
    public let language: String
    /// UTF-8 byte range in the source text.
    public let range: Range<Int>
    /// The original text of `range`, exactly as written (line breaks inside a wrapped sentence included).
    public let text: String
    /// Why the segment is boilerplate, or nil for real content.
    public internal(set) var boilerplate: Boilerplate?

    /// Creates a segment.
    public init(
        index: Int, kind: Kind, paragraph: Int, language: String, range: Range<Int>, text: String,
        boilerplate: Boilerplate? = nil
    ) {
        self.index = index
        self.kind = kind
        self.paragraph = paragraph
        self.language = language
        self.range = range
        self.text = text
        self.boilerplate = boilerplate
    }

    /// The text on one line: line breaks inside a wrapped sentence become spaces.
    public var singleLineText: String { singleLine(text) }
}

/// Why a segment is boilerplate: what a news desk does not want in a summary or a translation package.
///
/// Nothing is deleted: boilerplate segments stay in the document, marked, and bylines and datelines are kept as the
/// document's metadata.
public struct Boilerplate: Sendable, Hashable, CustomStringConvertible {
    /// The kinds of boilerplate.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Site furniture: share and comment widgets, "back to top", comment counts, "The post … first appeared on".
        case furniture
        /// A line that repeats: across the documents of a batch (mastheads), or a later copy within one document.
        case repeated
        /// A bare date or timestamp.
        case date
        /// A byline or credit ("كتب:", "ترجمة / …", "By …"); kept as metadata.
        case byline
        /// A dateline ("بروكسل (أ ش أ)"); kept as metadata.
        case dateline
    }

    /// The kind.
    public let kind: Kind
    /// The rule that matched, in words, e.g. "comment widget".
    public let rule: String

    /// Creates a reason.
    public init(kind: Kind, rule: String) {
        self.kind = kind
        self.rule = rule
    }

    /// "kind: rule", as shown in `dragoman segment` output.
    public var description: String { "\(kind.rawValue): \(rule)" }

    /// Whether the segment carries metadata worth keeping (bylines, datelines, dates).
    public var isMetadata: Bool { kind == .byline || kind == .dateline || kind == .date }
}

/// `text` with each line break (LF, CRLF, CR) replaced by one space: a wrapped sentence shown on one line.
package func singleLine(_ text: String) -> String {
    // Most segments hold no line break: the text itself, without a copy.
    let hasBreak =
        text.utf8.withContiguousStorageIfAvailable { $0.contains { $0 == 0x0A || $0 == 0x0D } }
        ?? text.utf8.contains { $0 == 0x0A || $0 == 0x0D }
    guard hasBreak else { return text }
    return UTF8Rewriter.withBytes(text) { bytes in
        var out = UTF8Rewriter(capacity: bytes.count)
        var copied = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A || byte == 0x0D {
            // `copied == i` after a first break: this one follows a break (CR LF, a blank line) and adds nothing.
            let afterBreak = i > 0 && copied == i
            out.copy(bytes, copied..<i)
            if !afterBreak { out.append(UInt8(ascii: " ")) }
            copied = i + 1
        }
        out.copy(bytes, copied..<bytes.count)
        return out.string
    }
}

/// Whether a scalar counts as white space when trimming lines and segments (no-break spaces and bidi marks
/// included, since scraped news pads with them).
@inline(__always)
func isSpaceLike(_ value: UInt32) -> Bool {
    switch value {
    case 0x20, 0x09, 0x0B, 0x0C, 0x0A, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202F,
        0x205F, 0x3000, 0xFEFF, 0x061C:
        return true
    default:
        return false
    }
}

/// Decodes the scalar starting at `index` of valid UTF-8, returning it and its length.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
    if lead < 0xF0 {
        return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }
    return (
        (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F), 4
    )
}

/// The UTF-8 start of the scalar that ends just before `end`.
@inline(__always)
func previousScalarStart(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
    var index = end - 1
    while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
    return index
}

/// Trims space-like scalars from both ends of a UTF-8 range.
func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end {
        let (value, length) = decodeScalar(bytes, at: start)
        guard isSpaceLike(value) else { break }
        start += length
    }
    while end > start {
        let previous = previousScalarStart(bytes, before: end)
        guard isSpaceLike(decodeScalar(bytes, at: previous).value) else { break }
        end = previous
    }
    return start..<end
}

/// The physical lines of a text and how they group into paragraphs.
///
/// Paragraphs end at blank lines. Within a block of lines, a line break is "soft" (the sentence runs on) when the
/// document is hard-wrapped at a column width and the line before the break reaches that width; otherwise every
/// line is a paragraph of its own, as in scraped news where each line is a paragraph.
struct TextLayout {
    /// A physical line.
    struct Line {
        /// The line without its terminator.
        var range: Range<Int>
        /// The line without surrounding white space; empty for a blank line.
        var content: Range<Int>
        /// Number of scalars in `content`.
        var length: Int
        /// Whether the line starts with white space (a paragraph indent in wrapped text).
        var indented: Bool
        /// Whether the line ends with sentence-final punctuation.
        var endsWithTerminal: Bool
        /// Whether the line ends with a colon (a heading or a lead-in to a list).
        var endsWithColon: Bool
        var isBlank: Bool { content.isEmpty }
    }

    /// A paragraph: consecutive lines joined by soft breaks.
    struct Paragraph {
        /// Indices into `lines`.
        var lines: Range<Int>
        /// From the first line's content start to the last line's content end.
        var range: Range<Int>
    }

    var lines: [Line] = []
    var paragraphs: [Paragraph] = []
    /// The column width the text is wrapped at, in scalars, or nil when it is not hard-wrapped.
    var wrapWidth: Int?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        splitLines(bytes)
        wrapWidth = Self.detectWrapWidth(lines)
        groupParagraphs()
    }

    private mutating func splitLines(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        let count = bytes.count
        while index <= count {
            index = ByteScan.nextLineBreak(bytes, from: index, to: count)
            if index == count && start == count && !lines.isEmpty { break }
            let range = start..<index
            let content = trimmed(bytes, range)
            let length = ByteScan.scalarCount(bytes, content)
            let indented = !range.isEmpty && content.lowerBound > range.lowerBound
            lines.append(
                Line(
                    range: range, content: content, length: length, indented: indented,
                    endsWithTerminal: endsWithTerminal(bytes, content),
                    endsWithColon: !content.isEmpty && bytes[content.upperBound - 1] == UInt8(ascii: ":")))
            if index == count { break }
            if bytes[index] == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
            index += 1
            start = index
        }
    }

    /// A width W such that most lines followed by another line are at least 80% of W, with W between 30 and 200
    /// scalars: the signature of text wrapped at a column (newspaper archives, e-mail).
    static func detectWrapWidth(_ lines: [Line]) -> Int? {
        var lengths: [Int] = []
        for (index, line) in lines.enumerated() where !line.isBlank {
            if index + 1 < lines.count, !lines[index + 1].isBlank { lengths.append(line.length) }
        }
        guard lengths.count >= 3 else { return nil }
        let sorted = lengths.sorted()
        let width = sorted[(sorted.count * 3) / 4]
        guard (30...200).contains(width) else { return nil }
        let full = lengths.filter { $0 * 5 >= width * 4 }.count
        guard full >= 3, full * 2 >= lengths.count else { return nil }
        return width
    }

    /// Whether the break after line `index` is soft: the sentence runs on into the next line.
    ///
    /// In hard-wrapped text, a line that stops without terminal punctuation runs on (wrap widths vary, and stray
    /// indents or early breaks are common in archives), except a short first line (a title) or a short line ending
    /// with a colon (a heading or lead-in). A line that ends a sentence runs on only when it reaches the column
    /// width and the next line is not indented: otherwise it ends a paragraph.
    func isSoftBreak(after index: Int) -> Bool {
        guard let width = wrapWidth, index + 1 < lines.count else { return false }
        let line = lines[index]
        let next = lines[index + 1]
        if line.isBlank || next.isBlank { return false }
        let short = line.length * 2 < width
        if line.endsWithTerminal { return line.length * 5 >= width * 4 && !next.indented }
        if short && (line.endsWithColon || lines[..<index].allSatisfy(\.isBlank)) { return false }
        return true
    }

    private mutating func groupParagraphs() {
        var index = 0
        while index < lines.count {
            if lines[index].isBlank {
                index += 1
                continue
            }
            let first = index
            while isSoftBreak(after: index) { index += 1 }
            paragraphs.append(
                Paragraph(
                    lines: first..<index + 1, range: lines[first].content.lowerBound..<lines[index].content.upperBound))
            index += 1
        }
    }
}

import DragomanGlossary
import DragomanText
import DragomanXML

/// One XLIFF document being written: the builder, the article and what both versions share.
struct XLIFFMarkup {
    var xml: XMLBuilder
    let article: XLIFFArticle
    let options: XLIFFOptions

    init(article: XLIFFArticle, options: XLIFFOptions) {
        self.article = article
        self.options = options
        // The source text about twice over (source, copied target, notes) plus markup.
        xml = XMLBuilder(capacity: article.document.source.text.utf8.count * 3 + 4096)
    }

    /// Appends the article's file name as an attribute value, refusing characters XML cannot carry.
    mutating func nameAttribute(_ name: String) throws(XLIFFError) {
        let value = article.document.fileName
        if let offset = xml.attribute(name, value) {
            throw .forbiddenNameCharacter(name: value, scalar: Self.scalar(in: value, at: offset))
        }
    }

    /// Appends the segment's original text, escaped; with `marks`, each glossary occurrence is wrapped in a
    /// `<mrk>` numbered from `firstMark` (the caller's markup, by version). Returns the number of marks written.
    @discardableResult
    mutating func sourceText(
        _ segment: Segment, marks: Bool, firstMark: Int = 1,
        mark: (inout XMLBuilder, Int, XLIFFArticle.Term) -> Void = { _, _, _ in },
        endMark: StaticString = "</mrk>"
    ) throws(XLIFFError) -> Int {
        let terms = marks ? article.terms[segment.index] : []
        var text = segment.text
        let base = segment.range.lowerBound
        let forbidden: Int? = text.withUTF8 { bytes in
            var first: Int?
            var position = 0
            func escape(_ range: Range<Int>) {
                if let offset = xml.escape(UnsafeBufferPointer(rebasing: bytes[range]), attribute: false) {
                    first = first ?? range.lowerBound + offset
                }
            }
            for (number, term) in terms.enumerated() {
                let start = term.range.lowerBound - base
                let end = term.range.upperBound - base
                guard start >= position, end <= bytes.count, start < end else { continue }
                escape(position..<start)
                mark(&xml, firstMark + number, term)
                escape(start..<end)
                xml.markup(endMark)
                position = end
            }
            escape(position..<bytes.count)
            return first
        }
        if let forbidden { throw characterError(at: base + forbidden, segment: segment.index) }
        return terms.count
    }

    /// Appends original text between segments (2.x ignorables), escaped.
    mutating func gapText(_ range: Range<Int>, before segment: Int) throws(XLIFFError) {
        let gap = article.document.source.text(in: range)
        if let offset = xml.escape(gap) { throw characterError(at: range.lowerBound + offset, segment: segment) }
    }

    /// The error for a character XML cannot carry at a UTF-8 offset of the article.
    func characterError(at offset: Int, segment: Int) -> XLIFFError {
        let text = article.document.source.text
        var line = 1
        var column = 1
        var scalar: Unicode.Scalar = " "
        var position = 0
        for character in text.unicodeScalars {
            if position >= offset {
                scalar = character
                break
            }
            position += UTF8.width(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return .forbiddenCharacter(
            article: article.document.source.name, line: line, column: column, segment: segment,
            scalar: XLIFFWriter.codePoint(scalar))
    }

    /// "U+XXXX" of the scalar at a UTF-8 offset of `value`.
    static func scalar(in value: String, at offset: Int) -> String {
        var position = 0
        for scalar in value.unicodeScalars {
            if position >= offset { return XLIFFWriter.codePoint(scalar) }
            position += UTF8.width(scalar)
        }
        return "?"
    }

    /// Appends `<name attributes>value</name>` for Dragoman's own values (already checked), escaped.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], _ value: String) {
        xml.raw("<" + name)
        for (key, attribute) in attributes { xml.attribute(key, attribute) }
        xml.markup(">")
        xml.escape(value)
        xml.raw("</" + name + ">")
    }

    /// The segment id of a segment index: "s12".
    static func segmentID(_ index: Int) -> String { "s\(index)" }

    // MARK: - Notes

    /// Appends the glossary note of a list of occurrences (escaped, as element text): one line per concept (and
    /// match kind), in order of first occurrence, with the mark id and the Arabic as written of each occurrence, the
    /// approved English, then what a translator must know (deprecated, fuzzy with the lowest score, the
    /// glossary's note).
    mutating func termNote(_ terms: [(mark: Int, term: XLIFFArticle.Term)]) throws(XLIFFError) {
        xml.markup("Glossary terms:")
        // A unit holds a handful of concepts: a linear scan beats hashing.
        var done: [XLIFFArticle.Concept] = []
        for (index, item) in terms.enumerated() where !done.contains(where: { $0 === item.term.concept }) {
            let concept = item.term.concept
            done.append(concept)
            xml.markup("\n")
            var lowest = 1.0
            var first = true
            for other in terms[index...] where other.term.concept === concept {
                if first { xml.markup("m") } else { xml.markup(", m") }
                first = false
                xml.number(other.mark)
                xml.markup(" ")
                try termText(other.term)
                lowest = min(lowest, other.term.score)
            }
            xml.markup(" → ")
            xml.append(escaped: concept.notePrefix)
            if concept.kind == .fuzzy {
                xml.raw("; fuzzy match (score \(Self.score(lowest))) of ")
                xml.escape(concept.entry.ar)
                xml.markup(", not an exact glossary form: check the name")
            }
            xml.append(escaped: concept.noteSuffix)
        }
    }

    /// Appends an occurrence's text as written, escaped (before its segment, in 2.x notes and glossary entries).
    mutating func termText(_ term: XLIFFArticle.Term) throws(XLIFFError) {
        if let offset = xml.escape(term.text) {
            throw characterError(at: term.range.lowerBound + offset, segment: term.segment)
        }
    }

    /// What the note says about a concept, before and after the fuzzy-match remark: "NATO (also: North Atlantic
    /// Treaty Organization)", the status of the form written, then the glossary's note.
    static func noteParts(
        entry: GlossaryEntry, status: FormStatus, replacement: GlossaryEntry?, translations english: [String]
    ) -> (String, String) {
        var line = ""
        if let first = english.first {
            line += first
            if english.count > 1 { line += " (also: " + english.dropFirst().joined(separator: ", ") + ")" }
        } else {
            line += "no approved English yet"
        }
        switch status {
        case .deprecated:
            if let replacement {
                line += "; deprecated term: use \(replacement.ar) (\(replacement.en))"
            } else {
                line += "; deprecated term, and the glossary names no preferred one: ask the terminologist"
            }
        case .misspelling:
            line += "; misspelling in the source of \(entry.ar) (\(entry.en))"
        case .proposed:
            line += "; proposed term, not yet reviewed"
        case .preferred, .admitted:
            break
        }
        return (line, entry.note.isEmpty ? "" : "; glossary note: " + entry.note)
    }

    /// A score with two decimals, "0.91".
    static func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// "boilerplate (byline: credit line), not for translation".
    static func boilerplateNote(_ reason: Boilerplate) -> String {
        "boilerplate (\(reason.description)), not for translation"
    }
}

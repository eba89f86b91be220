import DragomanGlossary
import DragomanText
import DragomanXML

/// Writes an article as an XLIFF document, 1.2 or 2.x, with its glossary terms marked and explained.
///
/// Units follow the text layer. 1.2: one `<file>` per article; in `<body>`, one `<group id="pN">` per paragraph N
/// holding one `<trans-unit id="sK">` per sentence (K the segment's index), and each `line` segment (headline,
/// caption …) a `<trans-unit id="sK">` directly in `<body>`. 2.x: one `<file id="f1">` per article, one
/// `<unit id="pN">` per paragraph with one `<segment id="sK">` per sentence and `<ignorable>` holding the original
/// whitespace between sentences; a `line` segment is a unit of its own. The source is the segment's original text,
/// escaped, never normalized; glossary occurrences are wrapped in `<mrk>`; Dragoman's notes say `from="dragoman"`
/// (1.2) or `category="dragoman"` (2.x). Nothing in the file depends on the day it is written.
public struct XLIFFWriter: Sendable {
    /// Version, languages and which segments are written.
    public let options: XLIFFOptions

    /// A writer; throws when a language option is not a language tag.
    public init(options: XLIFFOptions = XLIFFOptions()) throws(XLIFFError) {
        self.options = try options.validated()
    }

    /// The article's file name: `NAME.ar-en.xlf`.
    public func fileName(for article: XLIFFArticle) -> String {
        options.fileName(stem: article.stem)
    }

    /// The XLIFF document of one article. Throws, writing nothing, when the article or a glossary entry in it holds
    /// a character XML cannot carry, and (2.x) when the article has no segment to write.
    public func write(_ article: XLIFFArticle) throws(XLIFFError) -> String {
        try Self.checkEntries(of: article)
        var document = XLIFFMarkup(article: article, options: options)
        let paragraphs = article.paragraphs(options)
        switch options.version {
        case .v1_2:
            try document.writeVersion1(paragraphs)
        case .v2_0, .v2_1, .v2_2:
            guard !paragraphs.isEmpty else {
                throw .nothingToTranslate(article: article.document.source.name, version: options.version.rawValue)
            }
            try document.writeVersion2(paragraphs)
        }
        return document.xml.text
    }

    /// Refuses glossary values XML cannot carry, before anything is written (the segment texts are checked as
    /// they are escaped).
    static func checkEntries(of article: XLIFFArticle) throws(XLIFFError) {
        var checked = Set<String>()
        for terms in article.terms {
            for term in terms {
                for entry in [term.entry] + (term.replacement.map { [$0] } ?? []) where checked.insert(entry.id).inserted {
                    let values = entry.arabicForms + entry.englishForms + [entry.definition, entry.note]
                    for value in values {
                        if let scalar = value.unicodeScalars.first(where: { !XMLBuilder.isXMLCharacter($0) }) {
                            throw .forbiddenGlossaryCharacter(id: entry.id, value: value, scalar: codePoint(scalar))
                        }
                    }
                }
            }
        }
    }

    /// "U+0001".
    package static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

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
        endMark: String = "</mrk>"
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
                xml.raw(endMark)
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
        xml.raw(">")
        xml.escape(value)
        xml.raw("</" + name + ">")
    }

    /// The segment id of a segment index: "s12".
    static func segmentID(_ index: Int) -> String { "s\(index)" }

    // MARK: - Notes

    /// The glossary note of a list of occurrences: one line per concept (and match kind), in order of first
    /// occurrence, with the mark id and the Arabic as written of each occurrence, the approved English, then what a
    /// translator must know (deprecated, proposed, fuzzy, the glossary's note).
    static func termNote(_ terms: [(mark: Int, term: XLIFFArticle.Term)]) -> String {
        var groups: [[(mark: Int, term: XLIFFArticle.Term)]] = []
        var position: [String: Int] = [:]
        for item in terms {
            let key = item.term.entry.id + "\u{0}" + item.term.kind.rawValue + "\u{0}" + item.term.status.rawValue
            if let index = position[key] {
                groups[index].append(item)
            } else {
                position[key] = groups.count
                groups.append([item])
            }
        }
        var lines = ["Glossary terms:"]
        for group in groups {
            let occurrences = group.map { "m\($0.mark) \($0.term.text)" }.joined(separator: ", ")
            lines.append(occurrences + " → " + termLine(group[0].term, score: group.map(\.term.score).min() ?? 1))
        }
        return lines.joined(separator: "\n")
    }

    /// "NATO (also: North Atlantic Treaty Organization); …": the approved English of an occurrence, and what a
    /// translator must know about it; `score` is the lowest fuzzy score of the concept's occurrences.
    static func termLine(_ term: XLIFFArticle.Term, score lowest: Double) -> String {
        let entry = term.entry
        let english = translations(term)
        var line = ""
        if let first = english.first {
            line += first
            if english.count > 1 { line += " (also: " + english.dropFirst().joined(separator: ", ") + ")" }
        } else {
            line += "no approved English yet"
        }
        switch term.status {
        case .deprecated:
            if let replacement = term.replacement {
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
        if term.kind == .fuzzy {
            line += "; fuzzy match (score \(score(lowest))) of \(entry.ar), not an exact glossary form: check the name"
        }
        if !entry.note.isEmpty { line += "; glossary note: " + entry.note }
        return line
    }

    /// The approved English of an occurrence: the preferred entry's (the replacement of a deprecated one), then its
    /// admitted variants.
    static func translations(_ term: XLIFFArticle.Term) -> [String] {
        (term.replacement ?? term.entry).acceptedEnglishForms.filter { !$0.isEmpty }
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

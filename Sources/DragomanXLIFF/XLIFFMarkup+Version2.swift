import DragomanText

extension XLIFFMarkup {
    /// The glossary module's namespace (the same in 2.0, 2.1 and 2.2).
    static let glossaryNamespace = "urn:oasis:names:tc:xliff:glossary:2.0"
    /// The metadata module's namespace (the same in 2.0, 2.1 and 2.2).
    static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"

    /// XLIFF 2.x: one `<file id="f1">`; a `<unit id="pN">` per paragraph, one `<segment id="sK">` per sentence and
    /// `<ignorable>` for the whitespace between them; a `line` segment is a unit of its own.
    mutating func writeVersion2(_ paragraphs: [XLIFFArticle.Paragraph]) throws(XLIFFError) {
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.raw("<xliff xmlns=\"\(options.version.namespace)\" xmlns:gls=\"\(Self.glossaryNamespace)\"")
        xml.raw(" xmlns:mda=\"\(Self.metadataNamespace)\" version=\"\(options.version.rawValue)\"")
        xml.attribute("srcLang", options.sourceLanguage)
        xml.attribute("trgLang", options.targetLanguage)
        xml.raw(">\n  <file id=\"f1\"")
        try nameAttribute("original")
        xml.raw(">\n")
        for paragraph in paragraphs { try unit(paragraph) }
        xml.raw("  </file>\n</xliff>\n")
    }

    /// One paragraph: metadata, glossary entries, notes, then its segments and the whitespace between them.
    private mutating func unit(_ paragraph: XLIFFArticle.Paragraph) throws(XLIFFError) {
        let segments = paragraph.segments.map { article.document.segments[$0] }
        let boilerplate = segments.filter { $0.boilerplate != nil }
        let untranslatable = boilerplate.count == segments.count
        var marked: [(mark: Int, term: XLIFFArticle.Term)] = []
        for segment in segments {
            for term in article.terms[segment.index] { marked.append((marked.count + 1, term)) }
        }
        xml.raw("    <unit id=\"p\(paragraph.number)\"")
        if untranslatable { xml.raw(" translate=\"no\"") }
        xml.raw(" xml:space=\"preserve\">\n")

        xml.raw("      <mda:metadata>\n        <mda:metaGroup category=\"dragoman\" appliesTo=\"source\">\n")
        meta("words", String(segments.reduce(0) { $0 + article.words[$1.index] }))
        let title = article.document.title?.index
        for segment in segments where segment.index == title { meta("headline", Self.segmentID(segment.index)) }
        for segment in segments where article.summary.contains(segment.index) {
            meta("summary", Self.segmentID(segment.index))
        }
        for segment in boilerplate {
            meta("boilerplate", Self.segmentID(segment.index) + " " + segment.boilerplate!.description)
        }
        xml.raw("        </mda:metaGroup>\n      </mda:metadata>\n")

        if !marked.isEmpty {
            xml.raw("      <gls:glossary>\n")
            for (mark, term) in marked { glossEntry(mark, term) }
            xml.raw("      </gls:glossary>\n")
        }

        var notes: [String] = []
        if !marked.isEmpty { notes.append(Self.termNote(marked)) }
        for segment in boilerplate {
            notes.append(Self.segmentID(segment.index) + ": " + Self.boilerplateNote(segment.boilerplate!))
        }
        if !notes.isEmpty {
            xml.raw("      <notes>\n")
            for note in notes {
                xml.raw("        ")
                element("note", [("category", "dragoman"), ("appliesTo", "source")], note)
                xml.raw("\n")
            }
            xml.raw("      </notes>\n")
        }

        var mark = 1
        for (position, segment) in segments.enumerated() {
            if position > 0 {
                let gap = article.document.segments[segment.index - 1].range.upperBound..<segment.range.lowerBound
                if !gap.isEmpty {
                    xml.raw("      <ignorable>\n        <source>")
                    try gapText(gap, before: segment.index)
                    xml.raw("</source>\n      </ignorable>\n")
                }
            }
            // Boilerplate in a unit with other segments: the segment's text is marked not to translate.
            let protected = segment.boilerplate != nil && !untranslatable
            xml.raw("      <segment id=\"" + Self.segmentID(segment.index) + "\" state=\"initial\">\n        <source>")
            if protected { xml.raw("<mrk id=\"n\(segment.index)\" translate=\"no\">") }
            mark += try sourceText(segment, marks: true, firstMark: mark) { xml, number, _ in
                xml.raw("<mrk id=\"m\(number)\" type=\"term\">")
            }
            if protected { xml.raw("</mrk>") }
            xml.raw("</source>\n")
            if options.copySource {
                xml.raw("        <target>")
                try sourceText(segment, marks: false)
                xml.raw("</target>\n")
            }
            xml.raw("      </segment>\n")
        }
        xml.raw("    </unit>\n")
    }

    /// `<mda:meta type="…">value</mda:meta>` on its own line.
    private mutating func meta(_ type: String, _ value: String) {
        xml.raw("          ")
        element("mda:meta", [("type", type)], value)
        xml.raw("\n")
    }

    /// A `gls:glossEntry` pointing back at its mark: the Arabic as written, the approved English, the definition.
    private mutating func glossEntry(_ mark: Int, _ term: XLIFFArticle.Term) {
        xml.raw("        <gls:glossEntry ref=\"#m\(mark)\">\n          ")
        element("gls:term", [("source", term.entry.id)], term.text)
        xml.raw("\n")
        for english in Self.translations(term) {
            xml.raw("          ")
            element("gls:translation", [], english)
            xml.raw("\n")
        }
        if !term.entry.definition.isEmpty {
            xml.raw("          ")
            element("gls:definition", [], term.entry.definition)
            xml.raw("\n")
        }
        xml.raw("        </gls:glossEntry>\n")
    }
}

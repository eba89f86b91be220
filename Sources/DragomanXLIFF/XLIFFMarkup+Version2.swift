import DragomanText

extension XLIFFMarkup {
    /// The glossary module's namespace (the same in 2.0, 2.1 and 2.2).
    static let glossaryNamespace = "urn:oasis:names:tc:xliff:glossary:2.0"
    /// The metadata module's namespace (the same in 2.0, 2.1 and 2.2).
    static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"

    /// XLIFF 2.x: one `<file id="f1">`; a `<unit id="pN">` per paragraph, one `<segment id="sK">` per sentence and
    /// `<ignorable>` for the whitespace between them; a `line` segment is a unit of its own.
    mutating func writeVersion2(_ paragraphs: [XLIFFArticle.Paragraph]) throws(XLIFFError) {
        xml.markup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.raw("<xliff xmlns=\"\(options.version.namespace)\" xmlns:gls=\"\(Self.glossaryNamespace)\"")
        xml.raw(" xmlns:mda=\"\(Self.metadataNamespace)\" version=\"\(options.version.rawValue)\"")
        xml.attribute("srcLang", options.sourceLanguage)
        xml.attribute("trgLang", options.targetLanguage)
        xml.markup(">\n  <file id=\"f1\"")
        try nameAttribute("original")
        xml.markup(">\n")
        for paragraph in paragraphs { try unit(paragraph) }
        xml.markup("  </file>\n</xliff>\n")
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
        if untranslatable { xml.markup(" translate=\"no\"") }
        xml.markup(" xml:space=\"preserve\">\n")

        xml.markup("      <mda:metadata>\n        <mda:metaGroup category=\"dragoman\" appliesTo=\"source\">\n")
        meta("words", String(segments.reduce(0) { $0 + article.words[$1.index] }))
        let title = article.document.title?.index
        for segment in segments where segment.index == title { meta("headline", Self.segmentID(segment.index)) }
        for segment in segments where article.summary.contains(segment.index) {
            meta("summary", Self.segmentID(segment.index))
        }
        for segment in boilerplate {
            meta("boilerplate", Self.segmentID(segment.index) + " " + segment.boilerplate!.description)
        }
        xml.markup("        </mda:metaGroup>\n      </mda:metadata>\n")

        if !marked.isEmpty {
            xml.markup("      <gls:glossary>\n")
            for (mark, term) in marked { try glossEntry(mark, term) }
            xml.markup("      </gls:glossary>\n")
        }

        if !marked.isEmpty || !boilerplate.isEmpty {
            xml.markup("      <notes>\n")
            let open = "        <note category=\"dragoman\" appliesTo=\"source\">"
            if !marked.isEmpty {
                xml.raw(open)
                try termNote(marked)
                xml.markup("</note>\n")
            }
            for segment in boilerplate {
                xml.raw(open)
                xml.escape(Self.segmentID(segment.index) + ": " + Self.boilerplateNote(segment.boilerplate!))
                xml.markup("</note>\n")
            }
            xml.markup("      </notes>\n")
        }

        var mark = 1
        for (position, segment) in segments.enumerated() {
            if position > 0 {
                let gap = article.document.segments[segment.index - 1].range.upperBound..<segment.range.lowerBound
                if !gap.isEmpty {
                    xml.markup("      <ignorable>\n        <source>")
                    try gapText(gap, before: segment.index)
                    xml.markup("</source>\n      </ignorable>\n")
                }
            }
            // Boilerplate in a unit with other segments: the segment's text is marked not to translate.
            let protected = segment.boilerplate != nil && !untranslatable
            xml.markup("      <segment id=\"s")
            xml.number(segment.index)
            xml.markup("\" state=\"initial\">\n        <source>")
            if protected {
                xml.markup("<mrk id=\"n")
                xml.number(segment.index)
                xml.markup("\" translate=\"no\">")
            }
            mark += try sourceText(segment, marks: true, firstMark: mark) { xml, number, _ in
                xml.markup("<mrk id=\"m")
                xml.number(number)
                xml.markup("\" type=\"term\">")
            }
            if protected { xml.markup("</mrk>") }
            xml.markup("</source>\n")
            if options.copySource {
                xml.markup("        <target>")
                try sourceText(segment, marks: false)
                xml.markup("</target>\n")
            }
            xml.markup("      </segment>\n")
        }
        xml.markup("    </unit>\n")
    }

    /// `<mda:meta type="…">value</mda:meta>` on its own line.
    private mutating func meta(_ type: String, _ value: String) {
        xml.markup("          ")
        element("mda:meta", [("type", type)], value)
        xml.markup("\n")
    }

    /// A `gls:glossEntry` pointing back at its mark: the Arabic as written, the approved English, the definition.
    private mutating func glossEntry(_ mark: Int, _ term: XLIFFArticle.Term) throws(XLIFFError) {
        xml.markup("        <gls:glossEntry ref=\"#m")
        xml.number(mark)
        xml.markup("\">\n          <gls:term")
        xml.attribute("source", term.concept.entry.id)
        xml.markup(">")
        try termText(term)
        xml.markup("</gls:term>\n")
        for english in term.concept.translations {
            xml.markup("          ")
            element("gls:translation", [], english)
            xml.markup("\n")
        }
        if !term.concept.entry.definition.isEmpty {
            xml.markup("          ")
            element("gls:definition", [], term.concept.entry.definition)
            xml.markup("\n")
        }
        xml.markup("        </gls:glossEntry>\n")
    }
}

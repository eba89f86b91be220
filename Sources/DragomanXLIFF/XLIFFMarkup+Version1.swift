import DragomanText

extension XLIFFMarkup {
    /// XLIFF 1.2: one `<file>`; a `<group id="pN">` per paragraph with a `<trans-unit id="sK">` per sentence, and
    /// `line` segments as trans-units directly in `<body>`.
    mutating func writeVersion1(_ paragraphs: [XLIFFArticle.Paragraph]) throws(XLIFFError) {
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.raw("<xliff xmlns=\"\(XLIFFVersion.v1_2.namespace)\" version=\"1.2\">\n")
        xml.raw("  <file")
        try nameAttribute("original")
        xml.attribute("source-language", options.sourceLanguage)
        xml.attribute("target-language", options.targetLanguage)
        xml.raw(" datatype=\"plaintext\">\n")
        xml.raw("    <header>\n      <tool tool-id=\"dragoman\" tool-name=\"Dragoman\"/>\n    </header>\n")
        guard !paragraphs.isEmpty else {
            xml.raw("    <body/>\n  </file>\n</xliff>\n")
            return
        }
        xml.raw("    <body>\n")
        for paragraph in paragraphs {
            if paragraph.isLine {
                try transUnit(paragraph.segments[0], indent: "      ")
            } else {
                xml.raw("      <group id=\"p\(paragraph.number)\" xml:space=\"preserve\">\n")
                for index in paragraph.segments { try transUnit(index, indent: "        ") }
                xml.raw("      </group>\n")
            }
        }
        xml.raw("    </body>\n  </file>\n</xliff>\n")
    }

    /// One sentence or line: source with `<mrk mtype="term">`, the copied target, the word count and the notes.
    private mutating func transUnit(_ index: Int, indent: String) throws(XLIFFError) {
        let segment = article.document.segments[index]
        let id = Self.segmentID(index)
        xml.raw(indent + "<trans-unit id=\"" + id + "\"")
        if segment.boilerplate != nil { xml.raw(" translate=\"no\"") }
        xml.raw(" xml:space=\"preserve\">\n" + indent + "  <source")
        xml.attribute("xml:lang", options.sourceLanguage)
        xml.raw(">")
        try sourceText(segment, marks: true) { xml, number, term in
            xml.raw("<mrk mtype=\"term\" mid=\"m\(number)\"")
            if let english = Self.translations(term).first { xml.attribute("comment", english) }
            xml.raw(">")
        }
        xml.raw("</source>\n")
        if options.copySource && segment.boilerplate == nil {
            xml.raw(indent + "  <target")
            xml.attribute("xml:lang", options.targetLanguage)
            xml.raw(" state=\"needs-translation\">")
            try sourceText(segment, marks: false)
            xml.raw("</target>\n")
        }
        xml.raw(indent + "  <count-group name=\"" + id + "\"><count count-type=\"total\" unit=\"word\">")
        xml.number(article.words[index])
        xml.raw("</count></count-group>\n")
        for note in notes(segment) {
            xml.raw(indent + "  ")
            element("note", [("from", "dragoman")], note)
            xml.raw("\n")
        }
        xml.raw(indent + "</trans-unit>\n")
    }

    /// The unit's notes: its glossary terms, then whether it is the headline, a summary sentence or boilerplate.
    private func notes(_ segment: Segment) -> [String] {
        var notes: [String] = []
        let terms = article.terms[segment.index]
        if !terms.isEmpty { notes.append(Self.termNote(terms.enumerated().map { ($0.offset + 1, $0.element) })) }
        if segment.index == article.document.title?.index { notes.append("headline") }
        if article.summary.contains(segment.index) { notes.append("summary sentence") }
        if let reason = segment.boilerplate { notes.append(Self.boilerplateNote(reason)) }
        return notes
    }
}

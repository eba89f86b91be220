import DragomanText

extension XLIFFMarkup {
    /// XLIFF 1.2: one `<file>`; a `<group id="pN">` per paragraph with a `<trans-unit id="sK">` per sentence, and
    /// `line` segments as trans-units directly in `<body>`.
    mutating func writeVersion1(_ paragraphs: [XLIFFArticle.Paragraph]) throws(XLIFFError) {
        xml.markup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.raw("<xliff xmlns=\"\(XLIFFVersion.v1_2.namespace)\" version=\"1.2\">\n")
        xml.markup("  <file")
        try nameAttribute("original")
        xml.attribute("source-language", options.sourceLanguage)
        xml.attribute("target-language", options.targetLanguage)
        xml.markup(" datatype=\"plaintext\">\n")
        xml.markup("    <header>\n      <tool tool-id=\"dragoman\" tool-name=\"Dragoman\"/>\n    </header>\n")
        guard !paragraphs.isEmpty else {
            xml.markup("    <body/>\n  </file>\n</xliff>\n")
            return
        }
        xml.markup("    <body>\n")
        for paragraph in paragraphs {
            if paragraph.isLine {
                try transUnit(paragraph.segments[0], indent: "      ")
            } else {
                xml.raw("      <group id=\"p\(paragraph.number)\" xml:space=\"preserve\">\n")
                for index in paragraph.segments { try transUnit(index, indent: "        ") }
                xml.markup("      </group>\n")
            }
        }
        xml.markup("    </body>\n  </file>\n</xliff>\n")
    }

    /// One sentence or line: source with `<mrk mtype="term">`, the copied target, the word count and the notes.
    private mutating func transUnit(_ index: Int, indent: String) throws(XLIFFError) {
        let segment = article.document.segments[index]
        xml.raw(indent)
        xml.markup("<trans-unit id=\"s")
        xml.number(index)
        if segment.boilerplate == nil {
            xml.markup("\" xml:space=\"preserve\">\n")
        } else {
            xml.markup("\" translate=\"no\" xml:space=\"preserve\">\n")
        }
        xml.raw(indent)
        xml.markup("  <source")
        xml.attribute("xml:lang", options.sourceLanguage)
        xml.markup(">")
        try sourceText(segment, marks: true) { xml, number, term in
            xml.markup("<mrk mtype=\"term\" mid=\"m")
            xml.number(number)
            if term.concept.comment.isEmpty {
                xml.markup("\">")
            } else {
                xml.markup("\" comment=\"")
                xml.append(escaped: term.concept.comment)
                xml.markup("\">")
            }
        }
        xml.markup("</source>\n")
        if options.copySource && segment.boilerplate == nil {
            xml.raw(indent)
            xml.markup("  <target")
            xml.attribute("xml:lang", options.targetLanguage)
            xml.markup(" state=\"needs-translation\">")
            try sourceText(segment, marks: false)
            xml.markup("</target>\n")
        }
        xml.raw(indent)
        xml.markup("  <count-group name=\"s")
        xml.number(index)
        xml.markup("\"><count count-type=\"total\" unit=\"word\">")
        xml.number(article.words[index])
        xml.markup("</count></count-group>\n")
        // Notes: the glossary terms, then whether it is the headline, a summary sentence or boilerplate.
        let terms = article.terms[index]
        let open = indent + "  <note from=\"dragoman\">"
        if !terms.isEmpty {
            xml.raw(open)
            try termNote(terms.enumerated().map { ($0.offset + 1, $0.element) })
            xml.markup("</note>\n")
        }
        if index == article.document.title?.index {
            xml.raw(open)
            xml.markup("headline</note>\n")
        }
        if article.summary.contains(index) {
            xml.raw(open)
            xml.markup("summary sentence</note>\n")
        }
        if let reason = segment.boilerplate {
            xml.raw(open)
            xml.escape(Self.boilerplateNote(reason))
            xml.markup("</note>\n")
        }
        xml.raw(indent)
        xml.markup("</trans-unit>\n")
    }
}

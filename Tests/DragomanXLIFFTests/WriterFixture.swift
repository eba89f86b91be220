import DragomanGlossary
import DragomanTestSupport
import DragomanText
import DragomanXLIFF
import DragomanXML
import Foundation

/// Articles for the writer's tests, made from text in memory through the real text layer and glossary matcher.
enum WriterFixture {
    /// A small glossary with every kind of entry the writer explains.
    static let glossary = Glossary(entries: [
        GlossaryEntry(
            id: "g-1", ar: "حلف شمال الأطلسي", en: "NATO", arVariants: ["الحلف", "الناتو"],
            enVariants: ["the Alliance"], pos: "properNoun", domain: "organization",
            definition: "Military alliance & political forum <1949>."),
        GlossaryEntry(id: "g-2", ar: "داعش", en: "ISIS", enVariants: ["Daesh"], domain: "organization"),
        GlossaryEntry(
            id: "g-3", ar: "الدولة الإسلامية", en: "ISIS", status: .deprecated, domain: "organization",
            note: "Avoid: it grants the group's claim."),
        GlossaryEntry(
            id: "g-4", ar: "ينس ستولتنبيرج", en: "Jens Stoltenberg", arVariants: ["ستولتنبيرج"], domain: "person"),
        GlossaryEntry(id: "g-5", ar: "آلية التشاور", en: "", status: .proposed),
    ])

    /// The article for `text` (one document, batch cleanup), its terms from `glossary`.
    static func article(
        _ text: String, name: String = "article.txt", glossary: Glossary = glossary, summary: Set<Int> = [],
        countBoilerplate: Bool = false
    ) throws -> XLIFFArticle {
        let documents = try TextPipeline().process([SourceText(name: name, text: text)])
        return try article(documents[0], glossary: glossary, summary: summary, countBoilerplate: countBoilerplate)
    }

    /// The article for a document already made.
    static func article(
        _ document: Document, glossary: Glossary = glossary, summary: Set<Int> = [], countBoilerplate: Bool = false
    ) throws -> XLIFFArticle {
        let matcher = try GlossaryMatcher(glossary: glossary)
        let tokenized = try TokenizedBatch(documents: [document], matcher: matcher)
        let table = TermTable.build(tokenized, matcher: matcher).documents[0]
        let words = try tokenized.wordCounts(includingBoilerplate: countBoilerplate)[0]
        return XLIFFArticle(
            document: document, stem: Document.uniqueStems([document])[0], table: table, words: words,
            summary: summary)
    }

    /// The XLIFF document of an article.
    static func write(_ article: XLIFFArticle, _ options: XLIFFOptions = XLIFFOptions()) throws -> String {
        try XLIFFWriter(options: options).write(article)
    }

    /// The document's root element, read back with the safe parser.
    static func parse(_ xml: String) throws -> XMLTreeNode {
        try XMLTreeNode.parse(Data(xml.utf8), name: "written.xlf")
    }

    /// Every element named `name` under `node`, in document order.
    static func elements(_ name: String, in node: XMLTreeNode) -> [XMLTreeNode] {
        var found: [XMLTreeNode] = []
        for child in node.children {
            if child.name == name { found.append(child) }
            found += elements(name, in: child)
        }
        return found
    }

    /// `xmllint`'s verdict on the document against the shipped schema of its version.
    static func validate(_ xml: String, _ version: XLIFFVersion) throws -> ProcessOutput {
        try XMLLint.validate(xml, against: XMLLint.xliff(version.rawValue), name: "written.xlf")
    }
}

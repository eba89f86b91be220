import DragomanGlossary
import DragomanText
import DragomanXLIFF
import Testing

/// The translator's note says what each form's status asks: a deprecated form or a misspelling inside an accepted
/// concept points at the concept's own term, and the suggested English is only what may be written.
@Suite struct XLIFFTermStatusTests {
    @Test func deprecatedFormsAndMisspellingsAreFlaggedInTheNote() throws {
        let glossary = try GlossaryTSV.parse(
            "id\tar\ten\ten_variants\tar_deprecated\ten_deprecated\tar_misspellings\tpos\tdomain\n"
                + "x-1\tداعش\tISIS\tISIL\tالدولة الإسلامية\tIslamic State group\tداعيش\tproperNoun\torganization\n",
            name: "g.tsv"
        ).glossary
        let matcher = try GlossaryMatcher(glossary: glossary)
        let document = try Segmenter().segment(
            SourceText(name: "a.txt", text: "هزم داعش والدولة الإسلامية وداعيش.\n"), language: "ar")
        let tables = try TermTable.build(documents: [document], matcher: matcher)
        let article = XLIFFArticle(
            document: document, stem: "a", table: tables.documents[0], words: [4], summary: [])
        let xliff = try XLIFFWriter(options: XLIFFOptions()).write(article)
        #expect(xliff.contains("m1 داعش → ISIS (also: ISIL)"))
        #expect(xliff.contains("m2 والدولة الإسلامية → ISIS (also: ISIL); deprecated term: use داعش (ISIS)"))
        #expect(xliff.contains("m3 وداعيش → ISIS (also: ISIL); misspelling in the source of داعش (ISIS)"))
        // The deprecated English form is never offered as a translation.
        #expect(!xliff.contains("Islamic State group"))
    }
}

import DragomanExchange
import DragomanGlossary
import Foundation
import Testing

@Suite struct TBXReaderTests {
    func read(_ name: String) throws -> TBXReader.Result {
        try TBXReader().read(try Data(contentsOf: URL(fileURLWithPath: Fixture.path(name))), name: name)
    }

    @Test func martif2008WithTigNtigAndDescripGroups() throws {
        let result = try read("martif-2008.tbx")
        let entries = result.glossary.entries
        #expect(entries.count == 2)
        let council = entries[0]
        #expect(council.id == "t-17")
        #expect(council.ar == "مجلس الأمن")
        #expect(council.arVariants == ["مجلس الامن الدولي"])
        #expect(council.en == "Security Council")
        #expect(council.enVariants == ["UNSC"])
        #expect(council.status == .preferred)
        #expect(council.pos == "noun")
        #expect(council.domain == "politics")
        #expect(
            council.definition
                == "The principal organ of the United Nations charged with international peace and security.")
        #expect(council.source == "UN Charter")
        #expect(council.note == "Capitalize in English.")
        #expect(council.updated == "2011-06-15")
        #expect(council.line == 9)
        #expect(entries[1].status == .deprecated)
        #expect(result.skipped == ["martif-2008.tbx:59: concept 't-19' has no Arabic or English term; skipped"])
    }

    @Test func tbx2019PreferredTermComesFirstAndInlineMarkupIsText() throws {
        let entries = try read("tbx-2019-external.tbx").glossary.entries
        let entry = try #require(entries.first)
        #expect(entry.en == "airstrike")
        #expect(entry.ar == "غارة جوية")
        #expect(entry.arVariants == ["ضربة جوية"])
        #expect(entry.status == .preferred)
        #expect(entry.pos == "noun")
        #expect(entry.domain == "military")
        // A superseded synonym is a deprecated form inside the concept (per-variant status), never an acceptable
        // variant and never an entry of its own.
        #expect(entries.count == 1)
        #expect(entry.arDeprecated == ["طلعة قصف"])
        #expect(entry.enDeprecated == ["air strike"])
        #expect(entry.enVariants.isEmpty)
    }

    @Test func entityExpansionIsRefused() {
        #expect(throws: ExchangeError.xml(.entityDeclaration(file: "billion-laughs.tbx", line: 3))) {
            try read("billion-laughs.tbx")
        }
        #expect(
            ExchangeError.xml(.entityDeclaration(file: "billion-laughs.tbx", line: 3)).description
                == "billion-laughs.tbx:3: the DOCTYPE declares entities; Dragoman does not expand XML entities (they can read local files or exhaust memory): remove the declarations"
        )
    }

    @Test func externalEntityIsRefused() {
        #expect(throws: ExchangeError.xml(.entityDeclaration(file: "external-entity.tbx", line: 3))) {
            try read("external-entity.tbx")
        }
    }

    @Test func externalDTDReferenceIsNotLoadedAndHarmless() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE martif SYSTEM "http://example.invalid/TBXcoreStructV02.dtd">
            <martif type="TBX" xml:lang="en"><text><body><termEntry id="a"><langSet xml:lang="ar"><tig><term>هدنة</term></tig></langSet></termEntry></body></text></martif>
            """
        #expect(try TBXReader().read(Data(text.utf8), name: "t.tbx").glossary.entries.map(\.ar) == ["هدنة"])
    }

    @Test func malformedXMLGivesFileLineAndColumn() {
        #expect(
            throws: ExchangeError.xml(
                .malformed(
                    file: "malformed.tbx", line: 7, column: 22,
                    reason: "the closing tag does not match the open element"))
        ) { try read("malformed.tbx") }
    }

    @Test func anUndeclaredEntityIsAnErrorNotSilentlyDropped() {
        let text =
            "<tbx>\n  <text><body><conceptEntry id=\"c1\"><langSec xml:lang=\"ar\"><termSec><term>&secret;</term></termSec></langSec></conceptEntry></body></text>\n</tbx>"
        #expect(
            throws: ExchangeError.xml(
                .malformed(
                    file: "t.tbx", line: 2, column: 83, reason: "an undeclared entity (write & as &amp;)"))
        ) {
            try TBXReader().read(Data(text.utf8), name: "t.tbx")
        }
    }

    @Test func emptyAndTruncatedDocuments() {
        #expect(
            throws: ExchangeError.xml(
                .malformed(
                    file: "t.tbx", line: 1, column: 1, reason: "no root element (the document is empty or cut short)"))
        ) {
            try TBXReader().read(Data(), name: "t.tbx")
        }
        #expect(
            throws: ExchangeError.xml(
                .malformed(
                    file: "t.tbx", line: 1, column: 18,
                    reason: "the document ends before its elements are closed, or has more than one root element"))
        ) {
            try TBXReader().read(Data("<tbx><text><body>".utf8), name: "t.tbx")
        }
    }

    /// libxml2 refuses a single pushed chunk over 10 MB ("huge input lookup"); the reader streams instead.
    @Test func aDocumentOverTenMegabytesIsRead() throws {
        let filler = String(repeating: "ملاحظة طويلة للمترجمين ", count: 400)
        let entries = (1...1_200).map {
            GlossaryEntry(id: "dm-\($0)", ar: "مصطلح \($0)", en: "term \($0)", note: filler)
        }
        let tbx = try TBXWriter().write(Glossary(entries: entries))
        #expect(tbx.utf8.count > 10_500_000)
        let back = try TBXReader().read(Data(tbx.utf8), name: "big.tbx").glossary.entries
        #expect(back.count == 1_200)
        #expect(back.last?.note == filler.trimmingCharacters(in: .whitespaces))
    }

    @Test func aDocumentThatIsNotTBXIsRefused() {
        let xliff = "<?xml version=\"1.0\"?><xliff version=\"2.0\"/>"
        #expect(throws: ExchangeError.notTBX(file: "x.xlf", root: "xliff")) {
            try TBXReader().read(Data(xliff.utf8), name: "x.xlf")
        }
    }
}

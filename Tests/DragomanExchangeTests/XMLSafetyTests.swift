import DragomanExchange
import Foundation
import Testing

/// Hostile DOCTYPEs and limits, read through the TBX reader (the XML layer every XML format shares).
@Suite struct XMLSafetyTests {
    static let term =
        "<tbx type=\"TBX-Basic\"><text><body><conceptEntry id=\"c1\"><langSec xml:lang=\"ar\"><termSec><term>هدنة &a; دائمة</term></termSec></langSec><langSec xml:lang=\"en\"><termSec><term>truce</term></termSec></langSec></conceptEntry></body></text></tbx>\n"

    func read(_ text: String) throws -> [String] {
        try TBXReader().read(Data(text.utf8), name: "t.tbx").glossary.entries.map(\.ar)
    }

    /// The byte search used to stop at the first ">" or "]>"; these hid the entity declaration from it, and the
    /// reference then vanished from the term.
    @Test(arguments: [
        ("a ]> inside a comment of the internal subset", "<!DOCTYPE tbx [\n<!-- ]> -->\n<!ENTITY a \"x\">\n]>\n", 4),
        ("a > in the DOCTYPE's system id", "<!DOCTYPE tbx SYSTEM \"a>b.dtd\" [\n<!ENTITY a \"x\">\n]>\n", 3),
        ("a > in a public id", "<!DOCTYPE tbx PUBLIC \"-//x>//EN\" 'y.dtd' [<!ENTITY a \"x\">]>\n", 2),
        ("a ]> inside a processing instruction", "<!DOCTYPE tbx [\n<?pi ]> ?><!ENTITY a \"x\">]>\n", 3),
        ("a parameter entity", "<!DOCTYPE tbx [\n%p;\n]>\n", 3),
        (
            "a comment before the DOCTYPE with <!DOCTYPE in it",
            "<!-- <!DOCTYPE x> -->\n<!DOCTYPE tbx [<!ENTITY a 'x'>]>\n", 3
        ),
    ])
    func entityDeclarationsAreFoundWhereverTheyHide(_ name: String, _ doctype: String, _ line: Int) {
        #expect(throws: ExchangeError.xml(.entityDeclaration(file: "t.tbx", line: line)), "\(name)") {
            try read("<?xml version=\"1.0\"?>\n" + doctype + Self.term)
        }
    }

    /// UTF-16 (with and without byte-order mark, both byte orders): the bytes of "<!ENTITY" are not ASCII there.
    @Test(arguments: [
        ("UTF-16LE with BOM", String.Encoding.utf16LittleEndian, true),
        ("UTF-16BE with BOM", String.Encoding.utf16BigEndian, true),
        ("UTF-16LE without BOM", String.Encoding.utf16LittleEndian, false),
        ("UTF-16BE without BOM", String.Encoding.utf16BigEndian, false),
    ])
    func entityDeclarationsInUTF16AreFound(_ name: String, _ encoding: String.Encoding, _ bom: Bool) throws {
        let text =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE tbx [\n<!ENTITY a \"x\">\n]>\n" + Self.term
        var data = Data(bom ? (encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : [])
        data.append(try #require(text.data(using: encoding)))
        #expect(throws: ExchangeError.xml(.entityDeclaration(file: "t.tbx", line: 3)), "\(name)") {
            try TBXReader().read(data, name: "t.tbx")
        }
    }

    /// A UTF-16 document without a DOCTYPE still reads (the prolog scan follows its encoding).
    @Test func utf16WithoutDoctypeReads() throws {
        let text =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + Self.term.replacingOccurrences(of: " &a;", with: "")
        var data = Data([0xFF, 0xFE])
        data.append(try #require(text.data(using: .utf16LittleEndian)))
        #expect(try TBXReader().read(data, name: "t.tbx").glossary.entries.map(\.ar) == ["هدنة دائمة"])
    }

    /// XMLParser on Linux crashed the process (a NULL string read in FoundationXML) on these declarations, and
    /// added an ATTLIST default to every element; any declaration in the internal subset is refused now.
    @Test(arguments: [
        ("<!ATTLIST tbx x CDATA #IMPLIED>", "<!ATTLIST …>"),
        ("<!ATTLIST tbx xml:lang CDATA \"ar\">", "<!ATTLIST …>"),
        ("<!NOTATION n SYSTEM \"x\">", "<!NOTATION …>"),
        ("<!ELEMENT tbx ANY>", "<!ELEMENT …>"),
        ("junk", "text that is not a declaration"),
    ])
    func otherDeclarationsAreRefusedBeforeTheParserSeesThem(_ declaration: String, _ what: String) {
        let text =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n  " + declaration + "\n]>\n"
            + Self.term.replacingOccurrences(of: " &a;", with: "")
        let error = ExchangeError.xml(
            .refused(
                file: "t.tbx", line: 3,
                reason:
                    "the DOCTYPE declares \(what); Dragoman reads no document type definition (XMLParser cannot read its declarations safely): remove the [ … ] part of the DOCTYPE"
            ))
        #expect(throws: error) { try read(text) }
    }

    /// XMLParser crashed the process on a processing instruction without data, anywhere in the document.
    @Test(arguments: [
        ("<?x?>\n" + Self.term, 1),
        ("<tbx>\n<?x?></tbx>", 2),
        ("<tbx/>\n\n<?x?>", 3),
        ("<!DOCTYPE tbx [\n<?x?>\n]>\n<tbx/>", 2),
    ])
    func processingInstructionsWithoutDataAreRefused(_ text: String, _ line: Int) {
        #expect(
            throws: ExchangeError.xml(
                .refused(
                    file: "t.tbx", line: line,
                    reason:
                        "a processing instruction without data (<?name?>), which XMLParser cannot read (it crashes); remove it or give it data (<?name x?>)"
                ))
        ) { try read(text) }
    }

    /// In a comment or a CDATA section `<?x?>` is only text; with data an instruction reads.
    @Test(arguments: ["<tbx><!-- <?x?> --></tbx>", "<tbx><![CDATA[ <?x?> ]]></tbx>", "<tbx><?x y?><?x ?></tbx>"])
    func instructionLookalikesAndInstructionsWithDataRead(_ text: String) {
        #expect(throws: Never.self) { try read(text) }
    }

    /// What the DOCTYPE may hold: an external id (not loaded), comments and processing instructions in an internal
    /// subset, a "]>" inside a quoted system id.
    @Test(arguments: [
        "<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n",
        "<!DOCTYPE martif PUBLIC \"ISO 12200:1999A//DTD MARTIF core//EN\" \"TBXcoreStructV02.dtd\">\n",
        "<!DOCTYPE tbx SYSTEM \"odd]>name.dtd\">\n",
        "<!DOCTYPE tbx [\n<!-- <!ENTITY a 'x'> is only a comment -->\n<?pi data?>\n]>\n",
        "<!-- a comment --><?pi x?>\n<!DOCTYPE tbx>\n",
    ])
    func harmlessDoctypesAreRead(_ doctype: String) throws {
        let text = "<?xml version=\"1.0\"?>\n" + doctype + Self.term.replacingOccurrences(of: " &a;", with: "")
        #expect(try read(text) == ["هدنة دائمة"])
    }

    /// UCS-4 and EBCDIC are refused as encodings Dragoman does not read.
    @Test func unsupportedEncodingsAreRefused() {
        #expect(
            throws: ExchangeError.xml(
                .malformed(
                    file: "t.tbx", line: 1, column: 1, reason: "an unsupported encoding (use UTF-8)"))
        ) {
            try TBXReader().read(Data([0x00, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00, 0x61]), name: "t.tbx")
        }
    }

    /// Found by the fuzzer: libxml2 crashed (SEGV in xmlParseChunk) on a document declared UTF-7, decoded through
    /// iconv; UTF-32 and EBCDIC-US crashed too. Only libxml2's own decoders are accepted.
    @Test(arguments: ["UTF-7", "UTF-32", "EBCDIC-US", "windows-1256"])
    func encodingsOutsideLibxml2sOwnAreRefused(_ encoding: String) {
        let text = "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<martif><text><body/></text></martif>\n"
        #expect(
            throws: ExchangeError.xml(
                .refused(
                    file: "t.tbx", line: 1,
                    reason:
                        "the XML declaration names the encoding '\(encoding)'; Dragoman reads XML in UTF-8 or UTF-16 (or US-ASCII, ISO-8859-1): convert the file to UTF-8 (for example with iconv -f \(encoding) -t utf-8) and change the declaration"
                ))
        ) { try read(text) }
    }

    @Test(arguments: ["UTF-8", "utf-8", "ISO-8859-1", "US-ASCII"])
    func libxml2sOwnEncodingsRead(_ encoding: String) throws {
        let text = "<?xml version='1.0' encoding='\(encoding)' ?><martif><text><body/></text></martif>"
        #expect(try read(text) == [])
    }

    /// Found by the fuzzer: libxml2's push parser crashed (SEGV in xmlParseChunk) on UTF-16 with a lone surrogate;
    /// UTF-16 must be well formed, and whole.
    @Test(arguments: [
        ([0xFE, 0xFF, 0x00, 0x3C, 0xD8, 0xD1, 0x00, 0x61], 4),
        ([0xFF, 0xFE, 0x3C, 0x00, 0x00, 0xDC, 0x61, 0x00], 4),
        ([0xFF, 0xFE, 0x3C, 0x00, 0x61], 4),
    ])
    func malformedUTF16IsRefused(_ bytes: [UInt8], _ offset: Int) {
        #expect(
            throws: ExchangeError.xml(
                .refused(
                    file: "t.tbx", line: nil,
                    reason:
                        "byte \(offset): invalid UTF-16 (a lone surrogate, or the file ends in half a character); convert the file to UTF-8"
                ))
        ) { try TBXReader().read(Data(bytes), name: "t.tbx") }
    }

    /// Elements nested past `Limits.xmlDepth` (128) are refused with the line, before libxml2's own limit (256),
    /// whose message says only "internal error".
    @Test func deepNestingIsRefusedWithAClearMessage() {
        let text = "<tbx>\n" + String(repeating: "<hi>", count: 200) + String(repeating: "</hi>", count: 200) + "</tbx>"
        #expect(
            throws: ExchangeError.xml(
                .refused(
                    file: "t.tbx", line: 2,
                    reason:
                        "elements nest more than 128 levels deep, more than Dragoman reads (TBX needs 7, XLIFF about 10); the file is damaged"
                ))
        ) { try read(text) }
        let ok = "<tbx>" + String(repeating: "<hi>", count: 100) + String(repeating: "</hi>", count: 100) + "</tbx>"
        #expect(throws: Never.self) { try read(ok) }
    }
}

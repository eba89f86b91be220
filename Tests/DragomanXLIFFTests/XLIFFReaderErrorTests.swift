import DragomanTestSupport
import DragomanXLIFF
import Foundation
import Testing

/// Hostile, malformed and not-XLIFF input: each refused with a message naming file, line and column.
@Suite struct XLIFFReaderErrorTests {
    static let v12 = "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\""

    func message(_ xml: String, name: String = "t.xlf") -> String {
        do {
            let document = try XLIFFReader().read(Data(xml.utf8), name: name)
            return "read \(document.segments.count) segments"
        } catch {
            return error.description
        }
    }

    func body(_ content: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff \(Self.v12)>
        <file original="a.txt" source-language="ar" target-language="en" datatype="plaintext"><body>
        \(content)
        </body></file>
        </xliff>
        """
    }

    @Test func externalEntityIsRefusedBeforeParsing() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [
              <!ENTITY secret SYSTEM "file:///etc/passwd">
            ]>
            <xliff \(Self.v12)><file original="a" source-language="ar" datatype="plaintext"><body>
            <trans-unit id="1"><source>&secret;</source></trans-unit></body></file></xliff>
            """
        #expect(
            message(xml)
                == "t.xlf:3: the DOCTYPE declares entities; Dragoman does not expand XML entities (they can read local files or exhaust memory): remove the declarations"
        )
    }

    @Test func billionLaughsIsRefusedBeforeParsing() {
        var declarations = "<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n\(declarations)]>\n<xliff \(Self.v12)>&lol9;</xliff>\n"
        #expect(message(xml).hasPrefix("t.xlf:3: the DOCTYPE declares entities;"))
    }

    @Test func entitiesInAUTF16DocumentAreRefusedToo() throws {
        let xml =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE xliff [<!ENTITY a \"x\">]>\n<xliff \(Self.v12)/>\n"
        var data = Data([0xFF, 0xFE])
        data.append(try #require(xml.data(using: .utf16LittleEndian)))
        #expect(throws: XLIFFError.xml(.entityDeclaration(file: "u.xlf", line: 2))) {
            try XLIFFReader().read(data, name: "u.xlf")
        }
    }

    @Test func truncatedDocumentNamesWhereItStops() {
        let xml = body("<group id=\"p1\"><trans-unit id=\"s1\"><source>نص</source>")
        let cut = String(xml.prefix(xml.utf8.count > 0 ? 220 : 0))
        #expect(message(cut).hasPrefix("t.xlf:4:"))
        #expect(message(cut).contains("not well-formed XML"))
    }

    @Test func malformedMarkupHasLineAndColumn() {
        let xml = body("<trans-unit id=\"s1\"><source>الناتو & الحلف</source></trans-unit>")
        #expect(
            message(xml)
                == "t.xlf:4:37: not well-formed XML: a name is missing after '<' or '&' (write & as &amp; and < as &lt;)"
        )
    }

    @Test func emptyFileIsNotXML() {
        #expect(message("") == "t.xlf:1:1: not well-formed XML: no root element (the document is empty or cut short)")
    }

    @Test func wrongRootElement() {
        let xml = "<?xml version=\"1.0\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\"/>\n"
        #expect(
            message(xml)
                == "t.xlf:2:57: not an XLIFF file: the root element is <tbx>, not <xliff>; give the .xlf file a CAT tool or 'dragoman xliff' wrote"
        )
    }

    @Test func wrongNamespace() {
        let xml = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.1\" version=\"1.2\"/>\n"
        #expect(
            message(xml)
                == "t.xlf:2:67: not an XLIFF file: <xliff> is in the namespace 'urn:oasis:names:tc:xliff:document:1.1'; XLIFF 1.2 uses xmlns=\"urn:oasis:names:tc:xliff:document:1.2\", 2.0 and 2.1 \"urn:oasis:names:tc:xliff:document:2.0\", 2.2 \"urn:oasis:names:tc:xliff:document:2.2\""
        )
    }

    @Test func noNamespace() {
        #expect(
            message("<xliff version=\"1.2\"></xliff>").hasPrefix(
                "t.xlf:1:21: not an XLIFF file: <xliff> has no namespace;"))
    }

    @Test func versionThatDoesNotGoWithTheNamespace() {
        let xml = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.2\" srcLang=\"ar\"/>"
        #expect(
            message(xml)
                == "t.xlf:1:80: <xliff> says version=\"2.2\", which does not go with its namespace 'urn:oasis:names:tc:xliff:document:2.0'; Dragoman reads XLIFF 1.2, 2.0, 2.1 and 2.2"
        )
        let missing = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>"
        #expect(message(missing).hasPrefix("t.xlf:1:53: <xliff> has no version attribute, which does not go with"))
    }

    @Test func documentWithoutFile() {
        #expect(
            message("<xliff \(Self.v12)></xliff>")
                == "t.xlf: the XLIFF document has no <file> element: there is nothing to read")
    }

    @Test func unitWithoutSource() {
        let xml = body("<group id=\"p1\">\n<trans-unit id=\"s1\"><target>NATO</target></trans-unit></group>")
        #expect(
            message(xml) == "t.xlf:5:20: <trans-unit> 's1' has no <source>; every unit needs its source text")
        let v2 = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar"><file id="f1">
            <unit id="p1"><segment id="s1"><target>NATO</target></segment></unit></file></xliff>
            """
        #expect(message(v2) == "t.xlf:2:31: <segment> 's1' has no <source>; every unit needs its source text")
    }

    @Test func duplicateTransUnitIDs() {
        let xml = body(
            """
            <group id="p1"><trans-unit id="s1"><source>أ</source></trans-unit></group>
            <group id="p2"><trans-unit id="s1"><source>ب</source></trans-unit></group>
            """)
        #expect(
            message(xml)
                == "t.xlf:5:35: duplicate trans-unit id 's1' in <file> 1 (first at line 4); ids must be unique there")
    }

    @Test func duplicateIDsIn2x() {
        let units = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar"><file id="f1">
            <unit id="p1"><segment id="s1"><source>أ</source></segment></unit>
            <unit id="p1"><segment id="s1"><source>ب</source></segment></unit></file></xliff>
            """
        #expect(
            message(units)
                == "t.xlf:3:14: duplicate unit id 'p1' in <file> 'f1' (first at line 2); ids must be unique there")
        let segments = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar"><file id="f1">
            <unit id="p1"><segment id="s1"><source>أ</source></segment>
            <ignorable id="s1"><source> </source></ignorable></unit></file></xliff>
            """
        #expect(
            message(segments)
                == "t.xlf:3:19: duplicate ignorable id 's1' in unit 'p1' (first at line 2); ids must be unique there")
        let files = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar">
            <file id="f1"><unit id="p1"><segment><source>أ</source></segment></unit></file>
            <file id="f1"><unit id="p1"><segment><source>ب</source></segment></unit></file></xliff>
            """
        #expect(
            message(files)
                == "t.xlf:3:14: duplicate file id 'f1' in the document (first at line 2); ids must be unique there")
    }

    @Test func transUnitWithoutID() {
        #expect(
            message(body("<trans-unit><source>أ</source></trans-unit>"))
                == "t.xlf:4:12: <trans-unit> has no id; XLIFF requires one")
    }

    @Test func unreadableFile() {
        #expect(throws: XLIFFError.unreadable(file: "/nonexistent/a.xlf", reason: "no such file")) {
            try XLIFFReader().read(file: "/nonexistent/a.xlf")
        }
    }

    @Test func invalidUTF8() {
        var data = Data(body("<trans-unit id=\"s1\"><source>X</source></trans-unit>").utf8)
        let index = data.firstIndex(of: UInt8(ascii: "X"))!
        data[index] = 0xC7
        #expect(throws: XLIFFError.self) { try XLIFFReader().read(data, name: "t.xlf") }
        do {
            _ = try XLIFFReader().read(data, name: "t.xlf")
        } catch {
            #expect(error.description.hasPrefix("t.xlf:4:"))
        }
    }
}

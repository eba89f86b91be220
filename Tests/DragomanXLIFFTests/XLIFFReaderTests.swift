import DragomanXLIFF
import Foundation
import Testing

/// Reading XLIFF back: Dragoman's own structure, and files as CAT tools return them.
@Suite struct XLIFFReaderTests {
    func read(_ name: String) throws -> XLIFFDocument {
        try XLIFFReader().read(file: Fixture.path("reading/" + name))
    }

    @Test func dragoman12ParagraphsAndLines() throws {
        let document = try read("dragoman-1.2.ar-en.xlf")
        #expect(document.version == .v1_2)
        let file = try #require(document.files.first)
        #expect(document.files.count == 1)
        #expect(file.original == "003_ebcacb89700a50ef.txt")
        #expect(file.sourceLanguage == "ar")
        #expect(file.targetLanguage == "en")
        #expect(file.units.map(\.id) == ["s0", "s3", "p7", "p8"])
        #expect(file.units.map { $0.segments.map(\.id) } == [["s0"], ["s3"], ["s6", "s7"], ["s8"]])
        let headline = file.units[0].segments[0]
        #expect(headline.source == "الناتو: نعمل على تعزيز شراكتنا مع العراق")
        #expect(headline.target == "NATO: we are working to strengthen our partnership with Iraq")
        #expect(headline.state == "translated")
        #expect(headline.status == .translated)
        #expect(headline.notes == [XLIFFNote(text: "الناتو: NATO", from: "dragoman")])
        #expect(file.units[1].translate == false)
        #expect(file.units[1].segments[0].translate == false)
        let p7 = file.units[2]
        #expect(p7.gaps == nil)
        #expect(p7.segments[0].source == "قال الأمين العام إن الحلف سيعمل.")
        #expect(p7.segments[1].source == "وتحرير 5ر7 مليون عراقى & أكثر <هنا>.")
        #expect(p7.segments[1].status == .copiedSource)
        #expect(p7.segments[1].state == "needs-translation")
        #expect(file.units[3].segments[0].target == nil)
        #expect(file.units[3].segments[0].status == .missing)
        #expect(
            p7.joined { $0.target ?? $0.source }
                == "The Secretary General said the Alliance would work. وتحرير 5ر7 مليون عراقى & أكثر <هنا>.")
    }

    @Test func dragoman20UnitsIgnorablesNotesAndModules() throws {
        let document = try read("dragoman-2.0.ar-en.xlf")
        #expect(document.version == .v2_0)
        let file = try #require(document.files.first)
        #expect(file.id == "f1")
        #expect(file.sourceLanguage == "ar")
        #expect(file.targetLanguage == "en")
        #expect(file.notes == [XLIFFNote(text: "article 001_0dda74a77566b337.txt", from: "dragoman")])
        #expect(file.units.map(\.id) == ["p1", "p5"])
        let first = file.units[0]
        #expect(first.segments.count == 1)
        #expect(first.segments[0].source == "الناتو يطالب تعاون دولي للقضاء على داعش")
        #expect(first.segments[0].target == "NATO calls for international cooperation to eliminate ISIS")
        #expect(first.gaps == ["", ""])
        let p5 = file.units[1]
        #expect(p5.segments.map(\.id) == ["s4", "s5", "s6"])
        #expect(p5.segments.map(\.state) == ["reviewed", "initial", nil])
        #expect(p5.segments.map(\.status) == [.translated, .missing, .empty])
        #expect(p5.gaps == ["", " ", "\n", ""])
        #expect(p5.notes.map(\.from) == ["dragoman", "translator"])
        #expect(p5.joined(\.source) == "وأبدى دوكارو استعداده. وقال إن دول الناتو تشارك.\nالجملة الثالثة.")
    }

    @Test func catTool12InlineCodesSegSourceAltTransAndGroups() throws {
        let document = try read("cat-tool-1.2.xlf")
        #expect(document.files.count == 2)
        let file = document.files[0]
        #expect(file.sourceLanguage == "ar-EG")
        #expect(file.targetLanguage == "en-US")
        #expect(file.notes == [XLIFFNote(text: "Deadline Friday", from: "pm")])
        // tu1 and tu2 are paragraphs of their own; g1 is split into runs around its nested group g2.
        #expect(file.units.map(\.id) == ["tu1", "tu2", "g1", "g2", "g1"])
        let title = file.units[0]
        #expect(title.segments.map(\.id) == ["0"])
        #expect(title.segments[0].source == "عنوان الخبر اليوم")
        #expect(title.segments[0].target == "Today's news headline")
        #expect(title.segments[0].status == .translated)
        let split = file.units[1]
        #expect(split.segments.map(\.id) == ["1", "2"])
        #expect(split.segments.map(\.source) == ["قال الأمين العام إن الحلف سيعمل.", "وأكد أن البعثة تعمل."])
        #expect(
            split.segments.map(\.target) == [
                "The Secretary General said the Alliance would work.", "He stressed that the mission works.",
            ])
        #expect(split.gaps == ["", " ", ""])
        #expect(split.notes == [XLIFFNote(text: "check the title", from: "translator")])
        #expect(
            split.joined { $0.target ?? "" }
                == "The Secretary General said the Alliance would work. He stressed that the mission works.")
        let group = file.units[2]
        #expect(group.notes == [XLIFFNote(text: "paragraph note", from: nil)])
        #expect(group.segments.map(\.id) == ["tu3", "tu4"])
        #expect(group.segments[0].source == "عدد القوات الناتو هنا")
        #expect(group.segments[0].target == "The number of forces NATO here")
        #expect(group.segments[0].state == "needs-review-translation")
        #expect(group.segments[1].source == "جملة K24 ثانية")
        #expect(group.segments[1].target == "")
        #expect(group.segments[1].status == .empty)
        #expect(file.units[3].segments[0].target == "Inner text")
        let after = file.units[4]
        #expect(after.segments.map(\.id) == ["tu6:a", "tu6:b"])
        #expect(after.segments.map(\.target) == [nil, nil])
        #expect(after.gaps == ["", "  ", ""])
        let second = document.files[1]
        #expect(second.original == "second.txt")
        #expect(second.units[0].segments[0].translate == false)
    }

    @Test func catTool21PairedCodesPlaceholdersAndInheritedTranslate() throws {
        let document = try read("cat-tool-2.1.xlf")
        #expect(document.version == .v2_1)
        let file = try #require(document.files.first)
        #expect(file.units.map(\.id) == ["u1", "u2", "u3"])
        let u1 = file.units[0]
        #expect(u1.segments.map(\.id) == ["1", "#2"])
        #expect(u1.segments[0].source == "قال الأمين العام إن الحلف سيعمل.")
        #expect(u1.segments[0].target == "The Secretary General said the Alliance would work.")
        #expect(u1.segments[1].source == "وأكد أن K24 نشر الخبر\u{7}.")
        #expect(u1.segments[1].target == "He stressed that K24 published the news\u{7}.")
        #expect(u1.segments.map(\.state) == ["final", "translated"])
        #expect(u1.gaps == ["", " ", ""])
        #expect(file.units[1].translate == false)
        #expect(file.units[1].segments[0].translate == false)
        #expect(file.units[2].translate == true)
        #expect(file.units[2].segments[0].status == .missing)
    }

    @Test func unitsOfALargeDocumentAreReadInOrder() throws {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="big.txt" source-language="ar" target-language="en" datatype="plaintext"><body>

            """
        for paragraph in 1...10_000 {
            xml += "<group id=\"p\(paragraph)\">"
            xml += "<trans-unit id=\"s\(paragraph)\"><source>جملة رقم \(paragraph)</source>"
            xml += "<target>Sentence number \(paragraph)</target></trans-unit></group>\n"
        }
        xml += "</body></file></xliff>\n"
        let document = try XLIFFReader().read(Data(xml.utf8), name: "big.xlf")
        let units = document.files[0].units
        #expect(units.count == 10_000)
        #expect(units.last?.segments.first?.target == "Sentence number 10000")
        #expect(units.last?.line == 10_003)
        #expect(document.segments.count == 10_000)
    }

    @Test func segmentStatusFollowsStates() {
        func status(_ target: String?, _ state: String?) -> XLIFFSegment.Status {
            XLIFFSegment(id: "s", source: "الحلف", target: target, state: state, line: 1).status
        }
        #expect(status(nil, nil) == .missing)
        #expect(status("  \n", "translated") == .empty)
        #expect(status(" الحلف ", "needs-translation") == .copiedSource)
        #expect(status("الحلف", nil) == .copiedSource)
        #expect(status("الحلف", "initial") == .copiedSource)
        #expect(status("الحلف", "translated") == .sameAsSource)
        #expect(status("الحلف", "final") == .sameAsSource)
        #expect(status("the Alliance", "needs-translation") == .translated)
        #expect(XLIFFSegment.Status.copiedSource.isUntranslated)
        #expect(!XLIFFSegment.Status.sameAsSource.isUntranslated)
    }
}

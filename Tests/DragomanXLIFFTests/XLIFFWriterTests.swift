import DragomanGlossary
import DragomanTestSupport
import DragomanText
import DragomanXLIFF
import DragomanXML
import Foundation
import Testing

@Suite struct XLIFFWriterTests {
    /// A headline, a paragraph of two sentences with `&` and `<…>`, a paragraph of one.
    static let small =
        "قمة الحلف في بروكسل\n\nقال الأمين العام إن الحلف & الشركاء <سيجتمعون>. وأضاف أن \"داعش\" خطر؟\n\nانتهى الاجتماع.\n"

    /// Everything XML and bidi text make hard: markup characters, `]]>`, quotes, mixed Arabic and Latin, Arabic
    /// punctuation and digits, a right-to-left mark, runs of empty lines, tabs, a hard-wrapped sentence.
    static let tricky = """
        Breaking: الناتو & AT&T <b>bold</b> ]]> 'single' "double"




        قال الأمين العام:\t«الحلف باقٍ»، ثم سأل: لماذا؟ الجواب؛ لا أحد يعلم ]]> ولا <أحد>
        سطر ملفوف من الجملة نفسها & تكملة "مقتبسة".

        The NATO chief met ISIS\u{200F} experts in Brussels & said: "<ok>".

        الرقم ٣٫٥ و 5ر7 و 1,000 في تقرير الحلف، والدولة الإسلامية ذُكرت؛ ستولتنبيرغ حضر.

        """

    // MARK: - Structure

    @Test func version1HasAGroupPerParagraphAndATransUnitPerSentence() throws {
        let article = try WriterFixture.article(Self.small, summary: [1])
        let xml = try WriterFixture.write(article)
        let root = try WriterFixture.parse(xml)
        #expect(root.name == "xliff" && root.attributes["version"] == "1.2")
        let file = try #require(root.children("file").first)
        #expect(file.attributes["original"] == "article.txt")
        #expect(file.attributes["source-language"] == "ar" && file.attributes["target-language"] == "en")
        #expect(file.attributes["datatype"] == "plaintext")
        let body = try #require(file.children("body").first)
        #expect(body.children.map(\.name) == ["trans-unit", "group", "group"])
        #expect(body.children.map { $0.attributes["id"] } == ["s0", "p2", "p3"])
        #expect(body.children[1].children("trans-unit").map { $0.attributes["id"] } == ["s1", "s2"])
        #expect(body.children[2].children("trans-unit").map { $0.attributes["id"] } == ["s3"])
        let units = WriterFixture.elements("trans-unit", in: root)
        #expect(units.allSatisfy { $0.attributes["xml:space"] == "preserve" })
        #expect(body.children("group").allSatisfy { $0.attributes["xml:space"] == "preserve" })
        #expect(units.allSatisfy { $0.children("source").first?.attributes["xml:lang"] == "ar" })
        #expect(units.allSatisfy { $0.children("target").isEmpty })
        let words = units.map { WriterFixture.elements("count", in: $0).first?.text }
        #expect(words == ["4", "7", "4", "2"])
        let notes = units.map { $0.children("note").map(\.text) }
        #expect(notes[0] == ["Glossary terms:\nm1 الحلف → NATO (also: the Alliance)", "headline"])
        #expect(notes[1] == ["Glossary terms:\nm1 الحلف → NATO (also: the Alliance)", "summary sentence"])
        #expect(notes[2] == ["Glossary terms:\nm1 داعش → ISIS (also: Daesh)"])
        #expect(notes[3].isEmpty)
        #expect(WriterFixture.elements("note", in: root).allSatisfy { $0.attributes["from"] == "dragoman" })
        #expect(
            xml.contains(
                "<source xml:lang=\"ar\">قال الأمين العام إن <mrk mtype=\"term\" mid=\"m1\" comment=\"NATO\">الحلف</mrk>"
                    + " &amp; الشركاء &lt;سيجتمعون&gt;.</source>"))
    }

    @Test(arguments: [XLIFFVersion.v2_0, .v2_1, .v2_2])
    func version2HasAUnitPerParagraphWithSegmentsAndIgnorables(_ version: XLIFFVersion) throws {
        let article = try WriterFixture.article(Self.small, summary: [1])
        let xml = try WriterFixture.write(article, XLIFFOptions(version: version))
        #expect(xml.contains("<xliff xmlns=\"\(version.namespace)\""))
        let root = try WriterFixture.parse(xml)
        #expect(root.attributes["version"] == version.rawValue)
        #expect(root.attributes["srcLang"] == "ar" && root.attributes["trgLang"] == "en")
        let file = try #require(root.children("file").first)
        #expect(file.attributes["id"] == "f1" && file.attributes["original"] == "article.txt")
        let units = file.children("unit")
        #expect(units.map { $0.attributes["id"] } == ["p1", "p2", "p3"])
        #expect(units.allSatisfy { $0.attributes["xml:space"] == "preserve" })
        #expect(
            units[1].children.filter { ["segment", "ignorable"].contains($0.name) }.map(\.name) == [
                "segment", "ignorable", "segment",
            ])
        #expect(units[1].children("ignorable")[0].children("source")[0].text == " ")
        let segments = WriterFixture.elements("segment", in: root)
        #expect(segments.map { $0.attributes["id"] } == ["s0", "s1", "s2", "s3"])
        #expect(segments.allSatisfy { $0.attributes["state"] == "initial" })
        // Each gls:glossEntry points at a term <mrk> of its unit.
        for unit in units {
            let marks = WriterFixture.elements("mrk", in: unit).filter { $0.attributes["type"] == "term" }
            let references = WriterFixture.elements("glossEntry", in: unit).map { $0.attributes["ref"] }
            #expect(references == marks.map { "#" + ($0.attributes["id"] ?? "") })
        }
        let entry = try #require(WriterFixture.elements("glossEntry", in: units[0]).first)
        #expect(entry.children("term").map(\.text) == ["الحلف"])
        #expect(entry.children("term")[0].attributes["source"] == "g-1")
        #expect(entry.children("translation").map(\.text) == ["NATO", "the Alliance"])
        #expect(entry.children("definition").map(\.text) == ["Military alliance & political forum <1949>."])
        func meta(_ unit: XMLTreeNode) -> [String] {
            WriterFixture.elements("meta", in: unit).map { ($0.attributes["type"] ?? "") + "=" + $0.text }
        }
        #expect(meta(units[0]) == ["words=4", "headline=s0"])
        #expect(meta(units[1]) == ["words=11", "summary=s1"])
        #expect(meta(units[2]) == ["words=2"])
        let notes = WriterFixture.elements("note", in: root)
        #expect(notes.allSatisfy { $0.attributes["category"] == "dragoman" })
        #expect(
            notes.map(\.text).last
                == "Glossary terms:\nm1 الحلف → NATO (also: the Alliance)\nm2 داعش → ISIS (also: Daesh)")
    }

    // MARK: - Source text

    @Test(arguments: XLIFFVersion.allCases)
    func sourceIsTheOriginalTextExactly(_ version: XLIFFVersion) throws {
        for text in [Self.tricky, Self.tricky.replacingOccurrences(of: "\n", with: "\r\n")] {
            let article = try WriterFixture.article(text)
            let document = article.document
            let xml = try WriterFixture.write(article, XLIFFOptions(version: version))
            let root = try WriterFixture.parse(xml)
            let written =
                version == .v1_2
                ? WriterFixture.elements("trans-unit", in: root) : WriterFixture.elements("segment", in: root)
            #expect(written.count == document.content.count)
            for element in written {
                let id = try #require(element.attributes["id"])
                let index = try #require(Int(id.dropFirst()))
                #expect(element.children("source")[0].text == document.segments[index].text)
            }
            if version != .v1_2 {
                // A unit's segments and ignorables give back the paragraph's text from its first to last segment.
                for unit in WriterFixture.elements("unit", in: root) {
                    let parts = unit.children.filter { ["segment", "ignorable"].contains($0.name) }
                    let ids = parts.compactMap { $0.attributes["id"] }.compactMap { Int($0.dropFirst()) }
                    let range =
                        document.segments[ids.first!].range
                        .lowerBound..<document.segments[ids.last!].range
                        .upperBound
                    #expect(parts.map { $0.children("source")[0].text }.joined() == document.source.text(in: range))
                }
            }
            #expect(xml.contains("]]&gt;") && !xml.contains("]]>"))
            #expect(xml.contains("AT&amp;T &lt;b&gt;bold&lt;/b&gt;"))
            #expect(xml.contains("</mrk> باقٍ»، ثم سأل: لماذا؟</source>"))
            #expect(xml.contains("الجواب؛ لا أحد يعلم ]]&gt; ولا &lt;أحد&gt;"))
            #expect(xml.contains("٣٫٥ و 5ر7 و 1,000"))
        }
    }

    @Test(arguments: XLIFFVersion.allCases)
    func aHardWrappedSentenceKeepsItsLineBreaks(_ version: XLIFFVersion) throws {
        let wrapped = """
            قال الأمين العام لحلف شمال الأطلسي إن الحلف سيستمر في مهمته
            في العراق حتى بعد انتهاء مهمة التحالف الدولي ضد داعش، مشيرا إلى
            أن تراجع التهديدات هو الذي مهد للمرحلة الانتقالية في البلاد.
             وأضاف أن بعثة الحلف في العراق تعد ركيزة لوجوده في المنطقة كلها
            وأن التعاون مع الحكومة العراقية سيستمر في السنوات المقبلة.
            """
        for (text, lineBreak) in [(wrapped, "\n"), (wrapped.replacingOccurrences(of: "\n", with: "\r\n"), "&#13;\n")] {
            let article = try WriterFixture.article(text)
            #expect(article.document.segments.count == 2)
            let xml = try WriterFixture.write(article, XLIFFOptions(version: version))
            #expect(xml.contains("سيستمر في مهمته" + lineBreak + "في العراق"))
            let sources = WriterFixture.elements("source", in: try WriterFixture.parse(xml)).map(\.text)
            #expect(sources == article.document.segments.map(\.text))
        }
    }

    @Test(arguments: XLIFFVersion.allCases)
    func noBidiControlIsInjected(_ version: XLIFFVersion) throws {
        func bidi(_ text: String) -> Int {
            text.unicodeScalars.count {
                (0x200E...0x200F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                    || (0x2066...0x2069).contains($0.value) || $0.value == 0x061C
            }
        }
        // Right-to-left text, Latin inside it, digits and punctuation: written with no direction marks added (the
        // one in `tricky` is kept as written: see sourceIsTheOriginalTextExactly).
        let text = Self.small + Self.tricky.replacingOccurrences(of: "\u{200F}", with: "")
        let article = try WriterFixture.article(text, summary: [1])
        let xml = try WriterFixture.write(
            article, XLIFFOptions(version: version, keepBoilerplate: true, copySource: true))
        #expect(bidi(text) == 0)
        #expect(bidi(xml) == 0)
    }

    // MARK: - Glossary notes

    /// A proposed entry (آلية التشاور) is never marked: it waits for a terminologist's review.
    @Test func deprecatedAndFuzzyTermsSayWhatToDo() throws {
        let text = "قال إن الدولة الإسلامية وداعش في آلية التشاور، وحضر ستولتنبيرغ الاجتماع.\n"
        let article = try WriterFixture.article(text)
        let xml = try WriterFixture.write(article)
        let note = try #require(WriterFixture.elements("note", in: try WriterFixture.parse(xml)).first?.text)
        #expect(
            note == """
                Glossary terms:
                m1 الدولة الإسلامية → ISIS (also: Daesh); deprecated term: use داعش (ISIS); glossary note: Avoid: it grants the group's claim.
                m2 وداعش → ISIS (also: Daesh)
                m3 ستولتنبيرغ → Jens Stoltenberg; fuzzy match (score 0.96) of ينس ستولتنبيرج, not an exact glossary form: check the name
                """)
        // The mark carries the approved English (the replacement's for a deprecated term); none when there is none.
        #expect(xml.contains("<mrk mtype=\"term\" mid=\"m1\" comment=\"ISIS\">الدولة الإسلامية</mrk>"))
        #expect(xml.contains(" في آلية التشاور، "))
        let v2 = try WriterFixture.parse(WriterFixture.write(article, XLIFFOptions(version: .v2_0)))
        let entries = WriterFixture.elements("glossEntry", in: v2)
        #expect(entries.map { $0.children("term")[0].attributes["source"] } == ["g-3", "g-2", "g-4"])
        #expect(entries[0].children("translation").map(\.text) == ["ISIS", "Daesh"])
    }

    @Test func aConceptSeenTwiceInAUnitIsOneLineOfTheNote() throws {
        let article = try WriterFixture.article("قال الحلف إن الناتو باق وإن داعش انهزم.\n")
        let note = try #require(
            WriterFixture.elements("note", in: try WriterFixture.parse(WriterFixture.write(article))).first)
        #expect(
            note.text
                == "Glossary terms:\nm1 الحلف, m2 الناتو → NATO (also: the Alliance)\nm3 داعش → ISIS (also: Daesh)")
    }

    // MARK: - Options

    @Test(arguments: XLIFFVersion.allCases)
    func onlySummaryWritesTheHeadlineAndTheSummarySentences(_ version: XLIFFVersion) throws {
        let article = try WriterFixture.article(Self.small, summary: [2])
        let root = try WriterFixture.parse(
            WriterFixture.write(article, XLIFFOptions(version: version, onlySummary: true)))
        let ids = WriterFixture.elements(version == .v1_2 ? "trans-unit" : "segment", in: root).map {
            $0.attributes["id"]
        }
        #expect(ids == ["s0", "s2"])
        // No ignorable: the two are in different paragraphs.
        #expect(WriterFixture.elements("ignorable", in: root).isEmpty)
    }

    @Test func keptBoilerplateIsNotForTranslationAndSaysWhy() throws {
        let text = "قمة الحلف في بروكسل\n\nمشاركة\n\nقال الحلف إن الاجتماع انتهى.\n\nاضف تعليقاً واقرأ تعليقات القراء\n"
        let article = try WriterFixture.article(text, countBoilerplate: true)
        let reasons = article.document.segments.map { $0.boilerplate?.description }
        #expect(reasons[1] != nil && reasons[3] != nil)
        let plain = try WriterFixture.parse(WriterFixture.write(article))
        #expect(WriterFixture.elements("trans-unit", in: plain).map { $0.attributes["id"] } == ["s0", "s2"])

        let options = XLIFFOptions(keepBoilerplate: true, copySource: true)
        let root = try WriterFixture.parse(WriterFixture.write(article, options))
        let units = WriterFixture.elements("trans-unit", in: root)
        #expect(units.map { $0.attributes["id"] } == ["s0", "s1", "s2", "s3"])
        #expect(units.map { $0.attributes["translate"] } == [nil, "no", nil, "no"])
        #expect(units[1].children("note").map(\.text) == ["boilerplate (\(reasons[1]!)), not for translation"])
        // Only the units to translate get a target.
        #expect(units.map { $0.children("target").count } == [1, 0, 1, 0])
        #expect(WriterFixture.elements("count", in: units[1]).first?.text == "1")

        let v2 = try WriterFixture.parse(
            WriterFixture.write(article, XLIFFOptions(version: .v2_1, keepBoilerplate: true)))
        let unit = try #require(WriterFixture.elements("unit", in: v2).first { $0.attributes["id"] == "p2" })
        #expect(unit.attributes["translate"] == "no")
        #expect(
            WriterFixture.elements("note", in: unit).map(\.text) == [
                "s1: boilerplate (\(reasons[1]!)), not for translation"
            ])
        #expect(WriterFixture.elements("meta", in: unit).map(\.text) == ["1", "s1 \(reasons[1]!)"])
    }

    @Test(arguments: XLIFFVersion.allCases)
    func boilerplateInsideAParagraphIsMarkedNotToTranslate(_ version: XLIFFVersion) throws {
        // A paragraph of two sentences whose second is site furniture: built by hand, as cleanup marks lines.
        let text = "قال الحلف إن الاجتماع انتهى. شارك الخبر مع أصدقائك."
        let source = SourceText(name: "mixed.txt", text: text)
        let first = "قال الحلف إن الاجتماع انتهى."
        let second = "شارك الخبر مع أصدقائك."
        let start = first.utf8.count + 1
        let document = Document(
            source: source, language: "ar",
            segments: [
                Segment(
                    index: 0, kind: .sentence, paragraph: 1, language: "ar", range: 0..<first.utf8.count, text: first),
                Segment(
                    index: 1, kind: .sentence, paragraph: 1, language: "ar", range: start..<start + second.utf8.count,
                    text: second, boilerplate: Boilerplate(kind: .furniture, rule: "share widget")),
            ])
        let article = try WriterFixture.article(document, countBoilerplate: true)
        let xml = try WriterFixture.write(article, XLIFFOptions(version: version, keepBoilerplate: true))
        if version == .v1_2 {
            #expect(xml.contains("<trans-unit id=\"s1\" translate=\"no\" xml:space=\"preserve\">"))
        } else {
            #expect(xml.contains("<unit id=\"p1\" xml:space=\"preserve\">"))
            #expect(xml.contains("<source><mrk id=\"n1\" translate=\"no\">شارك الخبر مع أصدقائك.</mrk></source>"))
            #expect(xml.contains("s1: boilerplate (furniture: share widget), not for translation"))
        }
    }

    @Test(arguments: XLIFFVersion.allCases)
    func copySourcePrefillsTargetsWithThePlainSource(_ version: XLIFFVersion) throws {
        let article = try WriterFixture.article(Self.small)
        let root = try WriterFixture.parse(
            WriterFixture.write(article, XLIFFOptions(version: version, copySource: true)))
        let units = WriterFixture.elements(version == .v1_2 ? "trans-unit" : "segment", in: root)
        #expect(units.count == 4)
        for unit in units {
            let target = try #require(unit.children("target").first)
            #expect(target.text == unit.children("source")[0].text)
            #expect(target.children.isEmpty)  // no <mrk> in targets
            if version == .v1_2 {
                #expect(target.attributes["state"] == "needs-translation")
                #expect(target.attributes["xml:lang"] == "en")
            }
        }
    }

    @Test func languagesComeFromTheOptions() throws {
        let article = try WriterFixture.article(Self.small)
        let options = XLIFFOptions(version: .v2_2, sourceLanguage: "ar-EG", targetLanguage: "en-GB")
        let writer = try XLIFFWriter(options: options)
        #expect(writer.fileName(for: article) == "article.ar-EG-en-GB.xlf")
        let root = try WriterFixture.parse(writer.write(article))
        #expect(root.attributes["srcLang"] == "ar-EG" && root.attributes["trgLang"] == "en-GB")
    }

    // MARK: - Errors

    @Test func aCharacterXMLCannotCarryIsRefusedWithItsPlace() throws {
        let article = try WriterFixture.article("سطر أول.\n\nسطر\u{1} ثان.\n", name: "bad.txt")
        for version in XLIFFVersion.allCases {
            #expect(
                throws: XLIFFError.forbiddenCharacter(
                    article: "bad.txt", line: 3, column: 4, segment: 1, scalar: "U+0001")
            ) {
                try XLIFFWriter(options: XLIFFOptions(version: version)).write(article)
            }
        }
        let error = XLIFFError.forbiddenCharacter(article: "bad.txt", line: 3, column: 4, segment: 1, scalar: "U+0001")
        #expect(
            error.description
                == "bad.txt:3:4: segment 1 holds U+0001, a character XML cannot carry; remove it from the article (no XLIFF was written)"
        )
        let nonCharacter = try WriterFixture.article("جملة \u{FFFF} أخرى.\n", name: "x.txt")
        #expect(
            throws: XLIFFError.forbiddenCharacter(article: "x.txt", line: 1, column: 6, segment: 0, scalar: "U+FFFF")
        ) {
            try XLIFFWriter().write(nonCharacter)
        }
    }

    @Test func aGlossaryValueXMLCannotCarryIsRefused() throws {
        var glossary = WriterFixture.glossary
        glossary.entries[1].definition = "bad\u{7}bell"
        let article = try WriterFixture.article("قال إن داعش انهزم.\n", glossary: glossary)
        let expected = XLIFFError.forbiddenGlossaryCharacter(id: "g-2", value: "bad\u{7}bell", scalar: "U+0007")
        #expect(throws: expected) { try XLIFFWriter().write(article) }
        #expect(
            expected.description
                == "glossary entry g-2: 'bad\u{7}bell' holds U+0007, a character XML cannot carry; fix the entry (dragoman glossary update) and run again"
        )
    }

    @Test(arguments: ["ar_EG", "", "arabiclanguage", "en-", "1ar", "en-GB-\u{661}"])
    func aLanguageThatIsNotATagIsRefused(_ language: String) {
        #expect(throws: XLIFFError.invalidLanguage(language)) {
            try XLIFFWriter(options: XLIFFOptions(targetLanguage: language))
        }
        #expect(
            XLIFFError.invalidLanguage(language).description
                == "'\(language)' is not a language tag XLIFF accepts; use a BCP 47 tag such as ar, en or en-GB")
    }

    @Test func anArticleWithNothingToTranslate() throws {
        let article = try WriterFixture.article("\n\n   \n", name: "empty.txt")
        let xml = try WriterFixture.write(article)
        #expect(xml.contains("<body/>"))
        let expected = XLIFFError.nothingToTranslate(article: "empty.txt", version: "2.0")
        #expect(throws: expected) { try WriterFixture.write(article, XLIFFOptions(version: .v2_0)) }
        #expect(
            expected.description
                == "empty.txt: no segment to write (empty, or only boilerplate); XLIFF 2.0 needs at least one unit per file: use --xliff 1.2, --keep-boilerplate, or leave the article out"
        )
    }

    // MARK: - Size

    @Test(arguments: XLIFFVersion.allCases)
    func aTenThousandSentenceArticle(_ version: XLIFFVersion) throws {
        let article = try WriterFixture.article(Self.largeArticle(), name: "large.txt")
        #expect(article.document.segments.count == 10_000)
        let root = try WriterFixture.parse(WriterFixture.write(article, XLIFFOptions(version: version)))
        let ids = WriterFixture.elements(version == .v1_2 ? "trans-unit" : "segment", in: root).compactMap {
            $0.attributes["id"]
        }
        #expect(ids.count == 10_000 && Set(ids).count == 10_000)
        #expect(WriterFixture.elements("mrk", in: root).count == 10_000)
    }

    /// 10,000 sentences, ten to a paragraph, each naming a glossary term.
    static func largeArticle() -> String {
        var text = ""
        for paragraph in 0..<1_000 {
            for sentence in 0..<10 {
                text += "قال الحلف في البيان رقم \(paragraph * 10 + sentence) إن الاجتماع & الحوار <مستمران>. "
            }
            text += "\n\n"
        }
        return text
    }

    // MARK: - Schemas

    @Test(
        .enabled(if: XMLLint.canValidateXLIFF, "needs xmllint (Debian libxml2-utils)"),
        arguments: XLIFFVersion.allCases)
    func everythingWrittenValidatesAgainstTheOfficialSchema(_ version: XLIFFVersion) throws {
        let mixedText = "قال الحلف إن الاجتماع انتهى. شارك الخبر مع أصدقائك."
        let cases: [(String, XLIFFArticle, XLIFFOptions)] = [
            ("small", try WriterFixture.article(Self.small, summary: [1, 2]), XLIFFOptions(version: version)),
            ("tricky", try WriterFixture.article(Self.tricky), XLIFFOptions(version: version, copySource: true)),
            (
                "tricky CRLF", try WriterFixture.article(Self.tricky.replacingOccurrences(of: "\n", with: "\r\n")),
                XLIFFOptions(version: version)
            ),
            (
                "boilerplate",
                try WriterFixture.article(
                    "قمة الحلف في بروكسل\n\nمشاركة\n\nقال الحلف إن الاجتماع انتهى.\n\n" + mixedText + "\n",
                    countBoilerplate: true),
                XLIFFOptions(version: version, keepBoilerplate: true, copySource: true)
            ),
            (
                "summary", try WriterFixture.article(Self.small, summary: [2]),
                XLIFFOptions(version: version, onlySummary: true)
            ),
            ("large", try WriterFixture.article(Self.largeArticle()), XLIFFOptions(version: version)),
        ]
        for (name, article, options) in cases {
            let result = try WriterFixture.validate(try WriterFixture.write(article, options), version)
            #expect(result.status == 0, "\(name): \(result.combined)")
        }
        if version == .v1_2 {
            let empty = try WriterFixture.write(try WriterFixture.article(""), XLIFFOptions())
            let result = try WriterFixture.validate(empty, version)
            #expect(result.status == 0, "empty: \(result.combined)")
        }
    }

    @Test(.enabled(if: XMLLint.canValidateXLIFF, "needs xmllint (Debian libxml2-utils)"))
    func theSchemaCheckCanFail() throws {
        // A 1.2 trans-unit without its required id, and a 2.0 glossary entry without a term: both refused.
        let article = try WriterFixture.article(Self.small)
        let broken = try WriterFixture.write(article).replacingOccurrences(
            of: "<trans-unit id=\"s3\"", with: "<trans-unit")
        #expect(try WriterFixture.validate(broken, .v1_2).status == 3)
        let v2 = try WriterFixture.write(article, XLIFFOptions(version: .v2_0))
        let noTerm = v2.replacingOccurrences(of: "<gls:term source=\"g-1\">الحلف</gls:term>", with: "")
        #expect(noTerm != v2)
        #expect(try WriterFixture.validate(noTerm, .v2_0).status == 3)
    }
}

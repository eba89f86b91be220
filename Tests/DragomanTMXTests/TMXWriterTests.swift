import DragomanTMX
import DragomanTestSupport
import Foundation
import Testing

@Suite struct TMXWriterTests {
    static let units = [
        TMXUnit(
            id: "art-1:3",
            variants: [
                .init(language: "en", text: "NATO said the alliance & its partners <will> stay."),
                .init(language: "ar", text: "قال حلف شمال الأطلسي إن التحالف وشركاءه «باقون»، أليس كذلك؟ نعم؛ 2024."),
            ]),
        TMXUnit(
            variants: [
                .init(language: "ar", text: "أسعار النفط ارتفعت ٣٪ في Brent"),
                .init(language: "en-US", text: "Oil prices rose 3% for Brent"),
            ]),
        TMXUnit(
            id: "q\"uote",
            variants: [.init(language: "ar", text: "سطر أول\r\nسطر\tثان"), .init(language: "en", text: "")]),
    ]

    @Test func writesTheGoldenFile() throws {
        let written = try TMXWriter(sourceLanguage: "ar", toolVersion: "0.1.0").write(Self.units)
        #expect(written == (try Fixture.text("written.tmx")))
    }

    @Test func whatIsWrittenReadsBackUnchanged() throws {
        let written = try TMXWriter(sourceLanguage: "ar").write(Self.units)
        var read: [TMXUnit] = []
        let result = try TMXReader().read(Data(written.utf8), name: "written.tmx") { read.append($0) }
        #expect(result.sourceLanguage == "ar")
        #expect(result.skipped.isEmpty)
        #expect(read.count == 3)
        for (got, sent) in zip(read, Self.units) {
            #expect(got.id == sent.id)
            for variant in sent.variants { #expect(got.text(language: variant.language) == variant.text) }
        }
        // The source language comes first in every unit.
        #expect(read.allSatisfy { $0.variants.first?.language == "ar" })
        #expect(read[1].variants.map(\.language) == ["ar", "en-us"])
    }

    @Test func controlCharactersAreRefusedNamingTheUnit() {
        let bad = [TMXUnit(id: "u7", variants: [.init(language: "ar", text: "نص\u{1}")])]
        #expect(throws: TMXError.unwritableText(unit: "'u7'", language: "ar", value: "نص\u{1}")) {
            try TMXWriter(sourceLanguage: "ar").write(bad)
        }
        #expect(
            TMXError.unwritableText(unit: "'u7'", language: "ar", value: "نص\u{1}").description
                == "unit 'u7', language 'ar': the text 'نص\\u{1}' holds a character XML cannot carry (a control character, U+FFFE or U+FFFF); remove it"
        )
        let noncharacter = [
            TMXUnit(variants: [.init(language: "en", text: "a"), .init(language: "ar", text: "\u{FFFE}")])
        ]
        #expect(throws: TMXError.unwritableText(unit: "#1", language: "ar", value: "\u{FFFE}")) {
            try TMXWriter(sourceLanguage: "ar").write(noncharacter)
        }
    }

    /// Found by the fuzzer (Fixtures/fuzz/tmx/tuid-with-tab-and-line-feed.tmx): the reader gives a `tuid` written
    /// with `&#9;` or `&#10;` as a tab or line feed, and the writer refused it as a control character, though an
    /// attribute carries both (escaped, as it carries a carriage return).
    @Test func aTuidWithTabsAndLineBreaksIsWrittenAndReadBack() throws {
        let id = "a\tb\nc\r\nd\""
        let written = try TMXWriter(sourceLanguage: "ar").write([
            TMXUnit(id: id, variants: [.init(language: "ar", text: "نص")])
        ])
        #expect(written.contains("<tu tuid=\"a&#9;b&#10;c&#13;&#10;d&quot;\">"))
        var read: [TMXUnit] = []
        _ = try TMXReader().read(Data(written.utf8), name: "tuid.tmx") { read.append($0) }
        #expect(read.map(\.id) == [id])
        #expect(throws: TMXError.unwritableText(unit: "'a\u{1}'", language: "tuid", value: "a\u{1}")) {
            try TMXWriter(sourceLanguage: "ar").write([
                TMXUnit(id: "a\u{1}", variants: [.init(language: "ar", text: "x")])
            ])
        }
    }

    @Test(arguments: ["", "ar SA", "ar-", "عربي", "ar\"x"])
    func malformedLanguageCodesAreRefused(code: String) {
        let unit = [TMXUnit(variants: [.init(language: code, text: "x")])]
        #expect(throws: TMXError.invalidLanguage(unit: "#1", value: code)) {
            try TMXWriter(sourceLanguage: "en").write(unit)
        }
        #expect(throws: TMXError.invalidLanguage(unit: "header (srclang)", value: code)) {
            try TMXWriter(sourceLanguage: code).write([TMXUnit]())
        }
    }

    @Test func invalidLanguageMessage() {
        #expect(
            TMXError.invalidLanguage(unit: "#1", value: "ar SA").description
                == "unit #1: 'ar SA' is not a language code; write one such as 'ar' or 'en-US' (letters, digits and '-')"
        )
    }

    @Test(.enabled(if: XMLLint.isInstalled, "needs xmllint (libxml2-utils)"))
    func writtenFileIsWellFormedForXmllint() throws {
        let written = try TMXWriter(sourceLanguage: "ar").write(Self.units)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(written, to: "out.tmx")
        let result = try Subprocess.run("xmllint", ["--nonet", "--noout", path])
        #expect(result.status == 0, "\(result.stderr)")
    }
}

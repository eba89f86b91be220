import DragomanTMX
import DragomanTestSupport
import DragomanTranslation
import DragomanXLIFF
import Foundation
import Testing

/// Merging translated XLIFF into English articles, and the translation memory of a merge.
@Suite struct TranslationMergerTests {
    /// A 2.0 document: a headline unit and a paragraph of three sentences with the original whitespace between.
    static let translated20 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" trgLang="en">
          <file id="f1" original="../../etc/passwd">
            <unit id="s0"><segment id="s0" state="translated"><source>الناتو يطالب بالتعاون</source><target>NATO calls for cooperation</target></segment></unit>
            <unit id="p3">
              <segment id="s2" state="translated"><source>قال الأمين العام.</source><target>The Secretary General spoke.</target></segment>
              <ignorable><source>  </source></ignorable>
              <segment id="s3" state="translated"><source>وأضاف أن الحلف سيعمل.</source><target>He added that the Alliance would act.</target></segment>
              <ignorable><source>
        </source></ignorable>
              <segment id="s4" state="translated"><source>وختم.</source><target>He concluded.</target></segment>
            </unit>
            <unit id="s5" translate="no"><segment id="s5"><source>بروكسل (أ ش أ)</source></segment></unit>
          </file>
        </xliff>

        """

    func read(_ xml: String, name: String = "a.ar-en.xlf") throws -> XLIFFDocument {
        try XLIFFReader().read(Data(xml.utf8), name: name)
    }

    @Test func paragraphsInOrderWithTheirWhitespaceAndUntranslatableUnitsKept() throws {
        let articles = try TranslationMerger().articles([read(Self.translated20)], output: nil)
        #expect(articles.count == 1)
        let article = articles[0]
        #expect(article.path == "a.en.txt")
        #expect(article.paragraphs == 3)
        #expect(article.segments == 5)
        #expect(article.untranslated == [])
        #expect(
            article.text == """
                NATO calls for cooperation

                The Secretary General spoke.  He added that the Alliance would act.
                He concluded.

                بروكسل (أ ش أ)

                """)
    }

    @Test func outputNamesComeFromTheInputNeverFromOriginal() throws {
        let document = try read(Self.translated20, name: "/in/deep/NAME.ar-en.xlf")
        #expect(try TranslationMerger().articles([document], output: nil)[0].path == "NAME.en.txt")
        #expect(try TranslationMerger().articles([document], output: "/out/")[0].path == "/out/NAME.en.txt")
        #expect(try TranslationMerger().articles([document], output: "/out/x.txt")[0].path == "/out/x.txt")
        let plain = try read(Self.translated20, name: "report.xlf")
        #expect(try TranslationMerger().articles([plain], output: nil)[0].path == "report.en.txt")
        let hidden = try read(Self.translated20, name: ".xlf")
        #expect(try TranslationMerger().articles([hidden], output: nil)[0].path == "article.en.txt")
    }

    @Test func severalFilesAreNumberedAndNeedAFolder() throws {
        let twoFiles = Self.translated20.replacingOccurrences(
            of: "  </file>\n",
            with:
                "  </file>\n  <file id=\"f2\"><unit id=\"u\"><segment><source>ب</source><target>b</target></segment></unit></file>\n"
        )
        let document = try read(twoFiles)
        #expect(try TranslationMerger().articles([document], output: nil).map(\.path) == ["a-1.en.txt", "a-2.en.txt"])
        #expect(throws: TranslationError.outputNeedsFolder(output: "one.txt", files: 2)) {
            try TranslationMerger().articles([document], output: "one.txt")
        }
        #expect(
            TranslationError.outputNeedsFolder(output: "one.txt", files: 2).description
                == "-o one.txt names one file, but the input holds 2 <file> elements (one article each): give a folder (an existing one, or a path ending in /)"
        )
    }

    @Test func twoInputsWithOneOutputNameAreRefused() throws {
        let first = try read(Self.translated20, name: "x/a.ar-en.xlf")
        let second = try read(Self.translated20, name: "y/a.ar-en.xliff")
        #expect(
            throws: TranslationError.outputCollision(
                path: "a.en.txt", first: "x/a.ar-en.xlf", second: "y/a.ar-en.xliff")
        ) {
            try TranslationMerger().articles([first, second], output: nil)
        }
        #expect(
            TranslationError.outputCollision(path: "a.en.txt", first: "x/a.ar-en.xlf", second: "y/a.ar-en.xliff")
                .description
                == "x/a.ar-en.xlf and y/a.ar-en.xliff would both be merged into a.en.txt: merge them one at a time with -o"
        )
    }

    @Test func outputOverAnInputIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write(Self.translated20, to: "a.ar-en.xlf")
        let document = try XLIFFReader().read(file: input)
        #expect(throws: TranslationError.outputIsInput(path: input)) {
            try TranslationMerger().articles([document], output: input)
        }
        let articles = try TranslationMerger().articles([document], output: folder.path("out.txt"))
        #expect(throws: TranslationError.outputIsInput(path: input)) {
            try TranslationMerger().write(articles, memory: input)
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.translated20)
    }

    @Test func untranslatedSegmentsFailTheWriteUnlessAllowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let xml = Self.translated20.replacingOccurrences(of: "<target>He concluded.</target>", with: "")
            .replacingOccurrences(
                of: "<target>The Secretary General spoke.</target>", with: "<target>قال الأمين العام.</target>"
            )
            .replacingOccurrences(of: "id=\"s2\" state=\"translated\"", with: "id=\"s2\" state=\"initial\"")
        let document = try read(xml)
        let articles = try TranslationMerger().articles([document], output: folder.url.path + "/out/")
        #expect(
            articles[0].untranslated.map(\.description) == [
                "a.ar-en.xlf:6: untranslated: unit 'p3' segment 's2': the target is still the source (state 'initial')",
                "a.ar-en.xlf:11: untranslated: unit 'p3' segment 's4': no target",
            ])
        #expect(throws: TranslationError.untranslated(segments: 2)) {
            try TranslationMerger().write(articles, memory: folder.path("out/m.tmx"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
        #expect(
            TranslationError.untranslated(segments: 2).description
                == "2 segments are not translated (listed above); nothing was written: translate them, or give --allow-untranslated to keep them in Arabic"
        )
        let allowed = TranslationMerger(allowUntranslated: true)
        try allowed.write(
            try allowed.articles([document], output: folder.url.path + "/out/"), memory: folder.path("out/m.tmx"))
        #expect(
            try String(contentsOfFile: folder.path("out/a.en.txt"), encoding: .utf8)
                == "NATO calls for cooperation\n\nقال الأمين العام.  He added that the Alliance would act.\nوختم.\n\nبروكسل (أ ش أ)\n"
        )
    }

    @Test func translationMemoryHoldsTheTranslatedPairsAndReadsBack() throws {
        let merger = TranslationMerger()
        let articles = try merger.articles([read(Self.translated20)], output: nil)
        let tmx = try merger.translationMemory(articles)
        #expect(tmx.contains("srclang=\"ar\""))
        var units: [TMXUnit] = []
        let result = try TMXReader().read(Data(tmx.utf8), name: "m.tmx") { units.append($0) }
        #expect(result.skipped == [])
        #expect(
            units.map { [$0.variants.map(\.language), $0.variants.map(\.text)] } == [
                [["ar", "en"], ["الناتو يطالب بالتعاون", "NATO calls for cooperation"]],
                [["ar", "en"], ["قال الأمين العام.", "The Secretary General spoke."]],
                [["ar", "en"], ["وأضاف أن الحلف سيعمل.", "He added that the Alliance would act."]],
                [["ar", "en"], ["وختم.", "He concluded."]],
            ])
    }

    @Test(.enabled(if: XMLLint.isInstalled, "needs xmllint (Debian libxml2-utils)"))
    func translationMemoryIsWellFormedXML() throws {
        let merger = TranslationMerger()
        let tmx = try merger.translationMemory(try merger.articles([read(Self.translated20)], output: nil))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Subprocess.run("xmllint", ["--nonet", "--noout", try folder.write(tmx, to: "m.tmx")])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aCharacterXMLCannotCarryIsNamedBeforeTheMemoryIsWritten() throws {
        let xml = Self.translated20.replacingOccurrences(of: "He concluded.", with: "He concluded<cp hex=\"0007\"/>.")
        let merger = TranslationMerger()
        let articles = try merger.articles([read(xml)], output: nil)
        #expect(
            throws: TranslationError.unwritableMemory(
                file: "a.ar-en.xlf", line: 11, unit: "p3", segment: "s4", scalar: "U+0007")
        ) {
            try merger.translationMemory(articles)
        }
        #expect(
            TranslationError.unwritableMemory(
                file: "a.ar-en.xlf", line: 11, unit: "p3", segment: "s4", scalar: "U+0007"
            )
            .description
                == "a.ar-en.xlf:11: unit 'p3' segment 's4' holds U+0007, a character XML cannot carry, so it cannot go into the translation memory; nothing was written: remove it, or merge without --tmx"
        )
    }
}

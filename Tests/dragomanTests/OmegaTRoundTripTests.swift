import DragomanTMX
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

/// A real CAT tool round trip: `dragoman xliff --copy-source` writes a seed as XLIFF 1.2 into an OmegaT project
/// whose memory (written by Dragoman's TMX writer) translates some of its segments; OmegaT runs headless, and the
/// file it writes to `target/` goes through `dragoman qa` and `dragoman merge`; merge's TMX then translates the same
/// segments in a new OmegaT project.
@Suite struct OmegaTRoundTripTests {
    static let seed = "seeds/003_ebcacb89700a50ef.txt"

    /// The translations the project memory holds, by segment index; every other segment stays untranslated.
    static let english: [Int: String] = [
        0: "NATO: we are working to strengthen our partnership with Iraq and will not allow ISIS to return to it",
        6:
            "NATO Secretary General Jens Stoltenberg said the Alliance would work to strengthen its partnership with Iraq and would not allow the terrorist ISIS organization to return to it.",
        7:
            "Stoltenberg stressed that NATO Mission Iraq works side by side with the Government of Iraq to support its capabilities to confront terrorism and secure its stability through training programmes and military and security advice to Iraqi state institutions, despite being a \"non-combat mission\".",
        12:
            "In 2012 this partnership was strengthened by a \"political consultation mechanism\" between NATO and Iraq, which the 2014 NATO summit agreed to deepen under the NATO initiative to strengthen the defence and security capability of its partners",
        15:
            "In January 2017 a group of military and civilian experts was permanently stationed in Baghdad to coordinate joint programmes with the Iraqis in training, counter-terrorism and security, crowned by Iraq becoming a full member of the global coalition against ISIS, which helped strengthen the capability of the Iraqi forces to defeat the organization on Iraqi territory by the end of 2017 and to free 7.5 million Iraqis from its grip in the areas it was forced to leave under the blows of the Iraqi security forces",
        17:
            "In February 2021 NATO agreed to resume the training activities of its \"non-combat\" mission in Iraq at full strength, in response to a request made by the Government of Iraq at the time, and NATO accordingly increased the number of its trainers and experts working in Iraq.",
    ]

    @Test(.enabled(if: ExternalTool.isInstalled("omegat"), "needs OmegaT (Debian package omegat)"))
    func omegatTranslatesTargetsAndMergeGivesTheMemorysEnglish() throws {
        let folder = try TemporaryFolder(prefix: "dragoman-omegat")
        defer { folder.remove() }
        let project = folder.url.appendingPathComponent("project")
        for sub in ["source", "target", "omegat", "tm", "glossary", "dictionary"] {
            try FileManager.default.createDirectory(
                at: project.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let written = try CLI.run(["xliff", "--copy-source", "-o", project.path + "/source", Self.seed])
        #expect(written.status == 0, "\(written.stderr)")
        let name = "003_ebcacb89700a50ef.ar-en.xlf"

        // The article as the writer segments it: its content segments, in order.
        let document = try #require(
            try TextPipeline().process(paths: [CLI.packageRoot.appendingPathComponent(Self.seed).path]).first)
        let content = document.segments.filter { $0.boilerplate == nil }
        #expect(content.count == 13)
        #expect(Set(Self.english.keys).isSubset(of: Set(content.map(\.index))))

        try Self.projectFile.write(
            to: project.appendingPathComponent("omegat.project"), atomically: true, encoding: .utf8)
        // OmegaT shows a copied target as the segment to translate; its memory is keyed by that text.
        let memory = try TMXWriter(sourceLanguage: "ar").write(
            content.compactMap { segment in
                Self.english[segment.index].map { english in
                    TMXUnit(variants: [.init(language: "ar", text: segment.text), .init(language: "en", text: english)])
                }
            })
        try memory.write(
            to: project.appendingPathComponent("omegat/project_save.tmx"), atomically: true, encoding: .utf8)

        let omegat = try Subprocess.run(
            "omegat",
            [
                project.path, "--mode=console-translate", "--config-dir=" + folder.path("config"),
                "--disable-project-locking",
            ])
        #expect(omegat.status == 0, "\(omegat.combined.suffix(2000))")
        let translated = project.appendingPathComponent("target/" + name).path
        let xliff = try String(contentsOfFile: translated, encoding: .utf8)
        // OmegaT translates <target> and leaves state alone.
        #expect(xliff.components(separatedBy: "state=\"needs-translation\"").count == content.count + 1)

        // QA: exactly the segments the memory does not translate are reported, as untranslated errors.
        let qa = try CLI.run(["qa", "--glossary", "Glossaries/ar-en.tsv", translated])
        #expect(qa.status == 1)
        let lines = xliff.split(separator: "\n", omittingEmptySubsequences: false)
        let untranslated = content.filter { Self.english[$0.index] == nil }
        let findings = untranslated.map { segment in
            let line = lines.firstIndex { $0.contains("<trans-unit id=\"s\(segment.index)\"") }! + 1
            let unit = segment.kind == .line ? "s\(segment.index)" : "p\(segment.paragraph)"
            return
                "\(translated):\(line): error [untranslated] unit '\(unit)' segment 's\(segment.index)': the target is still the source (state 'needs-translation'); expected a translation"
        }
        let summary = "1 file, 13 segments checked: \(untranslated.count) errors, 0 warnings"
        #expect(qa.stdout == (findings + [summary]).joined(separator: "\n") + "\n")

        // Merge refuses untranslated segments and writes nothing.
        let refused = try CLI.run(["merge", "-o", folder.path("refused.txt"), translated])
        #expect(refused.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("refused.txt")))
        #expect(refused.stderr.components(separatedBy: ": untranslated: unit").count == untranslated.count + 1)

        // Allowed, it gives exactly the memory's English, the rest in Arabic, paragraphs in order.
        let article = folder.path("003.en.txt")
        let memoryOut = folder.path("003.tmx")
        let merged = try CLI.run(["merge", "--allow-untranslated", "--tmx", memoryOut, "-o", article, translated])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(
            merged.stdout
                == "\(article): 13 paragraphs, 13 segments, 7 left in Arabic (from \(translated))\n\(memoryOut): 6 translation units\n"
        )
        var paragraphs: [[String]] = []
        var last: (Int, Segment.Kind)?
        for segment in content {
            let text = Self.english[segment.index] ?? segment.text
            if segment.kind == .sentence, let last, last == (segment.paragraph, .sentence) {
                paragraphs[paragraphs.count - 1].append(text)
            } else {
                paragraphs.append([text])
            }
            last = (segment.paragraph, segment.kind)
        }
        let expected = paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n") + "\n"
        #expect(try String(contentsOfFile: article, encoding: .utf8) == expected)

        // The memory holds the translated pairs, and reads back.
        var pairs: [[String?]] = []
        let read = try TMXReader().read(Data(contentsOf: URL(fileURLWithPath: memoryOut)), name: memoryOut) { unit in
            pairs.append([unit.text(language: "ar"), unit.text(language: "en")])
        }
        #expect(read.sourceLanguage == "ar")
        #expect(pairs == content.compactMap { segment in Self.english[segment.index].map { [segment.text, $0] } })

        // The next job: a new project given merge's memory in tm/auto, which OmegaT applies by itself.
        let next = folder.url.appendingPathComponent("next")
        for sub in ["source", "target", "omegat", "tm/auto", "glossary", "dictionary"] {
            try FileManager.default.createDirectory(
                at: next.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try FileManager.default.copyItem(
            at: project.appendingPathComponent("source/" + name), to: next.appendingPathComponent("source/" + name))
        try FileManager.default.copyItem(
            at: project.appendingPathComponent("omegat.project"), to: next.appendingPathComponent("omegat.project"))
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: memoryOut), to: next.appendingPathComponent("tm/auto/003.tmx"))
        let again = try Subprocess.run(
            "omegat",
            [
                next.path, "--mode=console-translate", "--config-dir=" + folder.path("config"),
                "--disable-project-locking",
            ])
        #expect(again.status == 0, "\(again.combined.suffix(2000))")
        let nextArticle = folder.path("next.en.txt")
        let reused = try CLI.run([
            "merge", "--allow-untranslated", "-o", nextArticle, next.appendingPathComponent("target/" + name).path,
        ])
        #expect(reused.status == 0, "\(reused.stderr)")
        #expect(try String(contentsOfFile: nextArticle, encoding: .utf8) == expected)
    }

    static let projectFile = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <omegat>
          <project version="1.0">
            <source_dir>__DEFAULT__</source_dir>
            <target_dir>__DEFAULT__</target_dir>
            <tm_dir>__DEFAULT__</tm_dir>
            <glossary_dir>__DEFAULT__</glossary_dir>
            <glossary_file>__DEFAULT__</glossary_file>
            <dictionary_dir>__DEFAULT__</dictionary_dir>
            <source_lang>AR</source_lang>
            <target_lang>EN</target_lang>
            <source_tok>org.omegat.tokenizer.LuceneArabicTokenizer</source_tok>
            <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
            <sentence_seg>false</sentence_seg>
            <support_default_translations>true</support_default_translations>
            <remove_tags>false</remove_tags>
          </project>
        </omegat>

        """
}

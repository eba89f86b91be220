import DragomanTestSupport
import DragomanXML
import Foundation
import Testing

/// A real CAT tool round trip: a seed's XLIFF 1.2 (targets prefilled with the source, state needs-translation) in
/// an OmegaT project whose memory translates some of its segments; OmegaT runs headless, and the file it writes to
/// `target/` goes through `dragoman qa` and `dragoman merge`.
@Suite struct OmegaTRoundTripTests {
    static let fixture = CLI.packageRoot.appendingPathComponent(
        "Tests/dragomanTests/Fixtures/omegat/003_ebcacb89700a50ef.ar-en.xlf")

    /// The translations the project memory holds, by trans-unit id; every other segment stays untranslated.
    static let english: [String: String] = [
        "s0": "NATO: we are working to strengthen our partnership with Iraq and will not allow ISIS to return to it",
        "s6":
            "NATO Secretary General Jens Stoltenberg said the Alliance would work to strengthen its partnership with Iraq and would not allow the terrorist ISIS organization to return to it.",
        "s7":
            "Stoltenberg stressed that NATO Mission Iraq works side by side with the Government of Iraq to support its capabilities to confront terrorism and secure its stability through training programmes and military and security advice to Iraqi state institutions, despite being a \"non-combat mission\".",
        "s12":
            "In 2012 this partnership was strengthened by a \"political consultation mechanism\" between NATO and Iraq, which the 2014 NATO summit agreed to deepen under the NATO initiative to strengthen the defence and security capability of its partners",
        "s15":
            "In January 2017 a group of military and civilian experts was permanently stationed in Baghdad to coordinate joint programmes with the Iraqis in training, counter-terrorism and security, crowned by Iraq becoming a full member of the global coalition against ISIS, which helped strengthen the capability of the Iraqi forces to defeat the organization on Iraqi territory by the end of 2017 and to free 7.5 million Iraqis from its grip in the areas it was forced to leave under the blows of the Iraqi security forces",
        "s17":
            "In February 2021 NATO agreed to resume the training activities of its \"non-combat\" mission in Iraq at full strength, in response to a request made by the Government of Iraq at the time, and NATO accordingly increased the number of its trainers and experts working in Iraq.",
    ]

    /// The segments OmegaT leaves untranslated, in document order.
    static let untranslated = ["s8", "s9", "s10", "s11", "s13", "s14", "s16"]

    @Test(.enabled(if: ExternalTool.isInstalled("omegat"), "needs OmegaT (Debian package omegat)"))
    func omegatTranslatesTargetsAndMergeGivesTheMemorysEnglish() throws {
        let folder = try TemporaryFolder(prefix: "dragoman-omegat")
        defer { folder.remove() }
        let project = folder.url.appendingPathComponent("project")
        for sub in ["source", "target", "omegat", "tm", "glossary", "dictionary"] {
            try FileManager.default.createDirectory(
                at: project.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let xliff = try String(contentsOf: Self.fixture, encoding: .utf8)
        let name = Self.fixture.lastPathComponent
        try xliff.write(to: project.appendingPathComponent("source/" + name), atomically: true, encoding: .utf8)
        try Self.projectFile.write(
            to: project.appendingPathComponent("omegat.project"), atomically: true, encoding: .utf8)
        try Self.memory(for: xliff).write(
            to: project.appendingPathComponent("omegat/project_save.tmx"), atomically: true, encoding: .utf8)

        let omegat = try Subprocess.run(
            "omegat",
            [
                project.path, "--mode=console-translate", "--config-dir=" + folder.path("config"),
                "--disable-project-locking",
            ])
        #expect(omegat.status == 0, "\(omegat.combined.suffix(2000))")
        let translated = project.appendingPathComponent("target/" + name).path
        let written = try String(contentsOfFile: translated, encoding: .utf8)
        // OmegaT translates <target> and leaves state alone.
        #expect(written.components(separatedBy: "state=\"needs-translation\"").count == 14)

        let qa = try CLI.run(["qa", "--glossary", "Glossaries/ar-en.tsv", translated])
        #expect(qa.status == 1)
        let expectedFindings = Self.untranslated.map { id in
            "\(translated):\(Self.line(of: id, in: xliff)): error [untranslated] unit '\(Self.unit(of: id, in: xliff))' segment '\(id)': the target is still the source (state 'needs-translation'); expected a translation"
        }
        #expect(qa.stdout == (expectedFindings + ["1 file, 13 segments checked: 7 errors, 0 warnings"]).joined(separator: "\n") + "\n")

        let refused = try CLI.run(["merge", "-o", folder.path("refused.txt"), translated])
        #expect(refused.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("refused.txt")))
        #expect(refused.stderr.components(separatedBy: "untranslated: unit").count == 8)

        let merged = try CLI.run(["merge", "--allow-untranslated", "-o", folder.path("003.en.txt"), translated])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == "\(folder.path("003.en.txt")): 13 paragraphs, 13 segments, 7 left in Arabic (from \(translated))\n")
        let article = try String(contentsOfFile: folder.path("003.en.txt"), encoding: .utf8)
        let expected = Self.ids(in: xliff).map { Self.english[$0] ?? Self.source(of: $0, in: xliff) }
        #expect(article == expected.joined(separator: "\n\n") + "\n")
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

    /// The project memory: for each translated id, the segment as OmegaT shows it (the target's text, each
    /// `<mrk>` pair as a numbered tag `<m0>…</m0>`) and the English.
    static func memory(for xliff: String) -> String {
        var tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="dragoman-test" creationtoolversion="1" segtype="paragraph" o-tmf="dragoman" adminlang="en" srclang="ar" datatype="plaintext"/>
              <body>

            """
        for id in ids(in: xliff) {
            guard let english = english[id] else { continue }
            var pairs = 0
            var stack: [Int] = []
            let shown = inner("target", of: id, in: xliff).replacing(/<mrk[^>]*>|<\/mrk>/) { match in
                if match.output.hasPrefix("</") { return "</m\(stack.removeLast())>" }
                stack.append(pairs)
                pairs += 1
                return "<m\(stack.last!)>"
            }
            let segment = XMLBuilder.escaped(unescaped(shown), attribute: false)
            tmx += "    <tu><tuv xml:lang=\"ar\"><seg>\(segment)</seg></tuv>"
            tmx += "<tuv xml:lang=\"en\"><seg>\(XMLBuilder.escaped(english, attribute: false))</seg></tuv></tu>\n"
        }
        return tmx + "  </body>\n</tmx>\n"
    }

    // Reading the fixture's own, regular markup (Dragoman's layout) to state what the tests expect.

    static func ids(in xliff: String) -> [String] {
        xliff.matches(of: /<trans-unit id="([^"]+)"/).map { String($0.output.1) }
    }

    static func inner(_ element: String, of id: String, in xliff: String) -> String {
        let unit = xliff.firstMatch(of: try! Regex("<trans-unit id=\"\(id)\"[\\s\\S]*?</trans-unit>"))!.output[0]
            .substring!
        let match = unit.firstMatch(of: try! Regex("<\(element)[^>]*>([\\s\\S]*?)</\(element)>"))!
        return String(match.output[1].substring!)
    }

    static func source(of id: String, in xliff: String) -> String {
        unescaped(inner("source", of: id, in: xliff).replacing(/<[^>]+>/, with: ""))
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func line(of id: String, in xliff: String) -> Int {
        let lines = xliff.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.contains("<trans-unit id=\"\(id)\"") }! + 1
    }

    static func unit(of id: String, in xliff: String) -> String {
        var current = id
        for line in xliff.split(separator: "\n") {
            if let group = line.firstMatch(of: /<group id="([^"]+)"/) { current = String(group.output.1) }
            if line.contains("</group>") { current = "" }
            if line.contains("<trans-unit id=\"\(id)\"") { return current.isEmpty ? id : current }
        }
        return id
    }
}

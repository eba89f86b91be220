import DragomanTestSupport
import Foundation
import Testing

/// `dragoman qa` and `dragoman merge` end to end: write with `dragoman xliff`, fill the targets as a translator
/// would, check, merge.
@Suite struct TranslationCommandTests {
    static let article = """
        الناتو يطالب بتعاون دولي

        قال الأمين العام إن الحلف سيعمل على تعزيز شراكته مع العراق. وأكد أن البعثة تعمل منذ عام 2018. وختم بأن 5ر7 مليون عراقي تحرروا.

        وفي بروكسل، اجتمع الوزراء يوم الخميس. ثم أصدروا بيانا مشتركا من 12 نقطة.

        """

    /// The translation of each segment, by index.
    static let english = [
        "NATO calls for international cooperation",
        "The Secretary General said that the Alliance would work to strengthen its partnership with Iraq.",
        "He stressed that the mission has worked since 2018.",
        "He concluded that 7.5 million Iraqis were freed.",
        "In Brussels, the ministers met on Thursday.",
        "Then they issued a joint statement of 12 points.",
    ]

    static let glossary = CLI.packageRoot.appendingPathComponent("Glossaries/ar-en.tsv").path

    /// A folder holding the article and its XLIFF (written by `dragoman xliff`), with `targets` filled in as a
    /// translator's tool would: a `<target>` after each segment's `<source>`.
    func translated(version: String, targets: [Int: String]) throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        try folder.write(Self.article, to: "article.txt")
        let written = try CLI.run(
            ["xliff", "--glossary", Self.glossary, "--xliff", version, "-o", ".", "article.txt"], in: folder.url)
        #expect(written.status == 0, "\(written.stderr)")
        let path = folder.path("article.ar-en.xlf")
        var xml = try String(contentsOfFile: path, encoding: .utf8)
        let element = version == "1.2" ? "trans-unit" : "segment"
        for (index, text) in targets {
            let pattern = try Regex("(<\(element) id=\"s\(index)\"[^>]*>\\s*<source[^>]*>[\\s\\S]*?</source>)")
            xml = xml.replacing(pattern) { match in
                String(match.output[0].substring!) + "<target>\(text)</target>"
            }
        }
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        return (folder, path)
    }

    @Test(arguments: ["1.2", "2.0", "2.1", "2.2"])
    func writeTranslateCheckAndMerge(version: String) throws {
        let (folder, path) = try translated(
            version: version, targets: Dictionary(uniqueKeysWithValues: Self.english.enumerated().map { ($0, $1) }))
        defer { folder.remove() }
        let qa = try CLI.run(["qa", "--glossary", Self.glossary, path])
        #expect(qa.status == 0, "\(qa.stdout)")
        #expect(qa.stdout == "1 file, 6 segments checked: 0 errors, 0 warnings\n")
        let merged = try CLI.run(["merge", "article.ar-en.xlf"], in: folder.url)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == "article.en.txt: 3 paragraphs, 6 segments (from article.ar-en.xlf)\n")
        let expected =
            Self.english[0] + "\n\n" + Self.english[1...3].joined(separator: " ") + "\n\n"
            + Self.english[4...5].joined(separator: " ") + "\n"
        #expect(try String(contentsOfFile: folder.path("article.en.txt"), encoding: .utf8) == expected)
    }

    @Test func plantedErrorsOfEveryKindExitOne() throws {
        var targets = Dictionary(uniqueKeysWithValues: Self.english.enumerated().map { ($0, $1) })
        targets[0] = "The Alliance calls for international cooperation"
        targets[1] = "The chief said that NATO would work to strengthen its partnership with Iraq."
        targets[2] = nil
        targets[3] = "He concluded that 7.5 million Iraqis were freed from the caliphate."
        targets[4] = "In بروكسل, the ministers met on Thursday."
        targets[5] = "Then they issued a joint statement of 13 points."
        let (folder, path) = try translated(version: "1.2", targets: targets.compactMapValues { $0 })
        defer { folder.remove() }
        let shipped = try String(contentsOfFile: Self.glossary, encoding: .utf8)
        let header = shipped.prefix { $0 != "\n" }.split(separator: "\t", omittingEmptySubsequences: false)
        let values = [
            "id": "dm-9999", "ar": "الخلافة المزعومة", "en": "caliphate", "status": "deprecated", "note": "use dm-0006",
        ]
        let row = header.map { values[String($0)] ?? "" }.joined(separator: "\t")
        let glossary = try folder.write(shipped + row + "\n", to: "g.tsv")
        let text = try CLI.run(["qa", "--glossary", glossary, path])
        #expect(text.status == 1)
        let rules = text.stdout.split(separator: "\n").dropLast().map { line in
            String(line.split(separator: "[")[1].split(separator: "]")[0])
        }
        #expect(
            rules == [
                "missing-term", "untranslated", "deprecated-term", "missing-term", "arabic-in-target", "number",
                "number",
            ])
        #expect(text.stdout.hasSuffix("1 file, 6 segments checked: 6 errors, 1 warning\n"))
        let json = try CLI.run(["qa", "--format", "json", "--glossary", glossary, path])
        #expect(json.status == 1)
        #expect(json.stderr == "1 file, 6 segments checked: 6 errors, 1 warning\n")
        let objects = try json.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.count == 7)
        #expect(
            objects.allSatisfy {
                Set($0.keys) == [
                    "severity", "rule", "file", "line", "unit", "segment", "subject", "expected", "message",
                ]
            })
        let missing = try #require(objects.first)
        #expect(missing["severity"] as? String == "error")
        #expect(missing["unit"] as? String == "p2")
        #expect(missing["segment"] as? String == "s1")
        #expect(missing["subject"] as? String == "الأمين العام")
        #expect(missing["expected"] as? String == "'Secretary General' (or 'Secretary-General')")
    }

    @Test func inconsistentRenderingAcrossFiles() throws {
        let (first, firstPath) = try translated(
            version: "1.2", targets: Dictionary(uniqueKeysWithValues: Self.english.enumerated().map { ($0, $1) }))
        defer { first.remove() }
        var targets = Dictionary(uniqueKeysWithValues: Self.english.enumerated().map { ($0, $1) })
        targets[1] = "The Secretary General said that NATO would work to strengthen its partnership with Iraq."
        let (second, secondPath) = try translated(version: "2.0", targets: targets)
        defer { second.remove() }
        let qa = try CLI.run(["qa", "--glossary", Self.glossary, firstPath, secondPath])
        #expect(qa.status == 0)
        #expect(
            qa.stdout == """
                \(secondPath):79: warning [inconsistent-term] unit 'p2' segment 's1': 'الحلف' (dm-0001) is rendered 'NATO' here but 'the Alliance' in 1 other segment (first \(firstPath):16, unit 'p2' segment 's1'); expected 'the Alliance', as elsewhere
                2 files, 12 segments checked: 0 errors, 1 warning

                """)
    }

    @Test func qaWithoutAGlossarySaysSo() throws {
        let (folder, path) = try translated(version: "1.2", targets: [0: "NATO calls"])
        defer { folder.remove() }
        let qa = try CLI.run(["qa", path], in: folder.url)
        #expect(qa.status == 1)
        #expect(qa.stderr == "no glossary (Glossaries/ar-en.tsv not found): terms are not checked\n")
        #expect(qa.stdout.hasSuffix("1 file, 6 segments checked: 5 errors, 0 warnings\n"))
    }

    @Test func aNameInsideTheDocumentNeverDecidesWhereMergeWrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let work = folder.url.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="../../escaped.txt" source-language="ar" target-language="../../x" datatype="plaintext"><body>
                <trans-unit id="s0"><source>الناتو</source><target>NATO</target></trans-unit>
              </body></file>
              <file original="/tmp/absolute.txt" source-language="ar" target-language="en" datatype="plaintext"><body>
                <trans-unit id="s0"><source>الحلف</source><target>the Alliance</target></trans-unit>
              </body></file>
            </xliff>
            """
        try folder.write(xml, to: "a/b/job.xlf")
        let merged = try CLI.run(["merge", "job.xlf"], in: work)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: work.path).sorted() == [
                "job-1.target.txt", "job-2.en.txt", "job.xlf",
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["a"])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/absolute.txt"))
        #expect(
            try String(contentsOfFile: work.appendingPathComponent("job-1.target.txt").path, encoding: .utf8)
                == "NATO\n")
    }

    @Test func mergeRefusesUntranslatedAndWritesNothing() throws {
        let (folder, path) = try translated(version: "1.2", targets: [0: "NATO calls for international cooperation"])
        defer { folder.remove() }
        let refused = try CLI.run(["merge", "-o", "out/", path], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(refused.stderr.hasPrefix("\(path):16: untranslated: unit 'p2' segment 's1': no target\n"))
        #expect(
            refused.stderr.hasSuffix(
                "Error: 5 segments are not translated (listed above); nothing was written: translate them, or give --allow-untranslated to keep them in Arabic\n"
            ))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
        let allowed = try CLI.run(["merge", "--allow-untranslated", "-o", "out/", path], in: folder.url)
        #expect(allowed.status == 0)
        #expect(allowed.stdout == "out/article.en.txt: 3 paragraphs, 6 segments, 5 left in Arabic (from \(path))\n")
        let text = try String(contentsOfFile: folder.path("out/article.en.txt"), encoding: .utf8)
        #expect(text.hasPrefix("NATO calls for international cooperation\n\nقال الأمين العام إن الحلف"))
    }

    @Test func badInputIsAnErrorNamingFileAndPosition() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file>",
            to: "cut.xlf")
        for command in ["qa", "merge"] {
            let result = try CLI.run([command, "cut.xlf"], in: folder.url)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("Error: cut.xlf:3:"))
            #expect(result.stderr.contains("not well-formed XML"))
        }
        let missing = try CLI.run(["qa", "nothing.xlf"], in: folder.url)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasSuffix("Error: nothing.xlf: cannot read: no such file\n"))
        let usage = try CLI.run(["merge"], in: folder.url)
        #expect(usage.status == 64)
    }
}

extension TranslationCommandTests {
    /// The README's QA example, exactly as the README shows it.
    @Test func readmeExampleOutputIsWhatQAPrints() throws {
        let file = "Tests/DragomanTranslationTests/Fixtures/qa-example.ar-en.xlf"
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let text = try CLI.run(["qa", file])
        #expect(text.status == 1)
        let shown = readme.components(separatedBy: "$ swift run dragoman qa \(file)\n")[1]
            .components(separatedBy: "\n```")[0]
        #expect(text.stdout == shown + "\n")
        let json = try CLI.run(["qa", "--format", "json", file])
        let firstShown = readme.components(separatedBy: "$ swift run dragoman qa --format json \(file)\n")[1]
            .components(separatedBy: "\n")[0]
        #expect(json.stdout.components(separatedBy: "\n")[0] == firstShown)
    }
}

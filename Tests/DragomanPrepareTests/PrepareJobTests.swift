import DragomanPrepare
import DragomanSummarizer
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@Suite struct PrepareJobTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func temporaryFolder() throws -> URL {
        let folder = TestScratch.root.appendingPathComponent("dragoman-prepare-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func writesEveryArticleOfTheSeedsAndAReport() async throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let seeds = Self.packageRoot.appendingPathComponent("seeds").path
        var lines: [String] = []
        let glossary = Self.packageRoot.appendingPathComponent("Glossaries/ar-en.tsv").path
        let (report, articles) = try await PrepareJob(
            options: PrepareOptions(inputs: [seeds], output: output.path, glossary: glossary)
        )
        .runCollectingArticles {
            lines.append($0)
        }
        #expect(report.articleCount == 5)
        #expect(articles.count == 5)
        #expect(lines.count == 10)  // five articles, digest, terms, candidates, translation package, report
        // Each article's results come with its closing line, in the same order.
        #expect(zip(articles, lines).allSatisfy { $1.hasPrefix($0.source + " → " + $0.folder + "/ (") })
        for article in articles {
            for file in article.files {
                let path = (article.folder as NSString).appendingPathComponent(file)
                #expect(FileManager.default.fileExists(atPath: path), "\(path)")
            }
            let text = try String(
                contentsOfFile: (article.folder as NSString).appendingPathComponent("text.txt"), encoding: .utf8)
            // Boilerplate is left out of the clean text.
            #expect(!text.contains("اضف تعليق"))
            #expect(!text.contains("first appeared on"))
            #expect(!text.contains("رئيس مجلسى الإدارة"))
        }
        let html = try String(contentsOf: output.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(html.contains("furniture: comment widget"))
        #expect(html.contains("الناتو يؤكد دعم جهود التحالف الدولى لمناهضة داعش"))
        #expect(html.contains("Digest of the batch"))
        #expect(html.contains("<table class=\"terms\">"))
        // Per article: summary and term table; for the batch: digest, terms and candidates.
        for name in ["digest.md", "terms.tsv", "candidates.tsv"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path), "\(name)")
        }
        let terms = try String(
            contentsOf: output.appendingPathComponent("003_ebcacb89700a50ef/terms.tsv"), encoding: .utf8)
        #expect(terms.contains("NATO"))
        let summary = try String(
            contentsOf: output.appendingPathComponent("003_ebcacb89700a50ef/summary.md"), encoding: .utf8)
        #expect(summary.contains("ستولينبيرج"))
        // Each article's XLIFF beside its summary, and the batch's translation package.
        let xliff = try String(
            contentsOf: output.appendingPathComponent("003_ebcacb89700a50ef/003_ebcacb89700a50ef.ar-en.xlf"),
            encoding: .utf8)
        #expect(xliff.contains("<file original=\"003_ebcacb89700a50ef.txt\" source-language=\"ar\""))
        let package = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("package").path)
        let expected = [
            "000_8df4f7dc39500c72.ar-en.xlf", "001_0dda74a77566b337.ar-en.xlf", "002_338c65e35c31d7d7.ar-en.xlf",
            "003_ebcacb89700a50ef.ar-en.xlf", "004_1485ed8d9be99254.ar-en.xlf", "README.txt", "glossary.tbx",
            "package.json", "terms.tsv",
        ]
        #expect(package.sorted() == expected)
        let packaged = try Data(contentsOf: output.appendingPathComponent("package/003_ebcacb89700a50ef.ar-en.xlf"))
        #expect(packaged == Data(xliff.utf8))
        // Candidate terms carry no run date: `updated` (the last column) stays empty.
        let candidates = try String(contentsOf: output.appendingPathComponent("candidates.tsv"), encoding: .utf8)
        #expect(candidates.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix("\t") })
        // No temporary files are left behind.
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func htmlIsEscaped() async throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let input = output.appendingPathComponent("in.txt")
        try Data("<script>alert('x')</script> & \"quotes\"\n\nقال الحلف إن الاجتماع انتهى.\n".utf8).write(to: input)
        _ = try await PrepareJob(
            options: PrepareOptions(inputs: [input.path], output: output.appendingPathComponent("out").path)
        ).run()
        let html = try String(contentsOf: output.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(!html.contains("<script"))
    }

    @Test func badInputIsSkippedWithoutDamagingEarlierOutput() async throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let good = output.appendingPathComponent("good.txt")
        try Data("قال الحلف إن الاجتماع انتهى.\n".utf8).write(to: good)
        let out = output.appendingPathComponent("out").path
        let glossary = Self.packageRoot.appendingPathComponent("Glossaries/ar-en.tsv").path
        _ = try await PrepareJob(options: PrepareOptions(inputs: [good.path], output: out, glossary: glossary)).run()
        let before = try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("good/text.txt"))
        let bad = output.appendingPathComponent("bad.txt")
        try Data([0x41, 0x00, 0x42]).write(to: bad)
        let report = try await PrepareJob(
            options: PrepareOptions(inputs: [good.path, bad.path], output: out, glossary: glossary)
        ).run()
        #expect(report.skipped == [.binary(file: bad.path, offset: 1)])
        #expect(report.articleCount == 1)
        let after = try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("good/text.txt"))
        #expect(before == after)
    }

    /// The glossary's concepts reach redundancy control: "الناتو" restating what "الحلف" said is a repeat.
    @Test func summariesUseTheGlossaryForParaphrases() async throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let sentences = [
            "وقال الحلف في بيان إن قواته ستبقى في العراق حتى نهاية العام المقبل لتدريب الجيش العراقي، مضيفا أن وزراء الدفاع سيجتمعون في بروكسل الشهر المقبل لبحث تمويل البعثة وتوسيع عملياتها في سوريا.",
            "وأكد الناتو أن جنوده باقون في العراق لتدريب الجيش.",
            "وتعرضت قاعدة عين الأسد لهجوم بطائرة مسيرة الأسبوع الماضي دون وقوع إصابات.",
            "وتطالب فصائل عراقية بانسحاب جميع القوات الأجنبية من البلاد.",
            "وقال مسؤول عراقي إن الحكومة لم تطلب حتى الآن جدولا زمنيا للانسحاب.",
            "ومن المنتظر أن يزور وفد من الحلف بغداد قبل نهاية الشهر الجاري.",
            "وتعمل البعثة في العراق منذ عام 2018 بطلب من الحكومة العراقية.",
            "ويقدر عدد أفراد البعثة بنحو خمسمئة مستشار ومدرب من دول الحلف.",
        ]
        let input = output.appendingPathComponent("article.txt")
        try Data((sentences.joined(separator: "\n\n") + "\n").utf8).write(to: input)
        let glossary = Self.packageRoot.appendingPathComponent("Glossaries/ar-en.tsv").path
        _ = try await PrepareJob(
            options: PrepareOptions(
                inputs: [input.path], output: output.appendingPathComponent("out").path, glossary: glossary)
        ).run()
        let summary = try String(
            contentsOf: output.appendingPathComponent("out/article/summary.md"), encoding: .utf8)
        #expect(summary.contains("وقال الحلف في بيان"))
        #expect(!summary.contains("وأكد الناتو أن جنوده"), "\(summary)")
        // Without the glossary, the same summarizer takes the paraphrase.
        let document = try TextPipeline().process(paths: [input.path])[0]
        let plain = try Summarizer().summarize(document).sentences.map(\.text)
        #expect(plain.contains(sentences[1]), "\(plain)")
    }

    @Test func missingGlossaryFailsBeforeWritingAnything() async throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let seeds = Self.packageRoot.appendingPathComponent("seeds").path
        let out = output.appendingPathComponent("out").path
        await #expect(throws: PrepareError.glossary(.unreadable(file: "/no/glossary.tsv", reason: "no such file"))) {
            try await PrepareJob(options: PrepareOptions(inputs: [seeds], output: out, glossary: "/no/glossary.tsv"))
                .run()
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

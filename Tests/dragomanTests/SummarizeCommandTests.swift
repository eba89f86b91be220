import Foundation
import Testing

@Suite struct SummarizeCommandTests {
    @Test func jsonSummariesOfSeedsPointAtTheirBytes() throws {
        let result = try CLI.run(["summarize", "--sentences", "3", "--format", "json", "seeds/"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let file = try #require(object["file"] as? String)
            let bytes = try Data(contentsOf: CLI.packageRoot.appendingPathComponent(file))
            let sentences = try #require(object["sentences"] as? [[String: Any]])
            #expect(sentences.count == 3)
            var previous = -1
            for sentence in sentences {
                let start = try #require(sentence["start"] as? Int)
                let end = try #require(sentence["end"] as? Int)
                let index = try #require(sentence["index"] as? Int)
                #expect(index > previous)
                previous = index
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == sentence["text"] as? String)
            }
        }
    }

    @Test func digestMarkdownCitesSourceFiles() throws {
        let result = try CLI.run(["summarize", "--digest", "--format", "markdown", "seeds/"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Digest\n"))
        let bullets = result.stdout.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(bullets.count == 10)
        #expect(bullets.allSatisfy { $0.hasSuffix(".txt") && $0.contains(" — seeds/0") && $0.contains("\\_") })
    }

    @Test func markdownShowsTheHeadlineAsTitle() throws {
        let result = try CLI.run(["summarize", "--format", "markdown", "seeds/002_338c65e35c31d7d7.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix("# التحالف الدولي يجدد تمسكه بهزيمة “داعش” لتحقيق الاستقرار في سوريا والعراق\n"))
    }

    @Test func maxWordsFromStandardInput() throws {
        let text =
            "وافقت الحكومة على ميزانية التعليم. وقال الوزير إن الميزانية تزيد الرواتب. وانتقدت المعارضة التأخر.\n"
        let result = try CLI.run(
            ["summarize", "--max-words", "10", "--algorithm", "lead", "-"], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "وافقت الحكومة على ميزانية التعليم.\nوانتقدت المعارضة التأخر.\n")
    }

    @Test func oneFileInTextIsItsSentencesOnly() throws {
        let result = try CLI.run(["summarize", "--sentences", "2", "seeds/002_338c65e35c31d7d7.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(!result.stdout.contains("# ") && !result.stdout.contains("Title:"))
        #expect(lines[0].hasPrefix("جدد التحالف الدولي المناهض لتنظيم داعش"), "\(lines[0])")
    }

    @Test func severalFilesInTextHaveAHeaderEach() throws {
        let result = try CLI.run([
            "summarize", "--sentences", "1", "seeds/000_8df4f7dc39500c72.txt", "seeds/002_338c65e35c31d7d7.txt",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let headers = result.stdout.split(separator: "\n").filter { $0.hasPrefix("# ") }
        #expect(
            headers == [
                "# seeds/000_8df4f7dc39500c72.txt (ar, desk, 1 of 6 sentences)",
                "# seeds/002_338c65e35c31d7d7.txt (ar, desk, 1 of 14 sentences)",
            ])
    }

    @Test(arguments: [
        (
            ["summarize", "--sentences", "2", "--words", "10", "seeds/"],
            "give at most one of --sentences, --words, --max-words and --ratio"
        ),
        (
            ["summarize", "--sentences", "0", "seeds/"],
            "--sentences '0' is not a valid summary length; give a positive number"
        ),
        (
            ["summarize", "--algorithm", "luhn", "seeds/"],
            "unknown algorithm 'luhn'; use one of: desk, lead, lexrank, lexrank-continuous, textrank, learned"
        ),
        (["summarize", "--format", "html", "seeds/"], "unknown format 'html'; use text, markdown or json"),
        (["summarize", "missing.txt"], "missing.txt: cannot read: no such file"),
        (
            ["summarize", "--words", "-5", "seeds/"],
            "Error: --words '-5' is not a valid summary length; give a positive number\n"
        ),
        (
            ["summarize", "--max-words", "-1", "seeds/"],
            "Error: --max-words '-1' is not a valid summary length; give a positive number\n"
        ),
        (
            ["summarize", "--ratio", "-0.5", "seeds/"],
            "Error: --ratio '-0.5' is not a valid summary length; give a share above 0 and at most 1, e.g. 0.25\n"
        ),
        (
            ["summarize", "--lang", "xx", "seeds/"],
            "Error: unknown language 'xx'; use auto (detect from the script), ar or en (news rules for Arabic and "
                + "English), or another two-letter ISO 639-1 code such as fa, fr, ru or ur (ICU segmentation only)\n"
        ),
    ])
    func badInputIsRefused(_ arguments: [String], _ message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func rougeOnTheEnglishFixture() throws {
        let fixture = "Tests/DragomanSummarizerTests/Fixtures/rouge-en/"
        let result = try CLI.run([
            "eval", "rouge", "--reference", fixture + "reference", "--system", fixture + "system", "--format", "json",
            "--per-document",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["documents"] as? Int == 4)
        let documents = try #require(object["perDocument"] as? [[String: Any]])
        let market = try #require(documents.first { $0["name"] as? String == "market" })
        let rouge1 = try #require(market["ROUGE-1"] as? [String: Double])
        // From expected.tsv (rouge-score 0.1.2).
        #expect(abs(rouge1["f"]! - 0.810810810811) < 1e-9)
    }

    @Test func rougeTextReportWithoutBootstrap() throws {
        let fixture = "Tests/DragomanSummarizerTests/Fixtures/rouge-en/"
        let result = try CLI.run([
            "eval", "rouge", "--reference", fixture + "reference", "--system", fixture + "system", "--bootstrap", "0",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "4 documents, 7 references")
        // Mean of the four documents' ROUGE-1 F from expected.tsv: (0 + 0.810811 + 0.560711 + 0.617391) / 4.
        #expect(lines.count == 5)
        #expect(lines[2].hasPrefix("ROUGE-1    "))
        #expect(lines[2].hasSuffix("49.72 [49.72, 49.72]"))
    }

    @Test func negativeBootstrapSaysWhatIsAllowed() throws {
        let result = try CLI.run(["eval", "rouge", "--reference", "seeds", "--system", "seeds", "--bootstrap", "-3"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --bootstrap '-3' must be 0 or more\n"), "\(result.stderr)")
    }

    @Test func rougeWithoutReferenceFails() throws {
        let fixture = "Tests/DragomanSummarizerTests/Fixtures/rouge-en/"
        let result = try CLI.run(["eval", "rouge", "--reference", fixture + "system", "--system", "seeds"])
        #expect(result.status != 0)
        #expect(
            result.stderr.contains(
                "seeds/000_8df4f7dc39500c72.txt: no reference summary in \(fixture)system; name references NAME.A.txt"),
            "\(result.stderr)")
    }
}

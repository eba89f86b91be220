import DragomanTestSupport
import Foundation
import Testing

@testable import DragomanPrepare

/// A large batch's report spread over pages: the batch sections and the first articles in `report.html`, the rest
/// in `report-pages/`, every link landing on its target whatever page it is on.
@Suite struct ReportPagesTests {
    @Test(arguments: [
        // size, articles, pages, articles on the last page
        (500, 0, 1, 0..<0),
        (500, 5, 1, 0..<5),
        (500, 500, 1, 0..<500),
        (500, 501, 2, 500..<501),
        (3, 7, 3, 6..<7),
        (0, 2, 2, 1..<2),
    ])
    func pagesHoldEveryArticleOnce(size: Int, articles: Int, pages: Int, last: Range<Int>) {
        let layout = ReportPages(size: size, articles: articles)
        #expect(layout.count == pages)
        #expect(layout.articles(on: pages - 1) == last)
        let all = (0..<layout.count).flatMap { Array(layout.articles(on: $0)) }
        #expect(all == Array(0..<articles))
        #expect(all.allSatisfy { layout.articles(on: layout.page(of: $0)).contains($0) })
    }

    @Test(
        arguments: [
            // from, to, fragment, link
            (0, 0, "a1-s2", "#a1-s2"),
            (0, 2, "a7-s0", "report-pages/page-3.html#a7-s0"),
            (2, 0, "a1-s2", "../report.html#a1-s2"),
            (1, 2, "a7-s0", "page-3.html#a7-s0"),
            (2, 2, "a7-s0", "#a7-s0"),
            (0, 1, nil, "report-pages/page-2.html"),
            (1, 0, nil, "../report.html"),
            (1, 1, nil, "page-2.html"),
            (0, 0, nil, "report.html"),
        ] as [(Int, Int, String?, String)])
    func linksNameTheOtherPage(from: Int, to: Int, fragment: String?, link: String) {
        #expect(ReportPages(size: 3, articles: 9).href(from: from, to: to, fragment: fragment) == link)
        #expect(ReportPages(size: 3, articles: 9).prefix(on: from) == (from == 0 ? "" : "../"))
    }

    /// The first page lists every page; a later one of a long report the first, five either side and the last,
    /// so that the tables of pages grow with the batch, not with its square.
    @Test(
        arguments: [
            // pages, page, listed (-1 for a gap)
            (13, 7, Array(0..<13)),
            (14, 0, Array(0..<14)),
            (14, 1, [0, 1, 2, 3, 4, 5, 6, -1, 13]),
            (14, 6, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]),
            (14, 7, Array(0..<14)),
            (20, 10, [0, -1, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, -1, 19]),
            (14, 13, [0, -1, 8, 9, 10, 11, 12, 13]),
            (489, 250, [0, -1, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, -1, 488]),
        ])
    func laterPagesListTheirNeighbours(pages: Int, page: Int, listed: [Int]) {
        let layout = ReportPages(size: 1, articles: pages)
        #expect(layout.listed(on: page).map { $0 ?? -1 } == listed)
    }

    @Test func tablesOfPagesGrowLinearly() {
        let layout = ReportPages(size: 500, articles: 10_000_000)
        #expect(layout.count == 20_000)
        #expect(layout.listed(on: 0).count == 20_000)
        #expect((1..<layout.count).allSatisfy { layout.listed(on: $0).count <= 15 })
    }

    /// Fifteen one-article pages: page 9 lists pages 1, 4–14 and 15, with a gap, and every link of it lands.
    @Test func aLongReportsLaterPagesListTheirNeighbours() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for number in 1...15 {
            try folder.write(
                "قال الوزير إن الاجتماع رقم \(number) انتهى، وأضاف أن الحلفاء متفقون؟ نعم.\n", to: "in/\(number).txt")
        }
        let output = folder.path("out")
        _ = try await PrepareJob(options: Self.options(folder.path("in"), output, pageSize: 1)).run()
        let page = try String(contentsOfFile: folder.path("out/report-pages/page-9.html"), encoding: .utf8)
        let before: String = (4...8).map { "<a href=\"page-\($0).html\">\($0)</a>" }.joined()
        let after: String = (10...14).map { "<a href=\"page-\($0).html\">\($0)</a>" }.joined()
        let head =
            #"<nav class="pages" aria-label="Pages"><span class="meta">Pages:</span>"#
            + #"<a href="../report.html">1</a>"#
        let tail = #"<a href="page-15.html">15</a></nav>"#
        let nav: String = head + "<span>…</span>" + before + "<strong>9</strong>" + after + tail
        #expect(page.contains(nav))
        for link in Self.links(page) where !link.hasPrefix("#") {
            let path = link.split(separator: "#")[0].removingPercentEncoding!
            let resolved = (folder.path("out/report-pages/" + path) as NSString).standardizingPath
            #expect(FileManager.default.fileExists(atPath: resolved), "\(link) lands nowhere")
        }
        let first = try String(contentsOfFile: folder.path("out/report.html"), encoding: .utf8)
        #expect((2...15).allSatisfy { first.contains("<a href=\"report-pages/page-\($0).html\">\($0)</a>") })
    }

    /// The seeds and two articles of our own: seven, three a page.
    static func batch(in folder: TemporaryFolder) throws -> String {
        try FileManager.default.createDirectory(atPath: folder.path("in"), withIntermediateDirectories: true)
        for file in Repository.seedFiles {
            try FileManager.default.copyItem(
                atPath: file, toPath: folder.path("in/" + (file as NSString).lastPathComponent))
        }
        try folder.write(
            "الحلف يجتمع في بروكسل\n\nقال الأمين العام لحلف الناتو، ينس ستولتنبرغ، إن الاجتماع سيناقش الدفاع؛ "
                + "وأضاف أن الحلفاء متفقون؟ نعم.\n\nوذكر مسؤول أن الاجتماع يبدأ في الساعة 10:30 صباحا.\n",
            to: "in/z1 #1.txt")
        try folder.write(
            "NATO ministers meet in Brussels\n\nNATO ministers met in Brussels on Tuesday. They discussed the "
                + "alliance's budget for 2027.\n",
            to: "in/z2.txt")
        return folder.path("in")
    }

    static func options(_ input: String, _ output: String, pageSize: Int) -> PrepareOptions {
        var options = PrepareOptions(
            inputs: [input], output: output,
            glossary: Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path)
        options.articlesPerReportPage = pageSize
        return options
    }

    /// The `href` values of an HTML page.
    static func links(_ html: String) -> [String] {
        html.matches(of: /href="([^"]*)"/).map { String($0.output.1) }
    }

    /// The articles' sections of an HTML page, in order.
    static func articleSections(_ html: String) -> [String] {
        html.matches(of: /<section class="article"[\s\S]*?<\/section>\n/).map { String($0.output) }
    }

    @Test func aLargeBatchIsSpreadOverPagesWhoseLinksAllLand() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try Self.batch(in: folder)
        let one = folder.path("one")
        let paged = folder.path("paged")
        _ = try await PrepareJob(options: Self.options(input, one, pageSize: ReportPages.defaultSize)).run()
        let report = try await PrepareJob(options: Self.options(input, paged, pageSize: 3)).run()

        let files = ["report.html", "report-pages/page-2.html", "report-pages/page-3.html"]
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path("paged/report-pages")).sorted()
                == ["page-2.html", "page-3.html"])
        #expect(report.batchFiles.suffix(2) == [folder.path("paged/report.html"), folder.path("paged/report-pages")])
        var pages: [String] = []
        for file in files {
            pages.append(try String(contentsOfFile: (paged as NSString).appendingPathComponent(file), encoding: .utf8))
        }
        // Each page lists the pages, holds its own articles and no other; the batch sections are on the first.
        for (index, page) in pages.enumerated() {
            #expect(page.contains("<title>Dragoman report, page \(index + 1) of 3</title>"))
            #expect(page.contains("<nav class=\"pages\" aria-label=\"Pages\">"))
            let ids = page.matches(of: /<section class="article" id="a(\d+)">/).map { Int($0.output.1)! }
            #expect(ids == Array(index * 3..<min(7, index * 3 + 3)), "page \(index + 1)")
            #expect(page.contains("Digest of the batch") == (index == 0))
            #expect(page.hasSuffix("</body>\n</html>\n"))
        }
        #expect(pages[0].contains("7 articles on 3 pages; this one holds articles 1–3, after the batch's digest"))
        #expect(pages[2].contains("7 articles on 3 pages; this one holds article 7; the batch's digest"))
        #expect(
            pages[2].contains(
                #"<nav class="pages" aria-label="Pages"><span class="meta">Pages:</span><a href="../report.html">1–3</a><a href="page-2.html">4–6</a>"#
                    + "<strong>7</strong></nav>"))
        // Every link lands: on a file of the output, and on an element of the page it names.
        var crossPage = 0
        for (file, page) in zip(files, pages) {
            let base = ((paged as NSString).appendingPathComponent(file) as NSString).deletingLastPathComponent
            for link in Self.links(page) {
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = parts[0].removingPercentEncoding!
                let target = path.isEmpty ? page : nil
                let resolved = ((base as NSString).appendingPathComponent(path) as NSString).standardizingPath
                #expect(
                    path.isEmpty || FileManager.default.fileExists(atPath: resolved), "\(file): \(link) lands nowhere")
                guard parts.count == 2 else { continue }
                if !path.isEmpty { crossPage += 1 }
                let html = try target ?? String(contentsOfFile: resolved, encoding: .utf8)
                #expect(html.contains("id=\"\(parts[1])\""), "\(file): \(link) names no element there")
            }
        }
        #expect(crossPage > 0, "the digest and the batch's terms link to articles on other pages")
        // The articles' sections are the one-page report's, their file links one folder up after the first page.
        let single = try String(
            contentsOfFile: (one as NSString).appendingPathComponent("report.html"), encoding: .utf8)
        let spread = pages.enumerated().flatMap { index, page in
            Self.articleSections(page).map {
                index == 0 ? $0 : $0.replacingOccurrences(of: "href=\"../", with: "href=\"")
            }
        }
        #expect(spread == Self.articleSections(single))
        #expect(spread.count == 7)
        #expect(!FileManager.default.fileExists(atPath: folder.path("one/report-pages")))
    }

    @Test func aRunWithOtherPagesReplacesTheEarlierPages() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try Self.batch(in: folder)
        let output = folder.path("out")
        _ = try await PrepareJob(options: Self.options(input, output, pageSize: 2)).run()
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path("out/report-pages")).sorted()
                == ["page-2.html", "page-3.html", "page-4.html"])
        _ = try await PrepareJob(options: Self.options(input, output, pageSize: 4)).run()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out/report-pages")) == ["page-2.html"])
    }

    @Test func anArticleNamedLikeThePagesFolderGetsAnotherFolder() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("قال الوزير إن الاجتماع انتهى.\n", to: "in/report-pages.txt")
        let articles = try await PrepareJob(
            options: Self.options(folder.path("in"), folder.path("out"), pageSize: 1)
        ).runCollectingArticles().articles
        #expect(articles.map { ($0.folder as NSString).lastPathComponent } == ["report-pages-2"])
        #expect(FileManager.default.fileExists(atPath: folder.path("out/report-pages-2/text.txt")))
    }

    @Test func shardsMergedMakeTheSamePages() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try Self.batch(in: folder)
        let whole = folder.path("whole")
        _ = try await PrepareJob(options: Self.options(input, whole, pageSize: 3)).run()
        // Each step of the sharded run, as a scheduler runs it: one job per shard, into PREFIX-K.
        func shards(_ step: PrepareStep, into prefix: String) async throws -> [String] {
            var outputs: [String] = []
            for index in 0..<3 {
                var options = Self.options(input, folder.path("\(prefix)-\(index)"), pageSize: 3)
                options.shard = ShardSlice("\(index)/3")!
                options.step = step
                _ = try await PrepareJob(options: options).run()
                outputs.append(options.output)
            }
            return outputs
        }
        let glossary = Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path
        let scans = try await shards(.scan, into: "scan")
        _ = try await ShardMerger(output: folder.path("scan"), folders: scans, glossary: glossary).run()
        let outputs = try await shards(.stats(folder.path("scan")), into: "out")
        var merger = ShardMerger(output: folder.path("merged"), folders: outputs, glossary: glossary)
        merger.articlesPerReportPage = 3
        _ = try await merger.run()
        for file in ["report.html", "report-pages/page-2.html", "report-pages/page-3.html", "digest.md"] {
            let expected = try Data(contentsOf: URL(fileURLWithPath: (whole as NSString).appendingPathComponent(file)))
            let merged = try Data(
                contentsOf: URL(fileURLWithPath: (folder.path("merged") as NSString).appendingPathComponent(file)))
            #expect(merged == expected, "\(file)")
        }
    }
}

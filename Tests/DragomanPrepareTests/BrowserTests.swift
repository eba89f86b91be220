import DragomanPrepare
import DragomanTestSupport
import Foundation
import Testing

/// The seeds' report in a real browser (headless Chromium): it renders (a screenshot that is not blank) and its
/// Arabic is laid out right to left (measured in the page, not just declared).
@Suite(.enabled(if: ExternalTool.isInstalled("chromium"), "needs chromium (headless) to render report.html"))
struct BrowserTests {
    /// `prepare` on the seeds into a temporary folder; returns the folder and report.html.
    static func seedsReport() async throws -> (folder: TemporaryFolder, report: URL) {
        let folder = try TemporaryFolder(prefix: "dragoman-browser")
        _ = try await PrepareJob(
            options: PrepareOptions(
                inputs: [Repository.seeds.path], output: folder.path("out"),
                glossary: Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path)
        ).run()
        return (folder, folder.url.appendingPathComponent("out/report.html"))
    }

    /// Runs headless Chromium with its own profile folder inside `folder`.
    static func chromium(_ arguments: [String], in folder: TemporaryFolder) throws -> ProcessOutput {
        try Subprocess.run(
            "chromium",
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--user-data-dir=" + folder.path("profile"), "--timeout=60000",
            ] + arguments)
    }

    @Test func screenshotIsNotBlank() async throws {
        let (folder, report) = try await Self.seedsReport()
        defer { folder.remove() }
        let png = folder.url.appendingPathComponent("report.png")
        let result = try Self.chromium(
            ["--window-size=1000,1400", "--screenshot=" + png.path, report.absoluteString], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let image = try PNGImage(contentsOf: png)
        #expect(image.width == 1000 && image.height == 1400)
        // Text on a white page: some ink, far from all of it, and a wide spread of grey levels.
        #expect(image.inkShare() > 0.02 && image.inkShare() < 0.5, "ink share \(image.inkShare())")
        #expect(image.deviation > 20, "luminance deviation \(image.deviation)")
    }

    /// A page that loads the report in a frame and measures it: the direction the browser computed for the first
    /// Arabic paragraph of the first article, and where its first and last characters were drawn.
    static let harness = """
        <!DOCTYPE html>
        <html><body>
        <iframe id="report" src="REPORT" style="width:1000px;height:1000px"></iframe>
        <pre id="result">pending</pre>
        <script>
        document.getElementById('report').addEventListener('load', () => {
          const out = document.getElementById('result');
          try {
            const page = document.getElementById('report').contentDocument;
            const measure = (selector) => {
              const element = page.querySelector(selector);
              const text = element.firstChild;
              const range = page.createRange();
              range.setStart(text, 0); range.setEnd(text, 1);
              const first = range.getBoundingClientRect().left;
              range.setStart(text, text.length - 1); range.setEnd(text, text.length);
              const last = range.getBoundingClientRect().left;
              return { direction: getComputedStyle(element).direction, first: first, last: last };
            };
            out.textContent = 'RESULT ' + JSON.stringify({
              text: measure('#a0 .text p.seg'), heading: measure('#a0 h2'),
              declared: page.querySelector('#a0 .text').getAttribute('dir') });
          } catch (error) { out.textContent = 'RESULT ' + JSON.stringify({ error: String(error) }); }
        });
        </script>
        </body></html>
        """

    @Test func arabicIsSetRightToLeft() async throws {
        let (folder, report) = try await Self.seedsReport()
        defer { folder.remove() }
        let harness = try folder.write(Self.harness.replacingOccurrences(of: "REPORT", with: report.path), to: "h.html")
        let result = try Self.chromium(
            [
                "--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom",
                URL(fileURLWithPath: harness).absoluteString,
            ], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(
            result.stdout.components(separatedBy: "RESULT ").dropFirst().first?.prefix { $0 != "<" })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(json)")
        #expect(object["declared"] as? String == "rtl", "\(json)")
        for key in ["text", "heading"] {
            let measured = try #require(object[key] as? [String: Any], "\(json)")
            #expect(measured["direction"] as? String == "rtl", "\(key): \(json)")
            // The first letter is drawn to the right of the last one.
            let first = try #require(measured["first"] as? Double)
            let last = try #require(measured["last"] as? Double)
            #expect(first > last + 100, "\(key): \(json)")
        }
    }

    /// A later page of a report spread over pages, as the browser builds it: its own articles and no other, the table
    /// of pages with the first page a link one folder up, and the articles' files linked one folder up too.
    @Test func aLaterPageOfAPagedReportRenders() async throws {
        let folder = try TemporaryFolder(prefix: "dragoman-browser")
        defer { folder.remove() }
        let input = try ReportPagesTests.batch(in: folder)
        _ = try await PrepareJob(options: ReportPagesTests.options(input, folder.path("out"), pageSize: 3)).run()
        let page = folder.url.appendingPathComponent("out/report-pages/page-2.html")
        let result = try Self.chromium(["--dump-dom", page.absoluteString], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let dom = result.stdout
        let sections = dom.matches(of: /<section class="article" id="a(\d+)">/).map { Int($0.output.1)! }
        #expect(sections == [3, 4, 5], "\(dom.prefix(2000))")
        #expect(dom.contains("<title>Dragoman report, page 2 of 3</title>"))
        #expect(dom.contains(#"<a href="../report.html">1–3</a><strong>4–6</strong><a href="page-3.html">7</a>"#))
        #expect(dom.contains(#"href="../"#) && !dom.contains("Digest of the batch"))
    }
}

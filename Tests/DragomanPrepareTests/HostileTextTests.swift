import DragomanPrepare
import DragomanTestSupport
import Foundation
import Testing

/// Article text (and file names) that try to become markup: `prepare`'s outputs must show them as text.
@Suite struct HostileTextTests {
    /// An Arabic article whose headline and sentences carry Markdown and HTML markup, script URLs, entities and bidi
    /// controls, next to glossary terms (الناتو, داعش) so the hostile sentences reach summaries, the digest and the
    /// term tables.
    static let article = """
        الناتو يجدد دعمه للعراق في الحرب على داعش [x](javascript:alert(document.cookie)) *x* في بيان اليوم

        قال الناتو في بيان صدر اليوم عن مقره في العاصمة البلجيكية بروكسل إن [انقر هنا](javascript:alert(document.cookie)) و ![صورة](data:text/html;base64,PHNjcmlwdD4=) لا تعمل أبدا في الحرب على داعش في العراق وسوريا.

        وأكد الناتو في البيان نفسه الذي نشره على موقعه الرسمي أن <script>alert(1)</script> و <img src=x onerror=alert(1)> و <a href="javascript:x">رابط</a> تبقى نصا فقط في التقارير التي يكتبها المحررون.

        وأضاف الناتو أن *مائل* و _مائل_ و `شفرة` و ~~مشطوب~~ و | عمود | تبقى كما هي في الحرب على داعش.

        وقال الناتو في ختام البيان الذي وزعه على الصحفيين في بروكسل إن &lt;b&gt; و &amp; و &#x202E; و <http://evil.example> و www.evil.example و a@evil.example كلها نص عادي لا روابط فيه.

        وقال داعش إن النص \u{202E}المعكوس\u{202C} و \u{2066}المعزول\u{2069} يبقى في مكانه.
        """

    static let glossary = """
        id\tar\ten\tar_variants\ten_variants\tstatus
        x-1\tحلف شمال الأطلسي\tNATO <b>*bold*</b>\tالناتو\t\tpreferred
        x-2\tداعش\tISIS [link](javascript:x)\t\t\tpreferred
        """

    /// Runs `prepare` on the hostile article, a file named `R&D <b>.txt` and one with a line break in its name.
    static func prepare() async throws -> (folder: TemporaryFolder, output: URL) {
        let folder = try TemporaryFolder(prefix: "dragoman-hostile")
        try folder.write(article, to: "in/001 hostile.txt")
        try folder.write("قال الناتو إن الاجتماع انتهى في بروكسل.\n", to: "in/R&D <b>.txt")
        try folder.write("وقال الناتو إن داعش هزم.\n", to: "in/line\nbreak.txt")
        let glossary = try folder.write(Self.glossary + "\n", to: "g.tsv")
        _ = try await PrepareJob(
            options: PrepareOptions(inputs: [folder.path("in")], output: folder.path("out"), glossary: glossary)
        ).run()
        return (folder, folder.url.appendingPathComponent("out"))
    }

    static func read(_ url: URL, _ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    /// Every tag of an HTML document, as written (`<a href="#a0">`, `</p>`).
    static func tags(_ html: String) -> [Substring] {
        var tags: [Substring] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            tags.append(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return tags
    }

    @Test func reportShowsHostileTextAsText() async throws {
        let (folder, output) = try await Self.prepare()
        defer { folder.remove() }
        let html = try Self.read(output, "report.html")
        let body = html.components(separatedBy: "</style>")[1]
        let ours: Set<String> = [
            "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "nav", "a", "section", "div",
            "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "span", "strong",
        ]
        for tag in Self.tags(body) {
            let name = tag.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            #expect(ours.contains(name), "unexpected tag \(tag)")
            #expect(!tag.contains("javascript:") && !tag.contains("data:") && !tag.contains("onerror"), "\(tag)")
            #expect(!tag.contains(" src="), "\(tag)")
            // Links go to a place in the report or to one of the files written for an article.
            if let href = tag.components(separatedBy: "href=\"").dropFirst().first?.prefix(while: { $0 != "\"" }) {
                #expect(href.hasPrefix("#") || (href.contains("/") && !href.contains(":")), "\(tag)")
            }
        }
        // The hostile text is there, as text.
        #expect(html.contains("داعش [x](javascript:alert(document.cookie)) *x* في بيان اليوم"))
        #expect(html.contains("![صورة](data:text/html;base64,PHNjcmlwdD4=)"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;a href=&quot;javascript:x&quot;&gt;رابط&lt;/a&gt;"))
        #expect(html.contains("&amp;lt;b&amp;gt; و &amp;amp; و &amp;#x202E;"))
        #expect(html.contains("NATO &lt;b&gt;*bold*&lt;/b&gt;"))
        // Bidi controls are shown, never obeyed; none is injected.
        #expect(html.contains("النص ⟨U+202E⟩المعكوس⟨U+202C⟩ و ⟨U+2066⟩المعزول⟨U+2069⟩"))
        #expect(
            !html.unicodeScalars.contains {
                (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            })
        // File names are escaped once, in the digest as everywhere.
        #expect(html.contains("R&amp;D &lt;b&gt;"))
        #expect(!html.contains("&amp;amp;D") && !html.contains("R&D"))
    }

    @Test func reportHasOneHeadingStructure() async throws {
        let (folder, output) = try await Self.prepare()
        defer { folder.remove() }
        let html = try Self.read(output, "report.html")
        let headings = Self.tags(html).filter { $0.hasPrefix("<h") && !$0.hasPrefix("<head") && !$0.hasPrefix("<html") }
        #expect(headings.filter { $0.hasPrefix("<h1") }.count == 1)
        let articles = html.components(separatedBy: "<section class=\"article\"").dropFirst()
        #expect(articles.count == 3)
        for article in articles {
            // One h2 (the headline), then h3 sections, and nothing deeper or higher.
            let levels = Self.tags(article).compactMap { tag -> Character? in
                tag.hasPrefix("<h") && !tag.hasPrefix("<head") ? tag.dropFirst(2).first : nil
            }
            #expect(levels.first == "2" && levels.dropFirst().allSatisfy { $0 == "3" }, "\(levels)")
        }
        // The headline is a heading once; no heading shows a file path.
        #expect(html.components(separatedBy: "*x* في بيان اليوم</h2>").count == 2)
        for part in html.components(separatedBy: "<h").dropFirst() {
            let heading = part.prefix { $0 != "<" }
            #expect(!heading.contains("/") && !heading.contains(".txt"), "\(heading)")
        }
    }

    @Test func tsvRowsAreNeverSplit() async throws {
        let (folder, output) = try await Self.prepare()
        defer { folder.remove() }
        for name in try FileManager.default.contentsOfDirectory(atPath: output.path)
        where !name.contains(".") && name != "package" {
            let tsv = try Self.read(output, name + "/segments.tsv")
            for line in tsv.split(separator: "\n") {
                #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 9, "\(name): \(line)")
            }
            #expect(tsv.contains("line break.txt\t") || !name.hasPrefix("line"))
            let terms = try Self.read(output, name + "/terms.tsv")
            for line in terms.split(separator: "\n") {
                #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 11, "\(name): \(line)")
            }
        }
        let candidates = try Self.read(output, "candidates.tsv")
        let width = candidates.split(separator: "\n")[0].split(separator: "\t").count
        for line in candidates.split(separator: "\n") {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == width)
        }
    }

    /// The Markdown files rendered by GitHub's own renderer: no link, image, raw HTML, emphasis or strikethrough
    /// from the article, which reads as written. One limit: GFM's autolink extension links an e-mail address
    /// (`mailto:`) whatever escapes surround it; that is the only link allowed.
    @Test(.enabled(if: ExternalTool.isInstalled("cmark-gfm"), "needs cmark-gfm (GitHub Flavored Markdown)"))
    func markdownRendersAsWritten() async throws {
        let (folder, output) = try await Self.prepare()
        defer { folder.remove() }
        var all = ""
        for name in ["001 hostile/summary.md", "001 hostile/terms.md", "digest.md"] {
            let result = try Subprocess.run(
                "cmark-gfm", ["-e", "autolink", "-e", "strikethrough", "-e", "table", "--unsafe"],
                input: Data(try Self.read(output, name).utf8))
            #expect(result.status == 0)
            let rendered = result.stdout
            for tag in ["<img", "<script", "<del>", "<code>", "<h3", "<blockquote", "<ol", "<strong>"] {
                #expect(!rendered.contains(tag), "\(name) renders \(tag)")
            }
            for link in rendered.components(separatedBy: "<a ").dropFirst() {
                #expect(link.hasPrefix("href=\"mailto:a@evil.example\""), "\(name): <a \(link.prefix(60))")
            }
            // Emphasis only where Dragoman writes it (the source line, the digest's count), never in article text.
            for emphasis in rendered.components(separatedBy: "<em>").dropFirst() {
                let text = emphasis.prefix { $0 != "<" }
                #expect(text.hasPrefix("Source:") || text.contains("sentences from"), "\(name): <em>\(text)")
            }
            all += rendered
        }
        #expect(all.contains("[انقر هنا](javascript:alert(document.cookie)) و ![صورة](data:text/html;base64,"))
        #expect(all.contains("&lt;script&gt;alert(1)&lt;/script&gt; و &lt;img src=x onerror=alert(1)&gt;"))
        #expect(all.contains("*مائل* و _مائل_ و `شفرة` و ~~مشطوب~~ و | عمود |"))
        #expect(all.contains("&amp;lt;b&amp;gt; و &amp;amp; و &amp;#x202E; و &lt;http://evil.example&gt;"))
        #expect(all.contains("R&amp;D &lt;b&gt;.txt"))
        #expect(all.contains("<td>NATO &lt;b&gt;*bold*&lt;/b&gt;</td>"))
        #expect(all.contains("<td>ISIS [link](javascript:x)</td>"))
    }
}

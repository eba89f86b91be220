import DragomanGlossary
import DragomanSummarizer
import DragomanText

/// The batch report a person opens in a browser: the digest and the batch's glossary terms, then every article with
/// its headline, metadata, summary, glossary terms, and its text with what was marked as boilerplate and why,
/// right-to-left where the text is Arabic.
///
/// The HTML is written here directly, every value from an article, a file name or the glossary through
/// `Escaping.html`, so nothing in an article can become markup (a link, an image, a script) or reorder the page
/// (bidi controls are shown, not obeyed). Headings: `h1` for the report; `h2` for the batch sections and for each
/// article (its headline); `h3` for an article's sections. Each sentence is shown once, in the article's text;
/// summaries, the digest and term tables link to it (`#a2-s14`: article 2, segment 14). A large batch's articles
/// are spread over pages (`ReportPages`); links to an article on another page name that page.
enum HTMLReport {
    /// One article's part of the report.
    struct Article {
        var document: Document
        var folder: String
        var files: [String]
        /// How many of its segments are marked as boilerplate.
        var boilerplate: Int
        /// Sections (title, HTML body) shown before the text: summary, terms, and what later stages add.
        var sections: [(title: String, html: String)] = []
    }

    /// The anchor of a segment of article `article` (its position in the batch).
    static func anchor(article: Int, segment: Int) -> String { "a\(article)-s\(segment)" }

    /// `dir` for a block of text in `language`.
    static func direction(_ language: String) -> String {
        ["ar", "fa", "ur", "he", "yi", "ps", "sd", "ug", "ckb"].contains(language) ? "rtl" : "auto"
    }

    /// A summary's sentences, each linking to its place in the article's text.
    static func summaryHTML(_ summary: Summary, article: Int) -> String {
        let language = Escaping.html(summary.language)
        var html = "<div class=\"summary\" dir=\"\(direction(summary.language))\" lang=\"\(language)\">\n"
        if summary.sentences.isEmpty {
            html += "<p class=\"meta\" dir=\"ltr\" lang=\"en\">"
            html +=
                summary.candidates == 0
                ? "The article has no sentences to choose from: only headlines, bylines or boilerplate."
                : "No sentence fits the requested length."
            html += "</p>\n"
        }
        for sentence in summary.sentences {
            html += "<p dir=\"auto\">\(Escaping.html(singleLine(sentence.text)))"
            html +=
                " <a class=\"ref\" href=\"#\(anchor(article: article, segment: sentence.index))\" dir=\"ltr\">¶\(sentence.index)</a>"
            html += "</p>\n"
        }
        return html + "</div>"
    }

    /// The digest: one item per sentence, naming and linking its article. `articles` maps a source name to its
    /// position in the batch and its folder. It is on the first page.
    static func digestHTML(
        _ digest: Digest, language: String, articles: ArticleLinks, pages: ReportPages
    ) -> String {
        var html = "<ul class=\"digest\" dir=\"\(direction(language))\" lang=\"\(Escaping.html(language))\">\n"
        for sentence in digest.sentences {
            html += "<li dir=\"auto\">\(Escaping.html(singleLine(sentence.text))) "
            if let article = articles[sentence.source] {
                let target = pages.href(
                    from: 0, to: pages.page(of: article.index),
                    fragment: anchor(article: article.index, segment: sentence.index))
                html += "<a class=\"ref\" href=\"\(target)\" dir=\"ltr\">\(Escaping.html(article.folder))</a>"
            } else {
                html += "<span class=\"ref\" dir=\"ltr\">\(Escaping.html(sentence.source))</span>"
            }
            html += "</li>\n"
        }
        return html + "</ul>"
    }

    /// A term table on page `page`: one row per concept; the first sentence is a link to it in its article's text.
    static func termsHTML(
        _ table: TermTable, articles: ArticleLinks, pages: ReportPages, page: Int
    ) -> String {
        if table.rows.isEmpty { return "<p class=\"meta\">No glossary terms found.</p>" }
        var html = "<table class=\"terms\">\n<thead><tr><th>id</th><th>Arabic</th><th>English</th><th>status</th>"
        html += "<th>count</th><th>forms in the text</th><th>match</th><th>first sentence</th></tr></thead>\n<tbody>\n"
        for row in table.rows {
            var status = Escaping.html(row.status.rawValue)
            if let replacement = row.replacement {
                let flag =
                    row.status == .misspelling
                    ? "<strong>misspelling</strong>: write" : "<strong>deprecated</strong>: use"
                status =
                    "\(flag) <span lang=\"ar\" dir=\"rtl\">\(Escaping.html(replacement.ar))"
                    + "</span> (\(Escaping.html(replacement.id)))"
            } else if row.status == .deprecated {
                status = "<strong>deprecated</strong>: no preferred term in the glossary"
            }
            let match = row.kind == .fuzzy ? "fuzzy \(TermTable.format(row.score))" : "exact"
            var first = ""
            if let at = row.firstSentenceAt, let article = articles[at.file] {
                let label = (table.name == "batch" ? article.folder + " " : "") + "¶\(at.segment)"
                let target = pages.href(
                    from: page, to: pages.page(of: article.index),
                    fragment: anchor(article: article.index, segment: at.segment))
                first = "<a href=\"\(target)\" dir=\"ltr\">\(Escaping.html(label))</a>"
            }
            html += "<tr><td>\(Escaping.html(row.entry.id))</td>"
            html += "<td lang=\"ar\" dir=\"rtl\">\(Escaping.html(row.entry.ar))</td>"
            html += "<td lang=\"en\" dir=\"auto\">\(Escaping.html(row.entry.en))</td><td>\(status)</td>"
            html += "<td class=\"num\">\(row.count)</td>"
            html += "<td dir=\"auto\">\(row.forms.map(Escaping.html).joined(separator: " · "))</td>"
            html += "<td>\(match)</td><td>\(first)</td></tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    /// Page `page` up to its first article: the head, the table of contents (the pages, when there are several,
    /// and one link per article folder of the page) and, on the first page, the batch sections. A page is this,
    /// each of its articles' `articleHTML` in order, then `footer`. `folders` are the whole batch's.
    static func header(
        page: Int, pages: ReportPages, folders: [String], batchSections: [(title: String, html: String)]
    ) -> String {
        let onPage = pages.articles(on: page)
        let title = pages.count == 1 ? "Dragoman report" : "Dragoman report, page \(page + 1) of \(pages.count)"
        var html = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            body { font-family: system-ui, "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif; margin: 2rem auto;
                   max-width: 60rem; line-height: 1.6; color: #222; padding: 0 1rem; }
            h1 { font-size: 1.6rem; }
            h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
            h3 { font-size: 1.05rem; margin-bottom: .3rem; }
            .meta { color: #555; font-size: .9rem; }
            .seg { margin: .15rem 0; }
            .boilerplate { color: #999; text-decoration: line-through; }
            .reason { color: #a33; font-size: .8rem; display: inline-block; margin-inline-start: .5rem; }
            .line { font-weight: 600; }
            .ref { font-size: .8rem; color: #36c; margin-inline-start: .3rem; }
            table { border-collapse: collapse; margin: .5rem 0; }
            td, th { border: 1px solid #ddd; padding: .2rem .5rem; vertical-align: top; }
            td.num { text-align: end; }
            nav { display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
            p, li, td { unicode-bidi: plaintext; }
            :target { background: #fff3b0; }
            </style>
            </head>
            <body>
            <h1>\(title)</h1>

            """
        html += "<p class=\"meta\">\(Escaping.html(counted(folders.count, "article")))"
        if pages.count > 1 {
            html += " on \(pages.count) pages; this one holds "
            html += onPage.count == 1 ? "article \(onPage.upperBound)" : "articles \(ReportPages.label(onPage))"
            html +=
                page == 0
                ? ", after the batch's digest and glossary terms"
                : "; the batch's digest and glossary terms are on the first page"
        }
        html += ". Struck-through lines are "
        html += "boilerplate, kept in the files but left out of summaries and translation packages; the reason is "
        html += "shown beside each.</p>\n"
        if pages.count > 1 {
            html += "<nav class=\"pages\" aria-label=\"Pages\"><span class=\"meta\">Pages:</span>"
            for listed in pages.listed(on: page) {
                guard let other = listed else {
                    html += "<span>…</span>"
                    continue
                }
                let label = ReportPages.label(pages.articles(on: other))
                html +=
                    other == page
                    ? "<strong>\(label)</strong>" : "<a href=\"\(pages.href(from: page, to: other))\">\(label)</a>"
            }
            html += "</nav>\n"
        }
        html += pages.count == 1 ? "<nav>" : "<nav aria-label=\"Articles\"><span class=\"meta\">On this page:</span>"
        for index in onPage {
            html += "<a href=\"#a\(index)\">\(Escaping.html(folders[index]))</a>"
        }
        html += "</nav>\n"
        for section in page == 0 ? batchSections : [] {
            html += "<section class=\"batch\">\n<h2>\(Escaping.html(section.title))</h2>\n\(section.html)\n</section>\n"
        }
        return html
    }

    /// The end of the page.
    static let footer = "</body>\n</html>\n"

    /// One article's section; `index` is its position in the batch, which tells its page.
    static func articleHTML(_ article: Article, index: Int, pages: ReportPages) -> String {
        let document = article.document
        let language = Escaping.html(document.language)
        let direction = Self.direction(document.language)
        var html = "<section class=\"article\" id=\"a\(index)\">\n"
        if let title = document.title {
            html += "<h2 dir=\"auto\" lang=\"\(language)\">\(Escaping.html(title.singleLineText))</h2>\n"
        } else {
            html += "<h2>Untitled article (\(Escaping.html(article.folder)))</h2>\n"
        }
        html += "<p class=\"meta\">\(Escaping.html(document.source.name)) · language \(language) · "
        html += "\(counted(document.segments.count, "segment")), \(article.boilerplate) boilerplate · files: "
        html += article.files.map { file in
            let target = Escaping.html(
                pages.prefix(on: pages.page(of: index)) + Self.pathComponent(article.folder) + "/"
                    + Self.pathComponent(file))
            return "<a href=\"\(target)\">\(Escaping.html(file))</a>"
        }
        .joined(separator: ", ")
        html += "</p>\n"
        if !document.metadata.isEmpty {
            html += "<table class=\"metadata\">"
            for item in document.metadata {
                html += "<tr><th>\(item.kind.rawValue)</th><td dir=\"auto\">\(Escaping.html(item.text))</td></tr>"
            }
            html += "</table>\n"
        }
        for section in article.sections {
            html += "<h3>\(Escaping.html(section.title))</h3>\n\(section.html)\n"
        }
        html += "<h3>Text</h3>\n<div class=\"text\" dir=\"\(direction)\" lang=\"\(language)\">\n"
        for segment in document.segments {
            var classes = ["seg"]
            if segment.kind == .line { classes.append("line") }
            if segment.boilerplate != nil { classes.append("boilerplate") }
            let id = Self.anchor(article: index, segment: segment.index)
            html += "<p id=\"\(id)\" class=\"\(classes.joined(separator: " "))\" dir=\"auto\">"
            html += Escaping.html(segment.singleLineText)
            if let reason = segment.boilerplate {
                html += "<span class=\"reason\" dir=\"ltr\" lang=\"en\">\(Escaping.html(reason.description))</span>"
            }
            html += "</p>\n"
        }
        html += "</div>\n</section>\n"
        return html
    }

    /// A file or folder name as a relative URL path segment: percent-encoded except unreserved characters (RFC
    /// 3986), so a name with `#`, `?`, `%`, a space or a colon links to the file itself and never reads as a URL
    /// scheme such as `javascript:`.
    static func pathComponent(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}

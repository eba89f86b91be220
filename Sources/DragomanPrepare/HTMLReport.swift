import DragomanText
import Ink

/// The batch report a person opens in a browser: every article with its headline, metadata, what was marked as
/// boilerplate and why, and the clean text, right-to-left where the text is Arabic.
struct HTMLReport {
    /// One article's part of the report.
    struct Article {
        var document: Document
        var folder: String
        var files: [String]
        /// How many of its segments are marked as boilerplate.
        var boilerplate: Int
        /// Extra sections (title, HTML body) added by later stages: summary, terms.
        var sections: [(title: String, html: String)] = []
    }

    var articles: [Article]
    /// Extra batch-level sections (title, HTML body): digest, candidate terms.
    var batchSections: [(title: String, html: String)] = []

    /// Markdown rendered to HTML (Ink), in a block with the text's direction. Angle brackets and ampersands of the
    /// source are escaped first: the Markdown quotes article text, which must never become markup.
    static func markdownBlock(_ markdown: String, language: String) -> String {
        // Quotes stay: Markdown syntax uses none that matter here, and Ink escapes them in text itself.
        let source = escape(markdown, quotes: false)
        let direction = language == "ar" ? "rtl" : "auto"
        return "<div class=\"md\" dir=\"\(direction)\" lang=\"\(language)\">"
            + MarkdownParser().html(from: source) + "</div>"
    }

    /// `text` with HTML's special characters escaped (quotes too, for attribute values, unless `quotes` is false).
    static func escape(_ text: String, quotes: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    func render() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Dragoman report</title>
            <style>
            body { font-family: system-ui, "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif; margin: 2rem auto;
                   max-width: 60rem; line-height: 1.6; color: #222; padding: 0 1rem; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
            h3 { font-size: 1.05rem; margin-bottom: .3rem; }
            .meta { color: #555; font-size: .9rem; }
            .seg { margin: .15rem 0; }
            .boilerplate { color: #999; text-decoration: line-through; }
            .reason { color: #a33; font-size: .8rem; text-decoration: none; display: inline-block; margin-inline-start: .5rem; }
            .line { font-weight: 600; }
            table { border-collapse: collapse; margin: .5rem 0; } td, th { border: 1px solid #ddd; padding: .2rem .5rem; }
            nav a { margin-inline-end: 1rem; }
            .md p, .md li, .md td, .md th, .md h1, .md h2, .md h3 { unicode-bidi: plaintext; }
            </style>
            </head>
            <body>
            <h1>Dragoman report</h1>

            """
        html += "<p class=\"meta\">\(counted(articles.count, "article")). Struck-through lines are boilerplate, kept in the "
        html += "files but left out of summaries and translation packages; the reason is shown beside each.</p>\n<nav>"
        for (index, article) in articles.enumerated() {
            html += "<a href=\"#a\(index)\">\(Self.escape(article.folder))</a>"
        }
        html += "</nav>\n"
        for section in batchSections {
            html += "<h2>\(Self.escape(section.title))</h2>\n\(section.html)\n"
        }
        for (index, article) in articles.enumerated() {
            html += render(article, index: index)
        }
        html += "</body>\n</html>\n"
        return html
    }

    private func render(_ article: Article, index: Int) -> String {
        let document = article.document
        let direction = document.language == "ar" ? "rtl" : "auto"
        var html = "<section id=\"a\(index)\">\n"
        let title = document.title?.singleLineText ?? article.folder
        html += "<h2 dir=\"auto\" lang=\"\(document.language)\">\(Self.escape(title))</h2>\n"
        html += "<p class=\"meta\">\(Self.escape(document.source.name)) · language \(document.language) · "
        html += "\(counted(document.segments.count, "segment")), \(article.boilerplate) boilerplate · files: "
        html += article.files.map {
            "<a href=\"\(Self.escape(article.folder))/\(Self.escape($0))\">\(Self.escape($0))</a>"
        }
        .joined(separator: ", ")
        html += "</p>\n"
        if !document.metadata.isEmpty {
            html += "<table>"
            for item in document.metadata {
                html += "<tr><th>\(item.kind.rawValue)</th><td dir=\"auto\">\(Self.escape(item.text))</td></tr>"
            }
            html += "</table>\n"
        }
        for section in article.sections {
            html += "<h3>\(Self.escape(section.title))</h3>\n\(section.html)\n"
        }
        html += "<h3>Text</h3>\n<div dir=\"\(direction)\" lang=\"\(document.language)\">\n"
        for segment in document.segments {
            var classes = ["seg"]
            if segment.kind == .line { classes.append("line") }
            if segment.boilerplate != nil { classes.append("boilerplate") }
            html += "<p class=\"\(classes.joined(separator: " "))\" dir=\"auto\">\(Self.escape(segment.singleLineText))"
            if let reason = segment.boilerplate {
                html += "<span class=\"reason\" dir=\"ltr\">\(Self.escape(reason.description))</span>"
            }
            html += "</p>\n"
        }
        html += "</div>\n</section>\n"
        return html
    }
}

/// How the report's articles are spread over pages, so that an archive batch's report still opens in a browser.
///
/// A batch of up to `size` articles has one page, `report.html`, as it always had. A larger batch keeps the batch
/// sections (digest, glossary terms) and its first `size` articles in `report.html`, and puts each further `size`
/// articles on a page of their own, `report-pages/page-2.html`, `page-3.html`…. The first page lists every page;
/// the others list the first and last pages and those near them (`listed(on:)`), so that the pages' tables grow
/// linearly with the batch, not with its square. At 500 articles a page is a few megabytes, where one page for
/// 244,174 articles would be 1.8 GB.
struct ReportPages: Sendable, Equatable {
    /// Articles per page unless a test asks for fewer.
    static let defaultSize = 500
    /// The folder of the pages after the first (a direct entry of the output folder, replaced as a whole).
    static let folder = "report-pages"

    /// The most articles on one page (at least 1).
    let size: Int
    /// How many articles the batch has.
    let articles: Int

    /// Pages of `size` articles for a batch of `articles`.
    init(size: Int = Self.defaultSize, articles: Int) {
        self.size = max(1, size)
        self.articles = articles
    }

    /// How many pages (at least one, for an empty batch's report).
    var count: Int { max(1, (articles + size - 1) / size) }

    /// The page (from 0) of article `article`.
    func page(of article: Int) -> Int { article / size }

    /// The articles of page `page`.
    func articles(on page: Int) -> Range<Int> { page * size..<min(articles, (page + 1) * size) }

    /// Articles `range` as people count them: "501–1000", or "7" for one.
    static func label(_ range: Range<Int>) -> String {
        range.count == 1 ? "\(range.upperBound)" : "\(range.lowerBound + 1)–\(range.upperBound)"
    }

    /// How many pages on either side of a later page its table lists.
    static let neighbours = 5

    /// The pages page `page` lists in its table of pages, in order, nil where pages are left out: on the first page
    /// every page; on a later one the first, the `neighbours` either side of it and the last (a gap of one page is
    /// filled). A batch of a few pages lists every page everywhere.
    func listed(on page: Int) -> [Int?] {
        guard page > 0, count > 2 * Self.neighbours + 3 else { return Array(0..<count) }
        var lower = max(1, page - Self.neighbours)
        var upper = min(count - 2, page + Self.neighbours)
        // A gap of one page is that page.
        if lower == 2 { lower = 1 }
        if upper == count - 3 { upper = count - 2 }
        let window = lower...upper
        var pages: [Int?] = [0]
        if window.lowerBound > 1 { pages.append(nil) }
        pages += window.map { $0 }
        if window.upperBound < count - 2 { pages.append(nil) }
        pages.append(count - 1)
        return pages
    }

    /// The file of page `page`, relative to the output folder.
    func file(_ page: Int) -> String { page == 0 ? "report.html" : "\(Self.folder)/page-\(page + 1).html" }

    /// A link from page `from` to page `to`, ending in `#fragment` when one is given: the fragment alone on the
    /// same page.
    func href(from: Int, to: Int, fragment: String? = nil) -> String {
        let anchor = fragment.map { "#" + $0 } ?? ""
        if from == to { return fragment == nil ? (to == 0 ? "report.html" : "page-\(to + 1).html") : anchor }
        switch (from, to) {
        case (0, _): return file(to) + anchor
        case (_, 0): return "../report.html" + anchor
        default: return "page-\(to + 1).html" + anchor
        }
    }

    /// What a link on page `page` to a file of the output folder starts with: pages after the first are one
    /// folder down.
    func prefix(on page: Int) -> String { page == 0 ? "" : "../" }
}

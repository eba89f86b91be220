/// What one article's XLIFF file holds, for manifests and reports.
public struct XLIFFStatistics: Sendable, Equatable, Codable {
    /// Segments written (trans-units in 1.2, segments in 2.x), boilerplate kept with `--keep-boilerplate` included.
    public var segments: Int
    /// Of those, boilerplate marked not to translate.
    public var notForTranslation: Int
    /// Source words of the segments to translate (boilerplate not counted).
    public var words: Int
    /// Glossary occurrences marked.
    public var terms: Int
    /// Distinct glossary concepts among them.
    public var concepts: Int

    /// Statistics with the given counts.
    public init(segments: Int, notForTranslation: Int, words: Int, terms: Int, concepts: Int) {
        self.segments = segments
        self.notForTranslation = notForTranslation
        self.words = words
        self.terms = terms
        self.concepts = concepts
    }
}

extension XLIFFWriter {
    /// The indices of the segments the article's file holds, in text order.
    public func segments(of article: XLIFFArticle) -> [Int] {
        article.paragraphs(options).flatMap(\.segments)
    }

    /// What the article's file holds: segments, words to translate, glossary terms.
    public func statistics(for article: XLIFFArticle) -> XLIFFStatistics {
        var statistics = XLIFFStatistics(segments: 0, notForTranslation: 0, words: 0, terms: 0, concepts: 0)
        var concepts = Set<String>()
        for index in segments(of: article) {
            statistics.segments += 1
            if article.document.segments[index].boilerplate != nil {
                statistics.notForTranslation += 1
                continue
            }
            statistics.words += article.words[index]
            statistics.terms += article.terms[index].count
            for term in article.terms[index] { concepts.insert(term.concept.entry.id) }
        }
        statistics.concepts = concepts.count
        return statistics
    }
}

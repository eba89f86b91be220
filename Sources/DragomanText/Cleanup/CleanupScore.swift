/// How the cleanup did on labelled articles, counted by line: the figures of the README's cleanup table.
///
/// A furniture or metadata line counts as marked when every segment on it is marked; a news or headline line counts
/// as marked when any segment on it is (one marked sentence of a news paragraph is a news line lost).
package struct CleanupScore: Sendable {
    /// Articles counted.
    package var articles = 0
    /// Lines per label.
    package var lines: [LabelledArticle.Label: Int] = [:]
    /// Lines per label counted as marked (see above).
    package var marked: [LabelledArticle.Label: Int] = [:]
    /// Metadata lines marked as metadata (byline, dateline, date).
    package var metadataAsMetadata = 0
    /// Articles whose title is their first headline line (without a breaking-news prefix).
    package var titles = 0

    /// An empty score.
    package init() {}

    /// Adds an article and the document the cleanup made of its `source`; returns, for each line, whether it
    /// counts as marked and the reasons on it.
    @discardableResult
    package mutating func add(_ article: LabelledArticle, _ document: Document) -> [(marked: Bool, reasons: [String])] {
        articles += 1
        var result: [(Bool, [String])] = []
        for (line, segments) in zip(article.lines, article.segments(of: document)) {
            let reasons = segments.compactMap { $0.boilerplate?.description }
            let isMarked: Bool
            switch line.label {
            case .furniture, .metadata: isMarked = !segments.isEmpty && reasons.count == segments.count
            case .headline, .news, .blank: isMarked = !reasons.isEmpty
            }
            lines[line.label, default: 0] += 1
            if isMarked { marked[line.label, default: 0] += 1 }
            if line.label == .metadata && isMarked && segments.allSatisfy({ $0.boilerplate?.isMetadata == true }) {
                metadataAsMetadata += 1
            }
            result.append((isMarked, reasons))
        }
        let ranges = article.lineRanges
        if let first = article.lines.firstIndex(where: { $0.label == .headline }), let title = document.title,
            ranges[first].contains(title.range.lowerBound), title.range.upperBound == ranges[first].upperBound
        {
            titles += 1
        }
        return result
    }

    /// The share of `label` lines marked, from 0 to 1 (1 when there are none).
    package func share(_ label: LabelledArticle.Label) -> Double {
        let total = lines[label, default: 0]
        return total == 0 ? 1 : Double(marked[label, default: 0]) / Double(total)
    }
}

import DragomanText
import Foundation
import Testing

/// The cleanup on the labelled set (`Fixtures/cleanup/`, described in its README): each article cleaned alone.
@Suite struct CleanupLabelledSetTests {
    static let parts = ["tuning", "held-out"]

    static func articles(_ part: String) throws -> [LabelledArticle] {
        let folder = URL(fileURLWithPath: Paths.fixture("cleanup")).appendingPathComponent(part)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }
            .sorted()
        return try names.map { name in
            try LabelledArticle(
                parsing: String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), name: name)
        }
    }

    static func score(_ part: String) throws -> (CleanupScore, [(LabelledArticle, Document)]) {
        let pipeline = try TextPipeline()
        var score = CleanupScore()
        var cleaned: [(LabelledArticle, Document)] = []
        for article in try articles(part) {
            let document = try pipeline.process([article.source])[0]
            score.add(article, document)
            cleaned.append((article, document))
        }
        return (score, cleaned)
    }

    @Test func theSetIsAsDescribed() throws {
        let tuning = try Self.articles("tuning")
        let heldOut = try Self.articles("held-out")
        #expect(tuning.count == 12 && heldOut.count == 6)
        // Arabic and English in both parts, every label used.
        for part in [tuning, heldOut] {
            #expect(part.contains { $0.name.contains("-ar-") } && part.contains { $0.name.contains("-en-") })
            let labels = Set(part.flatMap { $0.lines.map(\.label) })
            #expect(labels == Set(LabelledArticle.Label.allCases))
        }
    }

    /// The targets, on both parts: no news or headline line marked, 90% of the furniture marked.
    @Test(arguments: parts) func noNewsIsMarkedAndTheFurnitureIs(part: String) throws {
        let (score, cleaned) = try Self.score(part)
        for (article, document) in cleaned {
            for (line, segments) in zip(article.lines, article.segments(of: document))
            where line.label == .news || line.label == .headline {
                #expect(segments.allSatisfy { $0.boilerplate == nil }, "\(article.name): \(line.text)")
            }
        }
        #expect(score.marked[.news, default: 0] == 0 && score.marked[.headline, default: 0] == 0)
        #expect(score.share(.furniture) >= 0.9, "\(part): \(score.share(.furniture))")
    }

    /// Every article's title is its headline, never a link title or a section name, and without its prefix.
    @Test(arguments: parts) func titlesAreTheHeadlines(part: String) throws {
        let (score, cleaned) = try Self.score(part)
        #expect(score.titles == score.articles)
        for (article, document) in cleaned {
            let headline = try #require(article.lines.first { $0.label == .headline }?.text)
            let title = try #require(document.title?.text, "\(article.name)")
            #expect(headline.hasSuffix(title), "\(article.name)")
            if let prefix = document.headlinePrefix, prefix.segment == document.title?.index {
                #expect(!title.contains(prefix.text))
            }
        }
    }

    @Test func breakingPrefixesAreMetadata() throws {
        let prefixes = try Self.parts.flatMap { try Self.score($0).1 }.compactMap { article, document in
            document.headlinePrefix.map { (article.name, $0.text, $0.rule) }
        }
        #expect(
            prefixes.map(\.0) == [
                "01-ar-portal-cairo.tsv", "07-ar-baghdad-short.tsv", "11-en-gulf-daily.tsv", "06-en-agency.tsv",
            ])
        #expect(prefixes.map(\.1) == ["عاجل", "عاجل", "BREAKING", "BREAKING"])
        #expect(prefixes.allSatisfy { $0.2 == "breaking news" })
    }
}

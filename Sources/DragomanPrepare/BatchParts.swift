import DragomanGlossary
import DragomanSummarizer
import DragomanXLIFF
import Foundation

/// What the batch files need of a part of a batch's articles (a task's, or a shard's), kept while the part's
/// articles are written and merged with the other parts' when the batch files are made.
///
/// Everything here is keyed by article number, so parts merge in any order into what the whole batch gives.
/// Its memory grows with the vocabulary, the concepts and the candidate n-grams, never with the text nor with the
/// number of articles: each article's record (names, checksum, counts), rows, report section and digest sentences
/// go to spools.
struct BatchParts: Codable, Sendable {
    /// One article as the report and the closing lines give it.
    struct Article: Sendable {
        var number: Int
        var source: String
        var folder: String
        var files: [String]
        var title: String?
        var segments: Int
        var boilerplate: Int
        /// Rows of its term table.
        var concepts: Int
    }

    /// One article's file in the translation package, as its manifest lists it.
    struct PackageFile: Sendable {
        var number: Int
        var name: String
        /// The article's file name as given.
        var article: String
        var bytes: Int
        var sha256: String
        var statistics: XLIFFStatistics
    }

    var candidates = CandidateCounts()
    var digest = DigestState()
    /// The batch rows of `terms.tsv`.
    var terms = BatchTerms()
    /// The batch rows of the package's `terms.tsv` (what the XLIFF files hold).
    var packageTerms = BatchTerms()
    /// The package's term-table rows (per article).
    var packageTermRows = 0
    /// The ids of the glossary concepts for the package's TBX.
    var concepts: Set<String> = []

    /// Adds another part; its candidate counts too unless `candidates` is false (the caller merges those where it
    /// likes: `BatchFiles` on the candidate ranking's task, the largest share of a merge).
    mutating func merge(_ other: BatchParts, candidates withCandidates: Bool = true) throws(PrepareError) {
        if withCandidates { candidates.merge(other.candidates) }
        do { try digest.merge(other.digest) } catch { throw .summarizer(error) }
        terms.merge(other.terms)
        packageTerms.merge(other.packageTerms)
        packageTermRows += other.packageTermRows
        concepts.formUnion(other.concepts)
    }

    /// `parts` (at least one) as one: the first takes the others' (no copy of it), their candidate counts too unless
    /// `candidatesApart`, when those are given back unmerged for the candidate ranking's task to merge
    /// (`BatchFiles.otherCandidates`), off the one-core path.
    static func merged(_ parts: [BatchParts], candidatesApart: Bool) throws(PrepareError) -> (
        parts: BatchParts, otherCandidates: [CandidateCounts]
    ) {
        var merged = parts[0]
        var otherCandidates: [CandidateCounts] = []
        for part in parts.dropFirst() {
            try merged.merge(part, candidates: !candidatesApart)
            if candidatesApart { otherCandidates.append(part.candidates) }
        }
        return (merged, otherCandidates)
    }

    /// The spools a part writes, by what they hold: rows of `terms.tsv`, of the package's `terms.tsv`, the
    /// report's article sections, the sentences each article puts forward for the digest (`DigestPool`), and each
    /// article's record (`ArticleRecord`).
    enum Spool: String, CaseIterable {
        case terms
        case packageTerms = "package-terms"
        case report
        case digest
        case articles

        /// The spool's file name for part `part`.
        func fileName(_ part: String) -> String { "\(rawValue).\(part).spool" }
    }

    /// Where a part's spools are: a folder, and the part's name in their file names.
    struct SpoolSet: Codable, Sendable {
        var folder: String
        var part: String

        /// The path of the spool of `kind`.
        func path(_ kind: Spool) -> String { (folder as NSString).appendingPathComponent(kind.fileName(part)) }
    }
}

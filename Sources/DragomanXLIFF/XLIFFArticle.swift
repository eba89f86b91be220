public import DragomanGlossary
public import DragomanText

/// One article as the XLIFF writer needs it: its segments, the glossary terms in each, word counts and summary.
///
/// The terms are those of the article's term table (`TermTable`), so an XLIFF file marks exactly what `terms.tsv`
/// lists; words are counted as summaries count them (`Token.wordCount`).
public struct XLIFFArticle: Sendable {
    /// A glossary occurrence in a segment, with its entry.
    public struct Term: Sendable {
        /// UTF-8 byte range in the document (the original text, clitics included).
        public var range: Range<Int>
        /// The original text of `range`.
        public var text: String
        /// The glossary entry found.
        public var entry: GlossaryEntry
        /// Exact, or a fuzzy match of a name.
        public var kind: TermMatch.Kind
        /// Jaro–Winkler score of a fuzzy match; 1 for exact ones.
        public var score: Double
        /// The entry to use instead, when `entry` is deprecated, or the text writes a deprecated form or a
        /// misspelling of `entry` (then `entry` itself).
        public var replacement: GlossaryEntry?
        /// The status of the form the text writes (`TermTable.Row.status`).
        public var status: FormStatus = .preferred
    }

    /// The segmented article.
    public let document: Document
    /// The stem of its files: NAME in `NAME.ar-en.xlf` (unique within a batch).
    public let stem: String
    /// Per segment index, its glossary occurrences in text order, never overlapping.
    public let terms: [[Term]]
    /// Per segment index, its word count (words and numbers).
    public let words: [Int]
    /// Indices of the segments in the article's summary.
    public let summary: Set<Int>

    /// An article; `table` is the article's term table, `words` has one count per segment and `summary` holds
    /// the indices of the summary's sentences.
    public init(document: Document, stem: String, table: TermTable, words: [Int], summary: Set<Int>) {
        var terms = [[Term]](repeating: [], count: document.segments.count)
        for row in table.rows {
            for occurrence in row.occurrences where terms.indices.contains(occurrence.segment) {
                terms[occurrence.segment].append(
                    Term(
                        range: occurrence.range, text: occurrence.text, entry: row.entry, kind: row.kind,
                        score: occurrence.score, replacement: row.replacement, status: row.status))
            }
        }
        for index in terms.indices where terms[index].count > 1 {
            terms[index].sort { $0.range.lowerBound < $1.range.lowerBound }
            // The matcher never overlaps occurrences; keep the first should two ever overlap.
            var kept: [Term] = []
            for term in terms[index] where kept.last.map({ $0.range.upperBound <= term.range.lowerBound }) ?? true {
                kept.append(term)
            }
            terms[index] = kept
        }
        self.document = document
        self.stem = stem
        self.terms = terms
        self.words = words.count == document.segments.count
            ? words : words + [Int](repeating: 0, count: max(0, document.segments.count - words.count))
        self.summary = summary
    }

    /// The segments the options write, grouped into paragraphs in text order: boilerplate only with
    /// `keepBoilerplate`, and with `onlySummary` only the headline and the summary's sentences.
    func paragraphs(_ options: XLIFFOptions) -> [Paragraph] {
        let title = document.title?.index
        var paragraphs: [Paragraph] = []
        for segment in document.segments {
            if options.onlySummary {
                guard segment.boilerplate == nil, segment.index == title || summary.contains(segment.index) else {
                    continue
                }
            } else if segment.boilerplate != nil && !options.keepBoilerplate {
                continue
            }
            if let last = paragraphs.last, last.number == segment.paragraph, segment.kind == .sentence,
                document.segments[last.segments[0]].kind == .sentence
            {
                paragraphs[paragraphs.count - 1].segments.append(segment.index)
            } else {
                paragraphs.append(Paragraph(number: segment.paragraph, isLine: segment.kind == .line, segments: [segment.index]))
            }
        }
        return paragraphs
    }

    /// A paragraph's segments that the options write.
    struct Paragraph {
        /// The paragraph number (from 1).
        let number: Int
        /// Whether it is a `line` segment (headline, caption …), written as a unit of its own.
        let isLine: Bool
        /// Segment indices, in text order.
        var segments: [Int]
    }
}

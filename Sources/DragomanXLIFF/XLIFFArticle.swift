public import DragomanGlossary
public import DragomanText
import DragomanXML

/// One article as the XLIFF writer needs it: its segments, the glossary terms in each, word counts and summary.
///
/// The terms are those of the article's term table (`TermTable`), so an XLIFF file marks exactly what `terms.tsv`
/// lists; words are counted as summaries count them (`Token.wordCount`).
public struct XLIFFArticle: Sendable {
    /// A glossary occurrence in a segment, with its concept.
    public struct Term: Sendable {
        /// UTF-8 byte range in the document (the original text, clitics included).
        public var range: Range<Int>
        /// The original text of `range`.
        public var text: String
        /// The concept found, shared by all its occurrences of the same kind in the article.
        public var concept: Concept
        /// Jaro–Winkler score of a fuzzy match; 1 for exact ones.
        public var score: Double
        /// The index of the segment it occurs in.
        public var segment: Int

        /// The glossary entry found.
        public var entry: GlossaryEntry { concept.entry }
        /// Exact, or a fuzzy match of a name.
        public var kind: TermMatch.Kind { concept.kind }
        /// The entry to use instead, when `entry` is deprecated, or the text writes a deprecated form or a
        /// misspelling of `entry` (then `entry` itself).
        public var replacement: GlossaryEntry? { concept.replacement }
        /// The status of the form the text writes (`TermTable.Row.status`).
        public var status: FormStatus { concept.status }
    }

    /// A glossary concept found in the article (a row of its term table: entry, match kind and the status of the
    /// forms written), with what the writer says about it, made once for all its occurrences.
    public final class Concept: Sendable {
        /// The glossary entry.
        public let entry: GlossaryEntry
        /// Exact, or a fuzzy match of a name.
        public let kind: TermMatch.Kind
        /// The status of the forms the text writes.
        public let status: FormStatus
        /// The entry to use instead, when `entry` is deprecated, or the text writes a deprecated form or a
        /// misspelling of `entry` (then `entry` itself).
        public let replacement: GlossaryEntry?
        /// The approved English: the preferred entry's (the replacement of a deprecated one), then its admitted
        /// variants.
        let translations: [String]
        /// A value XML cannot carry in the entry or its replacement, with the character, if there is one.
        let unwritable: (id: String, value: String, scalar: Unicode.Scalar)?
        /// Escaped once for every occurrence: what the note says before and after the fuzzy-match remark, and the
        /// first English (1.2's `comment` attribute), empty when there is none. Meaningless when `unwritable`.
        let notePrefix: [UInt8]
        let noteSuffix: [UInt8]
        let comment: [UInt8]

        init(entry: GlossaryEntry, kind: TermMatch.Kind, status: FormStatus, replacement: GlossaryEntry?) {
            self.entry = entry
            self.kind = kind
            self.status = status
            self.replacement = replacement
            translations = (replacement ?? entry).acceptedEnglishForms.filter { !$0.isEmpty }
            var unwritable: (String, String, Unicode.Scalar)?
            for checked in [entry] + (replacement.map { [$0] } ?? []) where unwritable == nil {
                for value in checked.arabicForms + checked.englishForms + [checked.definition, checked.note] {
                    if let scalar = value.unicodeScalars.first(where: { !XMLBuilder.isXMLCharacter($0) }) {
                        unwritable = (checked.id, value, scalar)
                        break
                    }
                }
            }
            self.unwritable = unwritable
            let (prefix, suffix) = XLIFFMarkup.noteParts(
                entry: entry, status: status, replacement: replacement, translations: translations)
            notePrefix = XMLBuilder.escapedBytes(prefix) ?? []
            noteSuffix = XMLBuilder.escapedBytes(suffix) ?? []
            comment = translations.first.flatMap { XMLBuilder.escapedBytes($0, attribute: true) } ?? []
        }
    }

    /// Concepts made for earlier articles of a batch matched against one glossary, by entry id, match kind and form
    /// status (a term table's row key), so each is made once per batch.
    public final class ConceptCache {
        var concepts: [String: Concept] = [:]

        /// An empty cache.
        public init() {}

        func concept(_ row: TermTable.Row) -> Concept {
            let key = row.entry.id + "\u{0}" + row.kind.rawValue + "\u{0}" + row.status.rawValue
            if let known = concepts[key] { return known }
            let concept = Concept(entry: row.entry, kind: row.kind, status: row.status, replacement: row.replacement)
            concepts[key] = concept
            return concept
        }
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
    /// The concepts found, one per row of the term table.
    let concepts: [Concept]

    /// An article; `table` is the article's term table, `words` has one count per segment and `summary` holds
    /// the indices of the summary's sentences. Articles of one batch can share a `cache`.
    public init(
        document: Document, stem: String, table: TermTable, words: [Int], summary: Set<Int>,
        cache: ConceptCache = ConceptCache()
    ) {
        var terms = [[Term]](repeating: [], count: document.segments.count)
        var concepts: [Concept] = []
        for row in table.rows {
            let concept = cache.concept(row)
            concepts.append(concept)
            for occurrence in row.occurrences where terms.indices.contains(occurrence.segment) {
                terms[occurrence.segment].append(
                    Term(
                        range: occurrence.range, text: occurrence.text, concept: concept, score: occurrence.score,
                        segment: occurrence.segment))
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
        self.words =
            words.count == document.segments.count
            ? words : words + [Int](repeating: 0, count: max(0, document.segments.count - words.count))
        self.summary = summary
        self.concepts = concepts
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
                paragraphs.append(
                    Paragraph(number: segment.paragraph, isLine: segment.kind == .line, segments: [segment.index]))
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

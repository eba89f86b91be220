import DragomanGlossary
import DragomanText

/// The batch row of each glossary concept, summed document by document without keeping the documents' occurrences:
/// what `TermTable.batch` makes from every table, in memory that grows with the concepts found, not with the text.
///
/// Rows, forms and first sentences are kept with where they were first seen (article number, then place in its
/// table), so parts of a batch summed separately (tasks, shards) merge into the rows `TermTable.batch` gives, in
/// its order.
struct BatchTerms: Codable, Sendable {
    /// A place in the batch: the article, then the position within its table or row.
    struct Place: Codable, Sendable, Comparable {
        var article: Int
        var position: Int

        static func < (a: Place, b: Place) -> Bool { (a.article, a.position) < (b.article, b.position) }
    }

    /// An occurrence, with what the batch row's first sentence needs of it.
    struct Occurrence: Codable, Sendable {
        var file: String
        var segment: Int
        var start: Int
        var end: Int
        var text: String
        var score: Double
    }

    /// One concept's row (per concept, match kind and status).
    struct Row: Codable, Sendable {
        var first: Place
        var entry: String
        var kind: String
        var status: String
        var replacement: String?
        var count: Int
        var score: Double
        /// Each form, where it was first seen.
        var forms: [String: Place]
        /// The first non-empty first sentence, where it was seen, and its occurrence.
        var sentence: String
        var sentenceArticle: Int
        var sentenceAt: Occurrence?
    }

    /// The rows by key (entry id, kind, status).
    var rows: [String: Row] = [:]

    /// Adds the table of article `article`.
    mutating func add(_ table: TermTable, article: Int) {
        for (position, row) in table.rows.enumerated() {
            let key = row.entry.id + "\u{0}" + row.kind.rawValue + "\u{0}" + row.status.rawValue
            var forms: [String: Place] = [:]
            for (index, form) in row.forms.enumerated() where forms[form] == nil {
                forms[form] = Place(article: article, position: index)
            }
            let at = row.firstSentenceAt.map {
                Occurrence(
                    file: $0.file, segment: $0.segment, start: $0.range.lowerBound, end: $0.range.upperBound,
                    text: $0.text, score: $0.score)
            }
            merge(
                key,
                Row(
                    first: Place(article: article, position: position), entry: row.entry.id, kind: row.kind.rawValue,
                    status: row.status.rawValue, replacement: row.replacement?.id, count: row.count, score: row.score,
                    forms: forms, sentence: row.firstSentence, sentenceArticle: article, sentenceAt: at))
        }
    }

    /// Adds the rows of another part of the batch.
    mutating func merge(_ other: BatchTerms) {
        for (key, row) in other.rows { merge(key, row) }
    }

    private mutating func merge(_ key: String, _ row: Row) {
        guard var known = rows[key] else {
            rows[key] = row
            return
        }
        if row.first < known.first {
            known.first = row.first
            known.replacement = row.replacement
        }
        known.count += row.count
        known.score = min(known.score, row.score)
        for (form, place) in row.forms where known.forms[form].map({ place < $0 }) ?? true {
            known.forms[form] = place
        }
        if !row.sentence.isEmpty,
            known.sentence.isEmpty || row.sentenceArticle < known.sentenceArticle
        {
            known.sentence = row.sentence
            known.sentenceArticle = row.sentenceArticle
            known.sentenceAt = row.sentenceAt
        }
        rows[key] = known
    }

    /// The batch table (named "batch"), its entries taken from `glossary` by id.
    func table(glossary entries: [String: GlossaryEntry]) throws(PrepareError) -> TermTable {
        var made: [TermTable.Row] = []
        for row in rows.values.sorted(by: { $0.first < $1.first }) {
            guard let entry = entries[row.entry], let kind = TermMatch.Kind(rawValue: row.kind),
                let status = FormStatus(rawValue: row.status)
            else { throw .shardState(file: "batch terms", reason: "concept \(row.entry) is not in the glossary") }
            let forms = row.forms.sorted { $0.value < $1.value }.map(\.key)
            let at = row.sentenceAt.map {
                TermTable.Occurrence(
                    inFile: $0.file, segment: $0.segment, range: $0.start..<$0.end, text: $0.text, score: $0.score)
            }
            made.append(
                TermTable.Row(
                    entry: entry, kind: kind, status: status, replacement: row.replacement.flatMap { entries[$0] },
                    forms: forms, firstSentence: row.sentence, firstSentenceAt: at, count: row.count,
                    score: row.score))
        }
        return TermTable(name: "batch", rows: made)
    }
}

public import DragomanText

/// The glossary concepts found in a document (or a batch): one row per concept and match kind.
///
/// This is what a translator receives with an article: every concept, how often and in which surface forms it
/// occurs (as written, clitics included), the first sentence it occurs in, and a flag with the preferred
/// replacement when the text uses a deprecated term. Exact and fuzzy occurrences never share a row.
public struct TermTable: Sendable {
    /// One occurrence in a document.
    public struct Occurrence: Sendable, Hashable {
        /// The document's name (its path as given).
        public var file: String
        /// The segment index in the document.
        public var segment: Int
        /// UTF-8 byte range in the document.
        public var range: Range<Int>
        /// The original text of `range`.
        public var text: String
        /// Jaro–Winkler score (1 for exact matches).
        public var score: Double
    }

    /// A concept found, with everything a translator needs about it.
    public struct Row: Sendable {
        /// The glossary entry.
        public var entry: GlossaryEntry
        /// Exact or fuzzy occurrences (never both in one row).
        public var kind: TermMatch.Kind
        /// The status of the forms in this row: the concept's for its preferred term and variants, `deprecated` or
        /// `misspelling` for forms listed so (each in a row of its own, so that a translator sees them flagged).
        public var status: FormStatus
        /// The entry to use instead: for a deprecated concept, the preferred one with the same English; for a
        /// deprecated form or a misspelling, the entry itself (its preferred term).
        public var replacement: GlossaryEntry?
        /// Surface forms as written, in order of first appearance, each once.
        public var forms: [String]
        /// The first sentence (never a headline line or boilerplate) the concept occurs in; empty if none.
        public var firstSentence: String
        /// Every occurrence, in text order.
        public var occurrences: [Occurrence]
        /// The occurrence in `firstSentence` (its file and segment locate the sentence); nil if none.
        public var firstSentenceAt: Occurrence? = nil
        /// The count and lowest score of a row that keeps no occurrences: a batch row summed over documents that are
        /// no longer in memory. Nil when they are counted from `occurrences`.
        package var tally: (count: Int, score: Double)? = nil

        /// How many times the concept occurs.
        public var count: Int { tally?.count ?? occurrences.count }
        /// The lowest fuzzy score among the occurrences (1 for exact rows).
        public var score: Double { tally?.score ?? occurrences.map(\.score).min() ?? 1 }
    }

    /// What the table covers: a document's name, or "batch".
    public var name: String
    /// The rows, in order of first occurrence.
    public var rows: [Row]

    /// Builds a document's table from its matches (from `GlossaryMatcher.matches(in:tokenizer:)`).
    public init(document: Document, matches: [TermMatch], glossary: Glossary) {
        name = document.source.name
        var rows: [Row] = []
        var position: [String: Int] = [:]
        for match in matches {
            let entry = glossary.entries[match.entry]
            let status = Self.status(of: entry, match.status)
            let key = entry.id + "\u{0}" + match.kind.rawValue + "\u{0}" + status.rawValue
            let occurrence = Occurrence(
                file: document.source.name, segment: match.segment, range: match.range, text: match.text,
                score: match.score)
            let segment = document.segments[match.segment]
            // The sentence on one line, made only when the row still needs it (most matches are of known rows).
            func sentence() -> String {
                segment.kind == .sentence && segment.boilerplate == nil ? segment.singleLineText : ""
            }
            if let index = position[key] {
                rows[index].occurrences.append(occurrence)
                if !rows[index].forms.contains(match.text) { rows[index].forms.append(match.text) }
                if rows[index].firstSentence.isEmpty {
                    let sentence = sentence()
                    if !sentence.isEmpty {
                        rows[index].firstSentence = sentence
                        rows[index].firstSentenceAt = occurrence
                    }
                }
            } else {
                position[key] = rows.count
                // A deprecated form or a misspelling inside an accepted concept: write the concept's own term.
                let ownForm =
                    entry.status != .deprecated && (match.status == .deprecated || match.status == .misspelling)
                let replacement = ownForm ? entry : Self.replacement(for: entry, in: glossary)
                let first = sentence()
                rows.append(
                    Row(
                        entry: entry, kind: match.kind, status: status, replacement: replacement,
                        forms: [match.text], firstSentence: first, occurrences: [occurrence],
                        firstSentenceAt: first.isEmpty ? nil : occurrence))
            }
        }
        self.rows = rows
    }

    /// A table with the given rows.
    public init(name: String, rows: [Row]) {
        self.name = name
        self.rows = rows
    }

    /// The batch table: the documents' rows merged per concept and kind, in order of first appearance.
    public static func batch(_ tables: [TermTable]) -> TermTable {
        var rows: [Row] = []
        var position: [String: Int] = [:]
        for table in tables {
            for row in table.rows {
                let key = row.entry.id + "\u{0}" + row.kind.rawValue + "\u{0}" + row.status.rawValue
                if let index = position[key] {
                    rows[index].occurrences += row.occurrences
                    for form in row.forms where !rows[index].forms.contains(form) { rows[index].forms.append(form) }
                    if rows[index].firstSentence.isEmpty {
                        rows[index].firstSentence = row.firstSentence
                        rows[index].firstSentenceAt = row.firstSentenceAt
                    }
                } else {
                    position[key] = rows.count
                    rows.append(row)
                }
            }
        }
        return TermTable(name: "batch", rows: rows)
    }

    /// The tables of every document and of the batch, matching content segments only.
    public static func build(documents: [Document], matcher: GlossaryMatcher) throws(TextError) -> (
        documents: [TermTable], batch: TermTable
    ) {
        try build(TokenizedBatch(documents: documents, matcher: matcher), matcher: matcher)
    }

    /// The tables of every document and of the batch, from a batch already tokenized and exact-matched by `matcher`.
    package static func build(_ tokenized: TokenizedBatch, matcher: GlossaryMatcher) -> (
        documents: [TermTable], batch: TermTable
    ) {
        var tables: [TermTable] = []
        for (document, parts) in zip(tokenized.documents, tokenized.parts) {
            var matches: [TermMatch] = []
            for part in parts {
                matches += matcher.matches(
                    in: part.segment, tokens: part.tokens, bytes: part.bytes, exact: part.exact,
                    memo: tokenized.memo)
            }
            tables.append(TermTable(document: document, matches: matches, glossary: matcher.glossary))
        }
        return (tables, batch(tables))
    }

    /// The status of a row: a deprecated form's or a misspelling's own, else the concept's.
    static func status(of entry: GlossaryEntry, _ form: FormStatus) -> FormStatus {
        if entry.status != .deprecated && (form == .deprecated || form == .misspelling) { return form }
        switch entry.status {
        case .preferred: return .preferred
        case .admitted: return .admitted
        case .deprecated: return .deprecated
        case .proposed: return .proposed
        }
    }

    /// The entry to use instead of a deprecated one: same English (case-insensitive), preferred before admitted.
    static func replacement(for entry: GlossaryEntry, in glossary: Glossary) -> GlossaryEntry? {
        guard entry.status == .deprecated else { return nil }
        let english = entry.en.lowercased()
        let candidates = glossary.entries.filter {
            $0.id != entry.id && $0.en.lowercased() == english && ($0.status == .preferred || $0.status == .admitted)
        }
        return candidates.first { $0.status == .preferred } ?? candidates.first
    }
}

extension TermTable.Row {
    /// A batch row summed over documents no longer in memory: its count and lowest score given, no occurrences
    /// kept.
    package init(
        entry: GlossaryEntry, kind: TermMatch.Kind, status: FormStatus, replacement: GlossaryEntry?, forms: [String],
        firstSentence: String, firstSentenceAt: TermTable.Occurrence?, count: Int, score: Double
    ) {
        self.init(
            entry: entry, kind: kind, status: status, replacement: replacement, forms: forms,
            firstSentence: firstSentence, occurrences: [], firstSentenceAt: firstSentenceAt)
        tally = (count, score)
    }
}

extension TermTable.Occurrence {
    /// An occurrence given field by field (read back from a shard's state).
    package init(inFile file: String, segment: Int, range: Range<Int>, text: String, score: Double) {
        self.init(file: file, segment: segment, range: range, text: text, score: score)
    }
}

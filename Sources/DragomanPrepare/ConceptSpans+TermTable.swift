package import DragomanGlossary
package import DragomanSummarizer

extension ConceptSpans {
    /// The concepts the term tables found, table `i` belonging to document `i` of the batch: every occurrence
    /// (exact or fuzzy) names its glossary entry.
    package init(_ tables: [TermTable]) {
        self.init(documents: tables.count)
        for (document, table) in tables.enumerated() { add(table, document: document) }
    }

    /// The concepts one document's term table found, the document being at position `document` of its batch: what
    /// a shard that holds this document alone gives its summarizer (the same spans, in the same order, as
    /// `init(_:)` over the batch gives for it).
    package init(_ table: TermTable, document: Int) {
        self.init(documents: document..<(document + 1))
        add(table, document: document)
    }

    private mutating func add(_ table: TermTable, document: Int) {
        for row in table.rows {
            for occurrence in row.occurrences {
                add(document: document, range: occurrence.range, concept: row.entry.id)
            }
        }
    }
}

import DragomanGlossary
import DragomanSummarizer

extension ConceptSpans {
    /// The concepts the term tables found, table `i` belonging to document `i` of the batch: every occurrence
    /// (exact or fuzzy) names its glossary entry.
    init(_ tables: [TermTable]) {
        self.init(documents: tables.count)
        for (document, table) in tables.enumerated() {
            for row in table.rows {
                for occurrence in row.occurrences {
                    add(document: document, range: occurrence.range, concept: row.entry.id)
                }
            }
        }
    }
}

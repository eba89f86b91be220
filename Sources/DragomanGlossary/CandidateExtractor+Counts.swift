import DragomanText

extension CandidateExtractor {
    /// The candidates of a batch counted in parts and merged (`CandidateCounts`), best C-value first: the same as
    /// `candidates(in:)` of the whole batch.
    ///
    /// The counts must hold n-grams at least as long as `maximumLength` (the extractor that counted them had the
    /// same `maximumLength`, or a longer one).
    package func candidates(from counts: CandidateCounts) -> [Candidate] {
        let longest = max(2, maximumLength)
        precondition(
            counts.grams.isEmpty || counts.maximumLength >= longest,
            "counts of n-grams of up to \(counts.maximumLength) words, not \(longest)")
        let concepts = matcher.conceptLemmaKeys()
        return rank(counts.totals(longest: longest, concepts: concepts), concepts: concepts)
    }

    /// The candidates of a batch counted in parts and merged, as a glossary TSV: the same bytes as
    /// `candidatesTSV(in:source:date:)` of the whole batch.
    package func candidatesTSV(from counts: CandidateCounts, source: String, date: String) throws -> String {
        try GlossaryTSV.serialize(
            Self.glossary(candidates(from: counts), source: source, date: date, concepts: matcher.glossary))
    }
}

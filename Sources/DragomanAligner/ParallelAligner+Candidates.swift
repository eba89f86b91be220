public import DragomanGlossary
import DragomanText

extension ParallelAligner {
    /// Candidate Arabic terms of the parallel text, as `dragoman terms --candidates` finds them
    /// (`CandidateExtractor`: multiword terms by C-value, then single words by frequency), skipping what `glossary`
    /// already has. They are taken from the Arabic side of the first `candidateSample` pairs.
    public func candidateTerms(excluding glossary: Glossary) throws(AlignerError) -> [String] {
        do {
            let source = SourceText(
                name: "the Arabic side", text: corpus.candidateText.joined(separator: "\n\n"))
            let documents = try TextPipeline().process([source], language: "ar")
            let matcher = try GlossaryMatcher(glossary: glossary)
            return try CandidateExtractor(matcher: matcher).candidates(in: documents).map(\.text)
        } catch {
            throw .textLayer(error.description)
        }
    }

    /// The glossary entry an Arabic term belongs to: one of whose Arabic forms is the term after `match`
    /// normalization.
    public static func entry(for term: String, in glossary: Glossary) -> GlossaryEntry? {
        let key = TermKey()
        let wanted = key.arabic(term)
        return glossary.entries.first { entry in entry.arabicForms.contains { key.arabic($0) == wanted } }
    }
}

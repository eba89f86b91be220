/// A sentence put forward for the digest: what its ranking and its citation need, and nothing of the analysis that
/// found it.
///
/// Made from a `Candidate` when one summarizer analyzed the whole batch, or from a `DigestState` whose shares came
/// from several (its stems then mapped back to the ids the one summarizer would have given), so that both paths run
/// the same arithmetic.
struct PoolSentence: Sendable {
    /// The document's position in the batch.
    let document: Int
    /// Position among the document's candidates, from 0.
    let position: Int
    /// Words and numbers in the sentence.
    let words: Int
    /// Light-stemmed content words, concepts merged (see `Candidate.stems`).
    let stems: TermBag
    /// The segment's index in its document.
    let index: Int
    /// UTF-8 byte range in the document's text.
    let range: Range<Int>
    /// The original text.
    let text: String

    /// The pool's copy of `candidate`.
    init(_ candidate: Candidate) {
        self.init(
            document: candidate.document, position: candidate.position, words: candidate.words,
            stems: candidate.stems, index: candidate.segment.index, range: candidate.segment.range,
            text: candidate.segment.text)
    }

    /// A sentence from its parts.
    init(document: Int, position: Int, words: Int, stems: TermBag, index: Int, range: Range<Int>, text: String) {
        self.document = document
        self.position = position
        self.words = words
        self.stems = stems
        self.index = index
        self.range = range
        self.text = text
    }
}

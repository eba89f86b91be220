package import DragomanText

/// The content segments of a batch, tokenized once (one tokenizer per language) with their exact glossary hits.
///
/// Term tables and candidate extraction both need a segment's tokens and what the glossary already matches in them;
/// `prepare` builds this once and gives it to both, so no segment is tokenized or exact-matched twice.
package struct TokenizedBatch {
    /// A content segment with its tokens and exact hits.
    struct Part {
        let segment: Segment
        let tokens: [Token]
        let bytes: TokenBytes
        /// Exact hits, Arabic or English rules by the segment's language (as `GlossaryMatcher.matches(in:tokens:)`).
        let exact: [GlossaryMatcher.Hit]
    }

    /// The documents, in order.
    package let documents: [Document]
    /// Per document, its content segments in order.
    let parts: [[Part]]
    /// The tokenizers used, by document language.
    let tokenizers: [String: Tokenizer]
    /// What the matching remembers from one batch to the next, if the caller keeps it.
    let memo: WordMemo?

    /// A batch from its parts (see `init(joining:)`).
    init(documents: [Document], parts: [[Part]], tokenizers: [String: Tokenizer], memo: WordMemo? = nil) {
        self.documents = documents
        self.parts = parts
        self.tokenizers = tokenizers
        self.memo = memo
    }

    /// Tokenizes and exact-matches the content segments of `documents`; `memo` (see `WordMemo`) carries the words
    /// that lead nowhere in the glossary from one call to the next, here and in the term tables built from this
    /// batch.
    package init(documents: [Document], matcher: GlossaryMatcher, memo: WordMemo? = nil) throws(TextError) {
        // One tokenizer per language, made when first needed and reused: making one sets up an ICU iterator.
        var tokenizers: [String: Tokenizer] = [:]
        var parts: [[Part]] = []
        for document in documents {
            let tokenizer: Tokenizer
            if let made = tokenizers[document.language] {
                tokenizer = made
            } else {
                tokenizer = try Tokenizer(locale: document.language)
                tokenizers[document.language] = tokenizer
            }
            parts.append(
                document.content.map { segment in
                    let tokens = tokenizer.tokens(of: segment, in: document)
                    let bytes = TokenBytes(tokens)
                    return Part(
                        segment: segment, tokens: tokens, bytes: bytes,
                        exact: matcher.matchTokens(bytes, english: segment.language == "en", memo: memo))
                })
        }
        self.documents = documents
        self.parts = parts
        self.tokenizers = tokenizers
        self.memo = memo
    }

    /// Per document, the words (word and number tokens, as summaries count them) of every segment, by segment
    /// index. Content segments reuse their tokens; boilerplate segments are tokenized here when
    /// `includingBoilerplate`, and count 0 otherwise.
    package func wordCounts(includingBoilerplate: Bool) throws(TextError) -> [[Int]] {
        var result: [[Int]] = []
        result.reserveCapacity(documents.count)
        for (document, parts) in zip(documents, parts) {
            var counts = [Int](repeating: 0, count: document.segments.count)
            for part in parts { counts[part.segment.index] = Token.wordCount(part.tokens) }
            if includingBoilerplate {
                let tokenizer: Tokenizer
                if let made = tokenizers[document.language] {
                    tokenizer = made
                } else {
                    tokenizer = try Tokenizer(locale: document.language)
                }
                for segment in document.segments where segment.boilerplate != nil {
                    counts[segment.index] = Token.wordCount(tokenizer.tokens(of: segment, in: document))
                }
            }
            result.append(counts)
        }
        return result
    }
}

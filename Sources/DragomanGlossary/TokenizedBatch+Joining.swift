import DragomanText

extension TokenizedBatch {
    /// One batch of the documents of `batches`, in order, as if tokenized together: each document's tokens and hits
    /// depend on that document alone, so a batch tokenized in parts (on several cores) and joined is the same.
    package init(joining batches: [TokenizedBatch]) {
        var tokenizers: [String: Tokenizer] = [:]
        for batch in batches { tokenizers.merge(batch.tokenizers) { first, _ in first } }
        self.init(
            documents: batches.flatMap(\.documents), parts: batches.flatMap(\.parts), tokenizers: tokenizers)
    }
}

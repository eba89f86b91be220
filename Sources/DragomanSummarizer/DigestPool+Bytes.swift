import DragomanText

extension DigestPool {
    /// The pool's sentences as bytes, for a spool record (the document's number is the record's): per sentence its
    /// position, index, range, words and stem count as LEB128 integers, then its text and stems, each a length and
    /// UTF-8 bytes (`PackedWriter`).
    package var bytes: [UInt8] {
        var writer = PackedWriter()
        writer.put(sentences.count)
        for sentence in sentences {
            for value in [
                sentence.position, sentence.index, sentence.range.lowerBound, sentence.range.upperBound,
                sentence.words, sentence.stems.count,
            ] {
                writer.put(value)
            }
            writer.put(sentence.text)
            for stem in sentence.stems { writer.put(stem) }
        }
        return writer.bytes
    }

    /// The pool of document `number` read from `bytes`; throws when they are not such a pool.
    package init(number: Int, bytes: [UInt8]) throws(SummarizerError) {
        var reader = PackedReader(bytes)
        do throws(PackedReader.Failure) {
            let count = try reader.integer()
            var sentences: [Sentence] = []
            for _ in 0..<count {
                let position = try reader.integer()
                let index = try reader.integer()
                let lower = try reader.integer()
                let upper = try reader.integer()
                let words = try reader.integer()
                let stemCount = try reader.integer()
                guard lower <= upper else { throw reader.broken("a sentence's range ends before it starts") }
                let text = try reader.string()
                var stems: [String] = []
                for _ in 0..<stemCount { stems.append(try reader.string()) }
                sentences.append(
                    Sentence(
                        position: position, index: index, range: lower..<upper, text: text, words: words,
                        stems: stems))
            }
            guard reader.isAtEnd else { throw reader.broken("bytes are left after its sentences") }
            self.init(number: number, sentences: sentences)
        } catch {
            throw .badDigestState(
                "the digest pool of document \(number) is broken at byte \(error.offset): \(error.reason)")
        }
    }
}

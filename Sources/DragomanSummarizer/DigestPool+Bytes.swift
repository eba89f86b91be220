extension DigestPool {
    /// The pool's sentences as bytes, for a spool record (the document's number is the record's): per sentence its
    /// position, index, range, words and stem count as LEB128 integers, then its text and stems, each a length and
    /// UTF-8 bytes.
    package var bytes: [UInt8] {
        var bytes: [UInt8] = []
        Self.put(sentences.count, into: &bytes)
        for sentence in sentences {
            for value in [
                sentence.position, sentence.index, sentence.range.lowerBound, sentence.range.upperBound,
                sentence.words, sentence.stems.count,
            ] {
                Self.put(value, into: &bytes)
            }
            Self.put(sentence.text, into: &bytes)
            for stem in sentence.stems { Self.put(stem, into: &bytes) }
        }
        return bytes
    }

    /// The pool of document `number` read from `bytes`; throws when they are not such a pool.
    package init(number: Int, bytes: [UInt8]) throws(SummarizerError) {
        var reader = Reader(bytes: bytes, number: number)
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
                    position: position, index: index, range: lower..<upper, text: text, words: words, stems: stems))
        }
        guard reader.offset == bytes.count else { throw reader.broken("bytes are left after its sentences") }
        self.init(number: number, sentences: sentences)
    }

    private static func put(_ value: Int, into bytes: inout [UInt8]) {
        var value = UInt64(value)
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func put(_ text: String, into bytes: inout [UInt8]) {
        put(text.utf8.count, into: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    /// Reads what `bytes` wrote, checking every length against what is left.
    private struct Reader {
        let bytes: [UInt8]
        let number: Int
        var offset = 0

        init(bytes: [UInt8], number: Int) {
            self.bytes = bytes
            self.number = number
        }

        /// The error for what starts at byte `at` (default: where reading is).
        func broken(_ reason: String, at: Int? = nil) -> SummarizerError {
            .badDigestState("the digest pool of document \(number) is broken at byte \(at ?? offset): \(reason)")
        }

        /// A LEB128 integer below 2^40 (no count, offset or length of a pool is larger).
        mutating func integer() throws(SummarizerError) -> Int {
            let start = offset
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard offset < bytes.count else { throw broken("it ends inside a number", at: start) }
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                guard value < 1 << 40, shift < 42 else { throw broken("a number is too large", at: start) }
                if byte < 0x80 { return Int(value) }
                shift += 7
            }
        }

        /// A length, then that many bytes of UTF-8.
        mutating func string() throws(SummarizerError) -> String {
            let length = try integer()
            guard length <= bytes.count - offset else { throw broken("it ends inside a text") }
            let slice = bytes[offset..<(offset + length)]
            guard let text = String(validating: slice, as: UTF8.self) else { throw broken("a text is not UTF-8") }
            offset += length
            return text
        }
    }
}

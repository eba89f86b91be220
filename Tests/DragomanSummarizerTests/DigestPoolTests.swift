import Testing

@testable import DragomanSummarizer

/// A document's digest pool goes to a spool as bytes and comes back the same; broken bytes are refused with the
/// document and the byte named.
struct DigestPoolTests {
    static let pool = DigestPool(
        number: 7,
        sentences: [
            DigestPool.Sentence(
                position: 0, index: 2, range: 0..<96, text: "قال وزير الخارجية، في مؤتمر صحفي: «نرحب بـ UN-2250»؟",
                words: 9, stems: ["وزير", "خارج", "مؤتمر", "\u{1}un", "وزير"]),
            DigestPool.Sentence(
                position: 300, index: 41, range: 20_000..<20_001, text: "", words: 0, stems: []),
        ])

    @Test func bytesComeBackAsThePool() throws {
        let bytes = Self.pool.bytes
        #expect(try DigestPool(number: 7, bytes: bytes) == Self.pool)
        #expect(try DigestPool(number: 3, bytes: DigestPool(number: 3, sentences: []).bytes).sentences.isEmpty)
    }

    @Test func brokenBytesAreRefused() {
        let bytes = Self.pool.bytes
        #expect(
            throws: SummarizerError.badDigestState(
                "the digest pool of document 7 is broken at byte 8: it ends inside a text")
        ) { try DigestPool(number: 7, bytes: Array(bytes.prefix(10))) }
        #expect(
            throws: SummarizerError.badDigestState(
                "the digest pool of document 7 is broken at byte \(bytes.count): bytes are left after its sentences")
        ) { try DigestPool(number: 7, bytes: bytes + [0]) }
        // The first text's first byte (after the count, six numbers and its length) made an invalid UTF-8 byte.
        var invalid = bytes
        invalid[8] = 0xFF
        #expect(
            throws: SummarizerError.badDigestState(
                "the digest pool of document 7 is broken at byte 8: a text is not UTF-8")
        ) { try DigestPool(number: 7, bytes: invalid) }
        #expect(
            throws: SummarizerError.badDigestState(
                "the digest pool of document 7 is broken at byte 0: a number is too large")
        ) { try DigestPool(number: 7, bytes: [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]) }
        #expect(
            throws: SummarizerError.badDigestState(
                "the digest pool of document 7 is broken at byte 0: it ends inside a number")
        ) { try DigestPool(number: 7, bytes: []) }
    }
}

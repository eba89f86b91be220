import DragomanTestSupport
import Testing

@testable import DragomanText

/// Properties of the text layer on seeded random texts (the pieces of `RandomTextTests`, many cases per test).
@Suite struct TextPropertyTests {
    /// Segments come in text order, never overlap, decode to their text, and what lies between them (and around
    /// them) is white space only: nothing of the text is lost or read twice.
    @Test func segmentsCoverTheTextInOrderWithoutOverlap() throws {
        var generator = SplitMix64(seed: 111)
        let pipeline = try TextPipeline()
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                text += RandomTextTests.pieces.randomElement(using: &generator)!
            }
            let document = try pipeline.process([SourceText(name: "random.txt", text: text)])[0]
            let bytes = Array(text.utf8)
            var end = 0
            func isWhiteSpace(_ range: Range<Int>) -> Bool {
                String(decoding: bytes[range], as: UTF8.self).unicodeScalars.allSatisfy { isSpaceLike($0.value) }
            }
            for segment in document.segments {
                #expect(segment.range.lowerBound >= end && !segment.range.isEmpty, "\(text.debugDescription)")
                guard segment.range.lowerBound >= end else { break }
                #expect(
                    isWhiteSpace(end..<segment.range.lowerBound),
                    "gap before \(segment.index): \(text.debugDescription)")
                #expect(String(decoding: bytes[segment.range], as: UTF8.self) == segment.text)
                end = segment.range.upperBound
            }
            #expect(end <= bytes.count && isWhiteSpace(end..<bytes.count), "tail: \(text.debugDescription)")
        }
    }

    /// `match` normalization is idempotent: normalizing its output changes nothing.
    @Test func matchNormalizationIsIdempotent() {
        var generator = SplitMix64(seed: 222)
        let normalizer = Normalizer(profile: .match)
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                if Bool.random(using: &generator) {
                    text.unicodeScalars.append(
                        Unicode.Scalar(RandomTextTests.scalars.randomElement(using: &generator)!)!)
                } else {
                    text.unicodeScalars.append(RandomText.scalar(using: &generator))
                }
            }
            let once = normalizer.normalize(text).text
            #expect(normalizer.normalize(once).text == once, "\(text.debugDescription) → \(once.debugDescription)")
        }
    }
}

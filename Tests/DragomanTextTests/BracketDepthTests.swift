import Testing

@testable import DragomanText

@Suite struct BracketDepthTests {
    /// Which words of `paragraph` lie inside a balanced pair, as BracketDepth sees them at each word's first byte.
    static func wordsInside(_ paragraph: String) -> [String] {
        var text = paragraph
        return text.withUTF8 { bytes in
            let depth = BracketDepth(bytes, 0..<bytes.count)
            var inside: [String] = []
            var offset = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if !word.isEmpty, depth.isInside(at: offset) { inside.append(String(word)) }
                offset += word.utf8.count + 1
            }
            return inside
        }
    }

    /// Quotes and brackets in Arabic and mixed text: only pairs that balance over the paragraph count, ASCII quotes
    /// only when even in number; multi-byte letters, emoji and Arabic punctuation between them change nothing.
    @Test(arguments: [
        ("قال « إن الاتفاق صامد » ثم غادر.", ["إن", "الاتفاق", "صامد", "»"]),
        ("قال «إن الاتفاق ( المؤقت ) صامد» ثم غادر.", ["الاتفاق", "(", "المؤقت", ")", "صامد»"]),
        ("قال \" إن الاتفاق صامد \" ثم غادر، وأضاف: \" لا \"؟", ["إن", "الاتفاق", "صامد", "\"", "لا", "\"؟"]),
        ("قال \" إن الاتفاق صامد ثم غادر.", []),
        ("( قال إن الاتفاق صامد.", []),
        ("قال ) إن ( الاتفاق صامد.", []),
        ("He said “ the deal 😀 holds ” and left.", ["the", "deal", "😀", "holds", "”"]),
        ("أعلنت [ وزارة الصحة ] { اليوم } ٢٠٢١ « لا »؛", ["وزارة", "الصحة", "]", "اليوم", "}", "لا", "»؛"]),
        ("بلا أقواس: ٢٠٢١، 3.5% — ✓ 😀", []),
    ])
    func balancedPairsOnly(_ paragraph: String, _ inside: [String]) {
        #expect(Self.wordsInside(paragraph) == inside)
    }
}

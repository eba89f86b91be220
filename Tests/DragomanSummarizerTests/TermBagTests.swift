import DragomanText
import Testing

@testable import DragomanSummarizer

@Suite struct TermBagTests {
    /// Short lists (sorted by insertion) and long ones (by the standard library), against a dictionary count.
    @Test(arguments: [0, 1, 2, 5, 47, 48, 49, 120])
    func countsEveryID(length: Int) {
        var generator = SplitMix64(seed: UInt64(length) + 7)
        for _ in 0..<20 {
            var ids = (0..<length).map { _ in Int32(generator.next() % 30) - 2 }
            var expected: [Int32: Float] = [:]
            for id in ids { expected[id, default: 0] += 1 }
            let bag = TermBag(&ids)
            #expect(ids == ids.sorted())
            #expect(bag.terms == expected.keys.sorted())
            #expect(bag.counts == bag.terms.map { expected[$0]! })
            #expect(bag.total == length)
        }
    }

    @Test func arabicSentence() throws {
        // وزير appears twice, in two spellings that `match` makes one (وزیر with a Persian yeh).
        let document = try Support.document("قال وزير المالية إن وزیر الخارجية سافر إلى بغداد.\n")
        let candidates = try SentenceAnalyzer().candidates(of: document, number: 0)
        #expect(candidates.count == 1)
        #expect(candidates[0].surface.counts.contains(2))
        #expect(candidates[0].surface.terms == candidates[0].surface.terms.sorted())
    }
}

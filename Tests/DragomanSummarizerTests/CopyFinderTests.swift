import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@testable import DragomanSummarizer

/// Copies told in bounded memory: the same answer as a set of fingerprints, whether the runs fit in memory or are
/// merged from the temporary file; and the digest of a large pool with copies the same as one summarizer's.
@Suite struct CopyFinderTests {
    @Test(arguments: [(0, 1), (1, 1), (5, 2), (100, 3), (100, 7), (2_000, 1_000), (2_000, 64), (3_000, 5_000)])
    func sameAsASetOfFingerprints(count: Int, runLength: Int) throws {
        // Fixed, so a failure can be replayed.
        var generator = SplitMix64(seed: UInt64(count * 31 + runLength))
        // Few distinct values, so most items repeat one; some share a half of the fingerprint only.
        let items = (0..<count).map { _ in
            (low: UInt64.random(in: 0..<40, using: &generator), high: UInt64.random(in: 0..<3, using: &generator))
        }
        let finder = CopyFinder(runLength: runLength)
        for item in items { try finder.add(low: item.low, high: item.high) }
        let copies = try finder.copies()
        var seen = Set<[UInt64]>()
        for (ordinal, item) in items.enumerated() {
            let isCopy = !seen.insert([item.low, item.high]).inserted
            #expect(copies.contains(ordinal) == isCopy, "item \(ordinal)")
        }
    }

    /// Articles that repeat sentences of others (a wire story run twice), enough for a pool past the digest's
    /// limit: read in the bounded way, with runs of three fingerprints, it gives one summarizer's digest.
    @Test func largePoolWithCopiesGivesTheSingleDigest() throws {
        var generator = SplitMix64(seed: 7)
        var texts: [(name: String, text: String)] = []
        for number in 0..<80 {
            var sentences = (0..<10).map { _ in RandomText.sentence(words: 8...14, using: &generator) }
            if number % 3 == 2, let earlier = texts.last {
                // A wire story: the previous article's text again, with a sentence of its own.
                sentences = [earlier.text, sentences[0]]
            }
            texts.append(("مقال-\(number).txt", sentences.joined(separator: " ")))
        }
        let documents = try Support.documents(texts)
        let single = try Summarizer().digest(documents)
        let summarizer = try Summarizer()
        var state = DigestState()
        var pools: [DigestPool] = []
        for (number, document) in documents.enumerated() {
            pools.append(
                try state.add(summarizer.deskPart(of: document, number: number, concepts: nil), from: summarizer))
        }
        let sentences = pools.reduce(0) { $0 + $1.sentences.count }
        #expect(sentences > Summarizer.digestPoolLimit)
        // The pool holds copies for the digest to leave out.
        #expect(Set(pools.flatMap { $0.sentences.map(\.text) }).count < sentences - 50)
        let sources = documents.map(\.source.name)
        for (holding, copyRun) in [(Summarizer.heldPoolSentences, Summarizer.copyRunLength), (0, 3), (0, 100_000)] {
            let digest = try Summarizer().digest(
                from: state, pools: pools, sources: sources, holding: holding, copyRun: copyRun)
            #expect(digest.markdown() == single.markdown(), "holding \(holding), runs of \(copyRun)")
            #expect(digest.sentences == single.sentences)
        }
    }
}

import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@testable import DragomanSummarizer

/// The digest from shares made by several summarizers (shards, tasks), serialized and merged in any order, is the
/// digest one summarizer makes of the whole batch, to the byte.
@Suite(
    .enabled(
        if: Repository.hasShared("seeds") && Repository.hasShared("easc-dev/articles"),
        "needs ../shared/seeds and ../shared/easc-dev/articles"))
struct DigestStateTests {
    /// The five seeds then the first `articles` EASC dev articles (all of them for nil), read as one batch.
    static func batch(articles: Int?) throws -> [Document] {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Repository.shared("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { Repository.shared("seeds/" + $0).path }
        let folder = Repository.shared("easc-dev/articles").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
            .sorted()
        let easc = names.prefix(articles ?? names.count).map { folder + "/" + $0 }
        return try TextPipeline().process(paths: seeds + easc)
    }

    /// Seeds and 40 articles: a pool under the limit.
    static let small = Result { try batch(articles: 40) }
    /// Seeds and all 102 articles: a pool over the limit, so the centroid cut runs.
    static let large = Result { try batch(articles: nil) }

    /// Words that name the same things, each a concept: spans found by plain search, as a glossary would mark them.
    static let conceptWords: [(word: String, concept: String)] = [
        ("الناتو", "nato"), ("حلف شمال الأطلسي", "nato"), ("الحلف", "nato"), ("الولايات المتحدة", "usa"),
        ("واشنطن", "usa"), ("الحكومة", "government"), ("الوزارة", "government"), ("الموسيقى", "music"),
        ("الفن", "music"), ("بيتهوفن", "beethoven"),
    ]

    /// The concept spans of the documents at positions `covered` of `documents` (the whole batch, or one document
    /// as a shard holds it).
    static func concepts(_ documents: [Document], covering covered: Range<Int>) -> ConceptSpans {
        var spans = ConceptSpans(documents: covered)
        for number in covered {
            let text = documents[number].source.text
            for (word, concept) in conceptWords {
                var from = text.startIndex
                while let found = text.range(of: word, range: from..<text.endIndex) {
                    let start = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
                    spans.add(document: number, range: start..<(start + word.utf8.count), concept: concept)
                    from = found.upperBound
                }
            }
        }
        return spans
    }

    /// Document `number` of `count` goes to part `number % parts` (interleaved) or to the `parts` consecutive
    /// runs.
    static func part(of number: Int, count: Int, parts: Int, interleaved: Bool) -> Int {
        interleaved ? number % parts : number * parts / count
    }

    /// The states of `parts` shards as JSON, each shard with its own summarizer over its documents in batch order;
    /// with `concepts`, each document's spans as its shard sees them (that document alone). With them, every
    /// document's pool in batch order, each read back from its bytes.
    static func shards(
        _ documents: [Document], parts: Int, interleaved: Bool, concepts: Bool
    ) throws -> (states: [Data], pools: [DigestPool]) {
        var states: [Data] = []
        var pools: [DigestPool] = []
        for shard in 0..<parts {
            let summarizer = try Summarizer()
            var state = DigestState()
            for number in documents.indices
            where part(of: number, count: documents.count, parts: parts, interleaved: interleaved) == shard {
                let spans = concepts ? Self.concepts(documents, covering: number..<(number + 1)) : nil
                let pool = try state.add(
                    summarizer.deskPart(of: documents[number], number: number, concepts: spans), from: summarizer)
                let read = try DigestPool(number: number, bytes: pool.bytes)
                #expect(read == pool)
                pools.append(read)
            }
            let json = state.encoded()
            // What is read back is written back the same.
            #expect(try DigestState(encoded: json).encoded() == json)
            states.append(json)
        }
        return (states, pools.sorted { $0.number < $1.number })
    }

    /// The states read back and merged in a shuffled order, into two halves merged last.
    static func merged(_ states: [Data], seed: UInt64) throws -> DigestState {
        var generator = SplitMix64(seed: seed)  // fixed, so a failure can be replayed
        var halves = [DigestState(), DigestState()]
        for (index, json) in states.shuffled(using: &generator).enumerated() {
            try halves[index % 2].merge(DigestState(encoded: json))
        }
        try halves[1].merge(halves[0])
        return halves[1]
    }

    static func expectSameDigest(_ sharded: Digest, _ single: Digest) {
        #expect(sharded.markdown() == single.markdown())
        #expect(sharded.sentences == single.sentences)
        #expect(sharded.candidates == single.candidates)
        #expect(sharded.sources == single.sources)
    }

    /// Every split of `splits` (number of parts, interleaved or not) gives one summarizer's digest; returns the
    /// merged state of the last split.
    @discardableResult
    static func check(_ documents: [Document], concepts: Bool, splits: [(parts: Int, interleaved: Bool)]) throws
        -> DigestState
    {
        let spans = concepts ? Self.concepts(documents, covering: documents.indices) : nil
        let single = try Summarizer().digest(documents, concepts: spans)
        let sources = documents.map(\.source.name)
        var last = DigestState()
        for (parts, interleaved) in splits {
            let (states, pools) = try shards(documents, parts: parts, interleaved: interleaved, concepts: concepts)
            let merged = try merged(states, seed: UInt64(parts))
            Self.expectSameDigest(try Summarizer().digest(from: merged, pools: pools, sources: sources), single)
            // The same when the pool is read again for the scoring instead of held from the first read.
            Self.expectSameDigest(
                try Summarizer().digest(from: merged, pools: pools, sources: sources, holding: 0), single)
            // And when its copies are found in runs of five fingerprints, merged from the temporary file.
            Self.expectSameDigest(
                try Summarizer().digest(from: merged, pools: pools, sources: sources, holding: 0, copyRun: 5), single)
            // Another merge order gives the same state, byte for byte.
            #expect(try Self.merged(states, seed: 99).encoded() == merged.encoded())
            last = merged
        }
        return last
    }

    @Test(arguments: [false, true])
    func shardedDigestOfSeedsAndFortyArticlesIsTheSingleDigest(concepts: Bool) throws {
        let documents = try Self.small.get()
        let splits = [1, 2, 3, 7].flatMap { parts in [(parts, false), (parts, true)] }
        try Self.check(documents, concepts: concepts, splits: splits)
    }

    @Test(arguments: [false, true])
    func shardedDigestOverThePoolLimitIsTheSingleDigest(concepts: Bool) throws {
        let documents = try Self.large.get()
        try Self.check(documents, concepts: concepts, splits: [(3, false), (7, true)])
        // The pool is over the limit once copies are left out: the centroid cut runs, streamed (read twice).
        let pools = try Self.shards(documents, parts: 1, interleaved: false, concepts: concepts).pools
        let distinct = Set(pools.flatMap { $0.sentences.map { $0.stems.sorted() } })
        #expect(distinct.count > Summarizer.digestPoolLimit)
    }

    @Test func mergedTermsHaveTheIdsOfOneSummarizer() throws {
        let documents = try Self.small.get()
        let spans = Self.concepts(documents, covering: documents.indices)
        let single = try Summarizer()
        _ = try single.deskMarkdown(for: documents, concepts: spans)
        let states = try Self.shards(documents, parts: 3, interleaved: true, concepts: true).states
        let merged = try Self.merged(states, seed: 3)
        let ids = merged.ids(try merged.batch(of: documents.count))
        let terms = single.analyzer.terms
        // Every term one summarizer met has its id, and no other term has one.
        #expect(ids.filter { $0 >= 0 }.count == terms.count)
        #expect(
            zip(merged.terms, ids).allSatisfy { term, id in
                id < 0 || terms[Int(id)].utf8.elementsEqual(term.utf8)
            })
        // Concepts are terms of their own.
        #expect(terms.contains("\u{1}nato"))
    }

    @Test func digestRefusesAnIncompleteOrOverlappingBatch() throws {
        let documents = Array(try Self.small.get().prefix(6))
        let sources = documents.map(\.source.name)
        let (json, pools) = try Self.shards(documents, parts: 2, interleaved: true, concepts: false)
        let states = try json.map { try DigestState(encoded: $0) }
        // One shard missing: its documents have no share.
        #expect(throws: SummarizerError.badDigestState("document 1 of 6 has no share")) {
            try Summarizer().digest(from: states[0], pools: pools, sources: sources)
        }
        var both = states[0]
        try both.merge(states[1])
        #expect(throws: SummarizerError.badDigestState("document 0 has two shares")) { try both.merge(states[0]) }
        // A batch shorter than the shares.
        #expect(throws: SummarizerError.badDigestState("a share is of document 5, but the batch has 5 documents")) {
            try Summarizer().digest(from: both, pools: pools, sources: Array(sources.prefix(5)))
        }
        // Pools missing, repeated, or of another batch.
        #expect(throws: SummarizerError.badDigestState("document 0 of 6 has no pool")) {
            try Summarizer().digest(from: both, pools: [], sources: sources)
        }
        #expect(throws: SummarizerError.badDigestState("document 2 of 6 has no pool")) {
            try Summarizer().digest(from: both, pools: pools.filter { $0.number != 2 }, sources: sources)
        }
        #expect(throws: SummarizerError.badDigestState("the pool of document 1 comes twice or out of order")) {
            try Summarizer().digest(from: both, pools: Array(pools.prefix(2)) + pools.dropFirst(1), sources: sources)
        }
        let outside = DigestPool(number: 6, sentences: [])
        #expect(throws: SummarizerError.badDigestState("a pool is of document 6, but the batch has 6 documents")) {
            try Summarizer().digest(from: both, pools: pools + [outside], sources: sources)
        }
        var stranger = pools
        stranger[3].sentences[0].stems[0] = "كلمة_غريبة"
        #expect(
            throws: SummarizerError.badDigestState(
                "the term كلمة_غريبة in the pool of document 3 is in no share's vocabulary")
        ) { try Summarizer().digest(from: both, pools: stranger, sources: sources) }
        Self.expectSameDigest(
            try Summarizer().digest(from: both, pools: pools, sources: sources), try Summarizer().digest(documents))
    }

    @Test func digestRefusesSharesOfASummarizerThatMetOtherTerms() throws {
        let documents = Array(try Self.small.get().prefix(4))
        let sources = documents.map(\.source.name)
        // A summarizer used before (here on the last document) knows terms its shares do not list.
        let used = try Summarizer()
        _ = try used.summarize(documents[3])
        var state = DigestState()
        var pools: [DigestPool] = []
        for number in documents.indices {
            pools.append(try state.add(used.deskPart(of: documents[number], number: number, concepts: nil), from: used))
        }
        #expect(throws: SummarizerError.self) { try Summarizer().digest(from: state, pools: pools, sources: sources) }
        // A summarizer that goes backwards met terms of a later document first.
        let backwards = try Summarizer()
        var reversed = DigestState()
        for number in documents.indices.reversed() {
            try reversed.add(
                backwards.deskPart(of: documents[number], number: number, concepts: nil), from: backwards)
        }
        #expect(throws: SummarizerError.self) {
            try Summarizer().digest(from: reversed, pools: pools, sources: sources)
        }
        // The same shares made in order are accepted.
        let fresh = try Summarizer()
        var inOrder = DigestState()
        var inOrderPools: [DigestPool] = []
        for number in documents.indices {
            inOrderPools.append(
                try inOrder.add(fresh.deskPart(of: documents[number], number: number, concepts: nil), from: fresh))
        }
        Self.expectSameDigest(
            try Summarizer().digest(from: inOrder, pools: inOrderPools, sources: sources),
            try Summarizer().digest(documents))
    }

    @Test func jsonIsStableAndRefusesBrokenStates() throws {
        let documents = Array(try Self.small.get().prefix(3))
        let json = try Self.shards(documents, parts: 1, interleaved: false, concepts: true).states[0]
        let text = try #require(String(data: json, encoding: .utf8))
        #expect(text.hasPrefix(#"{"documents":[{"interned":["#))
        #expect(text.contains(#""terms":["\u0001"#))  // concepts first, the table sorted by bytes
        let broken = text.replacingOccurrences(of: #""frequencies":["#, with: #""frequencies":[0,"#)
        #expect(throws: SummarizerError.self) { try DigestState(encoded: Data(broken.utf8)) }
        #expect(throws: SummarizerError.self) { try DigestState(encoded: Data("{}".utf8)) }
    }
}

import DragomanText

/// What the digest of a batch needs from some of its documents: made where they are summarized (a shard of
/// `dragoman prepare`, a task), merged with the states of the other documents, then turned into the digest by
/// `Summarizer.digest(from:sources:)`, to the byte the digest one summarizer makes of the whole batch.
///
/// The digest's arithmetic depends on the term ids of the summarizer that analyzed the batch (they order its sums),
/// and each summarizer numbers terms its own way; so the state keeps terms as text, never as ids, and keeps for
/// each document the terms its summarizer met there first, in the order it met them, from which the ids of one
/// summarizer are made again (see `Summarizer.digest(from:sources:)`). For that, each summarizer that makes shares
/// must be new, and analyze only documents of the batch, in batch order, every one of which is then added to a
/// state: one summarizer per shard or per task, as `deskPart` is used anyway. The digest checks this from the
/// shares themselves and throws when it does not hold.
///
/// Per document it holds the `Summarizer.digestPerDocument` sentences the document puts forward (text, position,
/// words, stems), and per stem the number of documents that hold it; sentences that copy one of another document
/// are left out only when the digest is made, in batch order. `encoded()` gives the same bytes for the same state.
package struct DigestState: Sendable, Equatable {
    /// One document's share.
    struct Share: Sendable, Codable, Equatable {
        /// The document's position in the batch.
        let number: Int
        /// The position of the document its summarizer made a share of just before, nil for the summarizer's first.
        let previous: Int?
        /// How many terms its summarizer knew before this document.
        let known: Int
        /// The terms its summarizer met first in this document, in the order it met them (surface forms, stems and
        /// concepts alike: they share one vocabulary).
        let interned: [String]
        /// The sentences it puts forward, in text order.
        let pool: [Sentence]
    }

    /// A sentence a document puts forward.
    struct Sentence: Sendable, Codable, Equatable {
        /// Position among the document's candidates, from 0.
        let position: Int
        /// The segment's index in its document.
        let index: Int
        /// UTF-8 byte range in the document's text.
        let range: Range<Int>
        /// The original text.
        let text: String
        /// Words and numbers in it.
        let words: Int
        /// Its stems (and concepts) with repetition, sorted by their UTF-8 bytes.
        let stems: [String]
    }

    /// The shares, by document position.
    private(set) var shares: [Int: Share] = [:]
    /// Per stem (or concept): how many documents of the shares hold it in some candidate.
    private(set) var frequencies: [UTF8Key: Int] = [:]

    /// An empty state.
    package init() {}

    /// A state from its parts, checked by the decoder.
    init(shares: [Int: Share], frequencies: [UTF8Key: Int]) {
        self.shares = shares
        self.frequencies = frequencies
    }

    /// The batch positions of the documents whose shares the state holds, ascending.
    package var documents: [Int] { shares.keys.sorted() }

    /// Adds the share of one document, `part`, made by `summarizer` (whose vocabulary turns the part's ids into
    /// text); throws when the state already holds that document.
    package mutating func add(_ part: Summarizer.DeskPart, from summarizer: Summarizer) throws(SummarizerError) {
        precondition(
            part.analyzer == ObjectIdentifier(summarizer.analyzer), "a share is added with the summarizer that made it")
        guard shares[part.number] == nil else {
            throw .badDigestState("document \(part.number) has two shares")
        }
        let terms = summarizer.analyzer.terms
        var held = Set<Int32>()
        for candidate in part.candidates {
            for term in candidate.stems.terms where held.insert(term).inserted {
                frequencies[UTF8Key(terms[Int(term)]), default: 0] += 1
            }
        }
        let pool = Summarizer.digestShare(part.ranking).map { position in
            let candidate = part.candidates[position]
            var stems: [String] = []
            for (term, count) in zip(candidate.stems.terms, candidate.stems.counts) {
                stems += repeatElement(terms[Int(term)], count: Int(count))
            }
            stems.sort(by: Self.precedes)
            return Sentence(
                position: candidate.position, index: candidate.segment.index, range: candidate.segment.range,
                text: candidate.segment.text, words: candidate.words, stems: stems)
        }
        shares[part.number] = Share(
            number: part.number, previous: part.previous, known: Int(part.interned.lowerBound),
            interned: Array(terms[Int(part.interned.lowerBound)..<Int(part.interned.upperBound)]), pool: pool)
    }

    /// Adds the shares of `other`; throws when both hold a share of the same document.
    package mutating func merge(_ other: DigestState) throws(SummarizerError) {
        if let twice = other.shares.keys.filter({ shares[$0] != nil }).min() {
            throw .badDigestState("document \(twice) has two shares")
        }
        shares.merge(other.shares) { mine, _ in mine }
        frequencies.merge(other.frequencies, uniquingKeysWith: +)
    }

    /// The shares of a batch of `count` documents, in batch order, once checked: one share per document, and each
    /// summarizer's shares in batch order, its vocabulary made of theirs alone (each share starts where the
    /// summarizer's previous one ended, its first from nothing).
    func batch(of count: Int) throws(SummarizerError) -> [Share] {
        var ordered: [Share] = []
        ordered.reserveCapacity(count)
        for number in 0..<count {
            guard let share = shares[number] else {
                throw .badDigestState("document \(number) of \(count) has no share")
            }
            ordered.append(share)
        }
        if let outside = shares.keys.filter({ !(0..<count).contains($0) }).min() {
            throw .badDigestState("a share is of document \(outside), but the batch has \(count) documents")
        }
        var continued = Set<Int>()
        for share in ordered {
            let fromNothing = share.previous == nil && share.known == 0
            var afterPrevious = false
            if let previous = share.previous, previous < share.number, let before = shares[previous] {
                afterPrevious =
                    before.known + before.interned.count == share.known && continued.insert(previous).inserted
            }
            guard fromNothing || afterPrevious else {
                throw .badDigestState(
                    "the summarizer of document \(share.number) met terms outside the shares (make the shares with new"
                        + " summarizers, each analyzing documents of the batch alone, in batch order)")
            }
        }
        return ordered
    }

    /// The ids one summarizer gives the terms of `shares` (a batch's, in order): each term numbered the first time
    /// it comes, taking the shares in order and each one's terms in the order its summarizer met them (why that is
    /// the one summarizer's numbering: `Summarizer.digest(from:sources:)`).
    static func ids(_ shares: [Share]) -> [UTF8Key: Int32] {
        var ids: [UTF8Key: Int32] = [:]
        for share in shares {
            for term in share.interned {
                let key = UTF8Key(term)
                if ids[key] == nil { ids[key] = Int32(ids.count) }
            }
        }
        return ids
    }

    /// Whether `a` sorts before `b` by UTF-8 bytes (as terms are compared: byte for byte, not by Unicode
    /// equivalence).
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

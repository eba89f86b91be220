import DragomanText
import Foundation

/// What the digest of a batch needs from some of its documents: made where they are summarized (a shard of
/// `dragoman prepare`, a task), merged with the states of the other documents, then turned into the digest by
/// `Summarizer.digest(from:sources:)`, to the byte the digest one summarizer makes of the whole batch.
///
/// The digest's arithmetic depends on the term ids of the summarizer that analyzed the batch (they order its sums),
/// and each summarizer numbers terms its own way; so the state keeps terms as text, never as a summarizer's ids,
/// and keeps for each document the terms its summarizer met there first, in the order it met them, from which the
/// ids of one summarizer are made again (see `Summarizer.digest(from:sources:)`). For that, each summarizer that
/// makes shares must be new, and analyze only documents of the batch, in batch order, every one of which is then
/// added to a state: one summarizer per shard or per task, as `deskPart` is used anyway. The digest checks this
/// from the shares themselves and throws when it does not hold.
///
/// Per stem it holds the number of documents that hold it, and per document where its terms come in the order its
/// summarizer met them: memory that grows with the vocabulary and about 85 bytes per document (`ShareTable`). The
/// `Summarizer.digestPerDocument` sentences each document puts forward (text, position, words, stems) are not kept
/// here: `add` gives them back as a `DigestPool`, for the caller to keep or spool, and the digest reads them back in
/// batch order; sentences that copy one of another document are left out only then. Each term is written once, in
/// a table the shares point into; `encoded()` gives the same bytes for the same state, however it was put together.
package struct DigestState: Sendable {
    /// One document's share; terms are positions in the state's `terms`.
    struct Share: Sendable, Codable {
        /// The document's position in the batch.
        let number: Int
        /// The position of the document its summarizer made a share of just before, nil for the summarizer's first.
        let previous: Int?
        /// How many terms its summarizer knew before this document.
        let known: Int
        /// The terms its summarizer met first in this document, in the order it met them (surface forms, stems and
        /// concepts alike: they share one vocabulary).
        var interned: [Int32]
    }

    /// A summarizer's ids → positions in `terms` (-1: not looked up yet), for the summarizer whose share was added
    /// last, so each of its terms is looked up by text once, not once per document.
    struct Translation: Sendable {
        var analyzer: UUID?
        var positions: [Int32] = []
    }

    /// Every term of the shares, each once, numbered by position.
    private var termPositions = StringInterner()
    /// Per term of `terms`: how many documents of the shares hold it among their candidates' stems.
    private(set) var frequencies: [Int32] = []
    /// The shares, packed; found by document position.
    private(set) var shares = ShareTable()
    /// Scratch for `add`; no part of the state's value.
    private var translation = Translation()
    /// Scratch for `add`: per term of `terms`, the last document counted in `frequencies` (its number + 1).
    private var counted: [Int32] = []

    /// An empty state.
    package init() {}

    /// A state from its parts, read back by the decoder (`terms` unique, one share per document).
    init(terms: [String], frequencies: [Int32], shares: [Share]) {
        termPositions = StringInterner(numbering: terms)
        self.frequencies = frequencies
        for share in shares { self.shares.append(share) }
        counted = Array(repeating: 0, count: terms.count)
    }

    /// Every term of the shares, each once.
    var terms: [String] { termPositions.strings }

    /// The batch positions of the documents whose shares the state holds, ascending.
    package var documents: [Int] { shares.numbers }

    /// Adds the share of one document, `part`, made by `summarizer` (whose vocabulary turns the part's ids into
    /// text), and gives back the sentences the document puts forward, for the caller to keep in batch order; throws
    /// when the state already holds that document.
    @discardableResult
    package mutating func add(_ part: Summarizer.DeskPart, from summarizer: Summarizer) throws(SummarizerError)
        -> DigestPool
    {
        let vocabulary = summarizer.analyzer.terms
        precondition(
            part.analyzer == summarizer.analyzer.identity && Int(part.interned.upperBound) <= vocabulary.count,
            "a share is added with the summarizer that made it")
        guard !shares.contains(part.number) else {
            throw .badDigestState("document \(part.number) has two shares")
        }
        guard part.number >= 0, Int32(exactly: part.number) != nil else {
            throw .badDigestState("document \(part.number) is out of range (0 to \(Int32.max))")
        }
        if translation.analyzer != part.analyzer {
            translation = Translation(analyzer: part.analyzer)
        }
        if translation.positions.count < vocabulary.count {
            translation.positions += repeatElement(-1, count: vocabulary.count - translation.positions.count)
        }
        func position(_ id: Int32) -> Int32 {
            let known = translation.positions[Int(id)]
            if known >= 0 { return known }
            let found = intern(vocabulary[Int(id)])
            translation.positions[Int(id)] = found
            return found
        }
        let mark = Int32(part.number + 1)
        for candidate in part.candidates {
            for id in candidate.stems.terms {
                let term = Int(position(id))
                if counted[term] != mark {
                    counted[term] = mark
                    frequencies[term] += 1
                }
            }
        }
        let pool = Summarizer.digestShare(part.ranking).map { index in
            let candidate = part.candidates[index]
            var stems: [String] = []
            stems.reserveCapacity(candidate.stems.total)
            for (id, count) in zip(candidate.stems.terms, candidate.stems.counts) {
                stems += repeatElement(vocabulary[Int(id)], count: Int(count))
            }
            return DigestPool.Sentence(
                position: candidate.position, index: candidate.segment.index, range: candidate.segment.range,
                text: candidate.segment.text, words: candidate.words, stems: stems)
        }
        let interned = part.interned.map(position)
        shares.append(
            number: part.number, previous: part.previous, known: Int(part.interned.lowerBound), interned: interned)
        return DigestPool(number: part.number, sentences: pool)
    }

    /// The position of `term` in `terms`, nil when no share holds it.
    func position(of term: String) -> Int32? { termPositions.id(of: term) }

    /// Adds the shares of `other`; throws when both hold a share of the same document.
    package mutating func merge(_ other: DigestState) throws(SummarizerError) {
        if let twice = other.shares.numbers.first(where: shares.contains) {
            throw .badDigestState("document \(twice) has two shares")
        }
        let mapped = other.terms.map { intern($0) }
        for (term, count) in zip(mapped, other.frequencies) { frequencies[Int(term)] += count }
        for row in 0..<other.shares.count {
            let (number, previous, known) = other.shares.header(at: row)
            shares.append(
                number: number, previous: previous, known: known,
                interned: other.shares.terms(at: row).lazy.map { mapped[Int($0)] })
        }
    }

    /// The position of `term` in `terms`, added if missing.
    private mutating func intern(_ term: String) -> Int32 {
        let (position, isNew) = termPositions.intern(term)
        if isNew {
            frequencies.append(0)
            counted.append(0)
        }
        return position
    }

    /// The rows (in `shares`) of a batch of `count` documents' shares, in batch order, once checked: one share per
    /// document, and each summarizer's shares in batch order, its vocabulary made of theirs alone (each share starts
    /// where the summarizer's previous one ended, its first from nothing).
    func batch(of count: Int) throws(SummarizerError) -> [Int] {
        var ordered: [Int] = []
        ordered.reserveCapacity(count)
        for number in 0..<count {
            guard let row = shares.row(of: number) else {
                throw .badDigestState("document \(number) of \(count) has no share")
            }
            ordered.append(row)
        }
        if shares.count != count, let outside = shares.numbers.first(where: { !(0..<count).contains($0) }) {
            throw .badDigestState("a share is of document \(outside), but the batch has \(count) documents")
        }
        // Per document: whether a later share of its summarizer continued from it.
        var continued = [Bool](repeating: false, count: count)
        for row in ordered {
            let share = shares.header(at: row)
            let fromNothing = share.previous == nil && share.known == 0
            var afterPrevious = false
            if let previous = share.previous, previous < share.number, let before = shares.row(of: previous) {
                let known = shares.header(at: before).known + shares.terms(at: before).count
                if known == share.known {
                    afterPrevious = !continued[previous]
                    continued[previous] = true
                }
            }
            guard fromNothing || afterPrevious else {
                throw .badDigestState(
                    "the summarizer of document \(share.number) met terms outside the shares (make the shares with new"
                        + " summarizers, each analyzing documents of the batch alone, in batch order)")
            }
        }
        return ordered
    }

    /// Per term of `terms`, the id one summarizer gives it over the batch whose shares are in rows `rows` (in
    /// order), or -1 for a term no share met first: each term numbered the first time it comes, taking the shares
    /// in order and each one's terms in the order its summarizer met them (why that is the one summarizer's
    /// numbering: `Summarizer.digest(from:sources:)`).
    func ids(_ rows: [Int]) -> [Int32] {
        var ids = [Int32](repeating: -1, count: terms.count)
        var next: Int32 = 0
        for row in rows {
            for term in shares.terms(at: row) where ids[Int(term)] < 0 {
                ids[Int(term)] = next
                next += 1
            }
        }
        return ids
    }
}

extension DigestState.Share {
    /// The share with its terms renumbered by `positions` (old position → new).
    func renumbered(_ positions: [Int32]) -> Self {
        var share = self
        share.interned = interned.map { positions[Int($0)] }
        return share
    }
}

import DragomanText

/// What a worker learnt about words that lead nowhere in the glossary, remembered across the segments and
/// articles it matches.
///
/// Some answers about a token depend on that token alone: its `match` bytes and a few flags (whether it is an Arabic
/// word, which trie is walked). Whether a glossary term can start with it is one (the tokens after it only decide how
/// far a term goes); whether some name word lies within one edit of it is another. When the answer is no, the same
/// word gets the same answer anywhere else, and the next time the work is skipped at the cost of one probe. Most
/// words of a news text lead nowhere, and most of them come back. A word's facts share one slot, so the fuzzy pass
/// finds the slot the exact pass just read still in the cache. Only words of up to `longestKey` bytes are kept,
/// byte for byte, so that a probe never mistakes one word for another; the table is direct-mapped and its size
/// fixed (256 KB), so memory stays flat whatever the batch (a newer word takes an older one's slot).
///
/// Not `Sendable`: one per worker.
package final class WordMemo {
    /// A fact learnt about a word (a bit of a slot's facts).
    struct Fact: OptionSet {
        let rawValue: UInt16
        /// No term starts with the word: the first step of the walk reached no trie node.
        static let startsNothing = Fact(rawValue: 1 << 2)
        /// No reading of the word is within one edit of a name word (`FuzzyNameMatcher`).
        static let nearNoName = Fact(rawValue: 1 << 3)
    }

    /// Slots, a power of two.
    static let capacity = 1 << 13
    /// Bytes per slot: the word's slot key (8 bytes), its length, facts and flags (`meta`, 2 bytes) and the word.
    static let slotSize = 32
    /// The longest word kept, in bytes (11 Arabic letters: most words).
    static let longestKey = slotSize - 10
    /// The bits of `meta` that hold facts.
    static let factBits: UInt16 = Fact.startsNothing.rawValue | Fact.nearNoName.rawValue

    /// The slots, each in one piece so that a probe reads one cache line (a key of 0 marks an empty slot).
    @exclusivity(unchecked) private var slots = [UInt8](repeating: 0, count: capacity * slotSize)

    /// An empty memo.
    package init() {}

    /// The flags a word's facts are kept under: 1 for the English trie, 2 for an Arabic word. The exact pass and
    /// the fuzzy pass (an Arabic word of an Arabic segment) ask with the same flags, so they share the word's slot.
    @inline(__always)
    static func flags(english: Bool, arabic: Bool) -> UInt8 { (english ? 1 : 0) | (arabic ? 2 : 0) }

    /// The slot key of token `i` with `flags` (below 4): its hash with the flags mixed in, never 0.
    @inline(__always)
    static func key(_ i: Int, in tokens: TokenBytes, flags: UInt8) -> UInt64 {
        (tokens.hashes[i] ^ (UInt64(flags) &* 0x9E37_79B9_7F4A_7C15)) | 1
    }

    /// The length and flags of token `i` as a slot keeps them (no facts): the length from bit 8, flags in bits 0–1.
    @inline(__always)
    static func meta(_ i: Int, in tokens: TokenBytes, flags: UInt8) -> UInt16 {
        UInt16(tokens.length(i)) << 8 | UInt16(flags & 3)
    }

    /// The byte offset of the slot of `key`.
    @inline(__always)
    static func slot(_ key: UInt64) -> Int { (Int(truncatingIfNeeded: key >> 7) & (capacity - 1)) * slotSize }

    /// Whether `fact` was learnt about token `i` with `flags`.
    @inline(__always)
    func knows(_ fact: Fact, about i: Int, in tokens: TokenBytes, flags: UInt8) -> Bool {
        guard let facts = facts(i, in: tokens, flags: flags) else { return false }
        return facts.contains(fact)
    }

    /// The facts learnt about token `i` with `flags`, or nil when its slot holds another word.
    @inline(__always)
    private func facts(_ i: Int, in tokens: TokenBytes, flags: UInt8) -> Fact? {
        guard tokens.length(i) <= Self.longestKey else { return nil }
        let key = Self.key(i, in: tokens, flags: flags)
        let at = Self.slot(key)
        return slots.withUnsafeBytes { slots in
            guard slots.loadUnaligned(fromByteOffset: at, as: UInt64.self) == key else { return nil }
            let meta = slots.loadUnaligned(fromByteOffset: at + 8, as: UInt16.self)
            guard meta & ~Self.factBits == Self.meta(i, in: tokens, flags: flags) else { return nil }
            let same = tokens.withToken(i) { word in
                ByteTable.equal(
                    word,
                    UnsafeBufferPointer(
                        start: slots.baseAddress!.advanced(by: at + 10).assumingMemoryBound(to: UInt8.self),
                        count: word.count))
            }
            return same ? Fact(rawValue: meta & Self.factBits) : nil
        }
    }

    /// Records `fact` about token `i` with `flags`, beside what was learnt of it before; a word longer than
    /// `longestKey` bytes is not kept, and another word in the slot is forgotten.
    func learn(_ fact: Fact, about i: Int, in tokens: TokenBytes, flags: UInt8) {
        guard tokens.length(i) <= Self.longestKey else { return }
        let known = facts(i, in: tokens, flags: flags)
        let key = Self.key(i, in: tokens, flags: flags)
        let at = Self.slot(key)
        let meta = Self.meta(i, in: tokens, flags: flags) | fact.rawValue | (known?.rawValue ?? 0)
        slots.withUnsafeMutableBytes { slots in
            slots.storeBytes(of: key, toByteOffset: at, as: UInt64.self)
            slots.storeBytes(of: meta, toByteOffset: at + 8, as: UInt16.self)
            tokens.withToken(i) { word in
                UnsafeMutableRawBufferPointer(rebasing: slots[(at + 10)..<(at + 10 + word.count)])
                    .copyMemory(from: UnsafeRawBufferPointer(word))
            }
        }
    }
}

import DragomanText

extension GlossaryMatcher {
    /// Words that start no glossary term, remembered across the segments and articles one worker matches.
    ///
    /// Whether a term can start at a token depends on that token alone: its `match` bytes, whether it is an Arabic
    /// word, and which trie (Arabic or English) is walked; the tokens after it only decide how far a term goes. So
    /// when the first step of the walk reached no trie node (no reading of the word, with any clitic, suffix,
    /// pronoun or construct ending, is a glossary word or a term's first word), the same word starts nothing
    /// anywhere else, and the next time it is skipped at the cost of one probe. Most words of a news text are such
    /// words, and most of them come back. Only words of up to `longestKey` bytes are kept, byte for byte, so that a
    /// probe never mistakes one word for another; the table is direct-mapped and its size fixed, so memory stays
    /// flat whatever the batch (a newer word takes an older one's slot).
    ///
    /// Not `Sendable`: one per worker.
    package final class StartMemo {
        /// Slots, a power of two.
        static let capacity = 1 << 13
        /// Bytes per slot: the word's slot key (8 bytes), its length and flags (`meta`, 2 bytes) and the word.
        static let slotSize = 32
        /// The longest word kept, in bytes (11 Arabic letters: most words).
        static let longestKey = slotSize - 10

        /// The slots, each in one piece so that a probe reads one cache line (a key of 0 marks an empty slot).
        @exclusivity(unchecked) private var slots = [UInt8](repeating: 0, count: capacity * slotSize)

        /// An empty memo.
        package init() {}

        /// The slot key of token `i`: its hash with the flags mixed in, never 0.
        @inline(__always)
        static func key(_ i: Int, in tokens: TokenBytes, english: Bool) -> UInt64 {
            let flags: UInt64 = (english ? 1 : 0) | (tokens.arabic[i] ? 2 : 0)
            return (tokens.hashes[i] ^ (flags &* 0x9E37_79B9_7F4A_7C15)) | 1
        }

        /// The length and flags of token `i`, as a slot keeps them.
        @inline(__always)
        static func meta(_ i: Int, in tokens: TokenBytes, english: Bool) -> UInt16 {
            UInt16(tokens.length(i)) << 2 | (english ? 1 : 0) | (tokens.arabic[i] ? 2 : 0)
        }

        /// Whether token `i` is known to start no term in the trie `english` chooses.
        @inline(__always)
        func startsNothing(_ i: Int, in tokens: TokenBytes, english: Bool) -> Bool {
            guard tokens.length(i) <= Self.longestKey else { return false }
            let key = Self.key(i, in: tokens, english: english)
            let at = (Int(truncatingIfNeeded: key >> 7) & (Self.capacity - 1)) * Self.slotSize
            return slots.withUnsafeBytes { slots in
                guard slots.loadUnaligned(fromByteOffset: at, as: UInt64.self) == key,
                    slots.loadUnaligned(fromByteOffset: at + 8, as: UInt16.self)
                        == Self.meta(i, in: tokens, english: english)
                else { return false }
                return tokens.withToken(i) { word in
                    ByteTable.equal(
                        word,
                        UnsafeBufferPointer(
                            start: slots.baseAddress!.advanced(by: at + 10).assumingMemoryBound(to: UInt8.self),
                            count: word.count))
                }
            }
        }

        /// Remembers that token `i` starts no term in the trie `english` chooses.
        func remember(_ i: Int, in tokens: TokenBytes, english: Bool) {
            guard tokens.length(i) <= Self.longestKey else { return }
            let key = Self.key(i, in: tokens, english: english)
            let at = (Int(truncatingIfNeeded: key >> 7) & (Self.capacity - 1)) * Self.slotSize
            let meta = Self.meta(i, in: tokens, english: english)
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
}

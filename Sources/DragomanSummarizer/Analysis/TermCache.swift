import DragomanText

/// `match` forms → (surface id, stem id): an open-addressing hash table keyed by UTF-8 bytes, so that looking up a
/// token makes no `String` and hashes no `Character`.
///
/// Keys are copied into one byte arena; slots hold a 64-bit hash, the key's place in the arena and the value.
/// Lookups compare the hash, then the bytes, so there are no false hits. The hash and the comparison are
/// `ByteTable`'s; the table is the summarizer's own because it sits on its hottest path (every token), where a
/// lookup must be inlined: a `ByteTable` from another module was called, and the call retained its two arrays
/// (8% more time for the summaries).
struct TermCache {
    private struct Slot {
        var hash: UInt64 = 0
        /// Start of the key in `arena`; -1 for an empty slot.
        var offset: Int32 = -1
        var length: Int32 = 0
        var value: (surface: Int32, stem: Int32) = (0, 0)
    }

    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var arena: [UInt8] = []
    /// Number of keys.
    private(set) var count = 0

    /// The ids of `key`, if it was inserted.
    @inline(__always)
    func value(of key: UnsafeBufferPointer<UInt8>) -> (surface: Int32, stem: Int32)? {
        let hash = ByteTable.hash(key, seed: seed)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let slot = slots[index]
                    if slot.offset < 0 { return nil }
                    if slot.hash == hash && Int(slot.length) == key.count
                        && ByteTable.equal(
                            key, UnsafeBufferPointer(rebasing: arena[Int(slot.offset)..<Int(slot.offset + slot.length)])
                        )
                    {
                        return slot.value
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// Inserts `key`, which must not be present yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: (surface: Int32, stem: Int32)) {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let offset = Int32(arena.count)
        arena.append(contentsOf: key)
        place(Slot(hash: ByteTable.hash(key, seed: seed), offset: offset, length: Int32(key.count), value: value))
        count += 1
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: slot.hash) & mask
        while slots[index].offset >= 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.offset >= 0 { place(slot) }
    }

    /// The seed, kept in the table: reading a global in the hash function costs an initialization check per call.
    private let seed = ByteTable.processSeed
}

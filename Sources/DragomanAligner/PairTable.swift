/// An open-addressing hash table from a pair of word ids to a dense index (0, 1, 2, … in insertion order).
///
/// The translation tables are arrays indexed by this index, so they hold only the pairs that co-occur in some
/// sentence pair: a sparse table whose size follows the vocabulary, not the corpus. Key and index share a slot, so
/// a lookup touches one cache line.
struct PairTable {
    private struct Slot {
        var key: UInt64
        var index: Int32
    }

    private var slots: [Slot]
    private var shift: UInt64
    /// The number of pairs.
    private(set) var count = 0

    private static let empty = UInt64.max

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: Self.empty, index: -1), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The index of the pair, or -1 when it is not in the table.
    @inline(__always)
    func index(_ a: UInt32, _ b: UInt32) -> Int32 {
        let key = UInt64(a) << 32 | UInt64(b)
        let mask = slots.count - 1
        let start = slot(key)
        return slots.withUnsafeBufferPointer { slots in
            var position = start
            while true {
                let found = slots[position]
                if found.key == key { return found.index }
                if found.key == Self.empty { return -1 }
                position = (position + 1) & mask
            }
        }
    }

    /// The index of the pair, adding it when new.
    @inline(__always)
    mutating func insert(_ a: UInt32, _ b: UInt32) -> Int32 {
        let key = UInt64(a) << 32 | UInt64(b)
        let mask = slots.count - 1
        let next = Int32(count)
        let start = slot(key)
        let (index, added) = slots.withUnsafeMutableBufferPointer { slots -> (Int32, Bool) in
            var position = start
            while true {
                let found = slots[position]
                if found.key == key { return (found.index, false) }
                if found.key == Self.empty {
                    slots[position] = Slot(key: key, index: next)
                    return (next, true)
                }
                position = (position + 1) & mask
            }
        }
        if added {
            count += 1
            if count * 2 > slots.count { grow() }
        }
        return index
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: Self.empty, index: -1), count: old.count * 2)
        shift = UInt64(64 - slots.count.trailingZeroBitCount)
        let mask = slots.count - 1
        for entry in old where entry.key != Self.empty {
            var position = slot(entry.key)
            while slots[position].key != Self.empty { position = (position + 1) & mask }
            slots[position] = entry
        }
    }
}

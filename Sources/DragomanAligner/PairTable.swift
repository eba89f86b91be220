/// An open-addressing hash table from a pair of word ids to a dense index (0, 1, 2, … in insertion order).
///
/// The translation tables are arrays indexed by this index, so they hold only the pairs that co-occur in some
/// sentence pair: a sparse table whose size follows the vocabulary, not the corpus.
struct PairTable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var shift: UInt64
    /// The number of pairs.
    private(set) var count = 0

    private static let empty = UInt64.max

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    static func key(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The index of the pair, or -1 when it is not in the table.
    @inline(__always)
    func index(_ a: UInt32, _ b: UInt32) -> Int32 {
        let key = Self.key(a, b)
        var slot = slot(key)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == Self.empty { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// The index of the pair, adding it when new.
    @inline(__always)
    mutating func insert(_ a: UInt32, _ b: UInt32) -> Int32 {
        let key = Self.key(a, b)
        var slot = slot(key)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == Self.empty { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = Int32(count)
        count += 1
        if count * 2 > keys.count { grow() }
        return Int32(count - 1)
    }

    /// Calls `body` with every pair and its index.
    func forEach(_ body: (UInt32, UInt32, Int32) -> Void) {
        for (key, value) in zip(keys, values) where key != Self.empty {
            body(UInt32(key >> 32), UInt32(truncatingIfNeeded: key), value)
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        shift = UInt64(64 - keys.count.trailingZeroBitCount)
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty {
            var slot = slot(key)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}

/// A one-hash bit filter in front of a hash table: most text words are in no glossary, and a bit test is far cheaper
/// than a dictionary probe. No false negatives; false positives only cost the probe they would have cost anyway.
struct HashFilter: Sendable {
    private var bits: [UInt64] = [0]
    private var mask: UInt64 = 63

    /// A filter sized for `count` keys (about 16 bits per key, at least 4,096 bits).
    init(capacity count: Int) {
        var size = 4096
        while size < count * 16 { size <<= 1 }
        bits = [UInt64](repeating: 0, count: size / 64)
        mask = UInt64(size - 1)
    }

    init() {}

    @inline(__always) private func slot(_ hash: UInt64) -> (Int, UInt64) {
        // Mix the high bits in: FNV-1a's low bits alone are weak for short keys.
        let h = (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
        let bit = (h >> 20) & mask
        return (Int(bit >> 6), 1 << (bit & 63))
    }

    mutating func insert(_ hash: UInt64) {
        let (word, bit) = slot(hash)
        bits[word] |= bit
    }

    @inline(__always) func mayContain(_ hash: UInt64) -> Bool {
        let (word, bit) = slot(hash)
        return bits[word] & bit != 0
    }
}

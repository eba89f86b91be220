/// An open-addressing hash map from 64-bit keys to 32-bit values, for the matcher's tables.
///
/// Keys are already hashes (or packed node/token pairs), so a cheap mix and linear probing beat `Dictionary`'s
/// generic, seeded hashing both when building 100,000 entries and in the matching loop.
struct HashIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    /// Number of keys stored.
    private(set) var count = 0

    /// An index with room for about `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) private static func slot(_ stored: UInt64, _ mask: Int) -> Int {
        var h = stored ^ (stored >> 33)
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The value for `key`, if any.
    @inline(__always) subscript(key: UInt64) -> Int32? {
        let stored = key &+ 1  // 0 marks an empty slot
        var index = Self.slot(stored, mask)
        while true {
            let found = keys[index]
            if found == stored { return values[index] }
            if found == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// Sets the value for `key`.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let stored = key &+ 1
        var index = Self.slot(stored, mask)
        while true {
            let found = keys[index]
            if found == stored {
                values[index] = value
                return
            }
            if found == 0 {
                keys[index] = stored
                values[index] = value
                count += 1
                return
            }
            index = (index + 1) & mask
        }
    }

    /// Makes room for `capacity` keys.
    mutating func reserveCapacity(_ capacity: Int) {
        while keys.count < capacity * 2 { grow() }
    }

    /// Every key stored.
    var allKeys: [UInt64] { keys.compactMap { $0 == 0 ? nil : $0 &- 1 } }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (index, stored) in oldKeys.enumerated() where stored != 0 { set(stored &- 1, oldValues[index]) }
    }
}

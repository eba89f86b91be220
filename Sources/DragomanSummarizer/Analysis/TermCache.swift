/// `match` forms → (surface id, stem id): an open-addressing hash table keyed by UTF-8 bytes, so that looking up a
/// token makes no `String` and hashes no `Character`.
///
/// Keys are copied into one byte arena; slots hold a 64-bit hash, the key's place in the arena and the value.
/// Lookups compare the hash, then the bytes, so there are no false hits.
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
    func value(of key: UnsafeBufferPointer<UInt8>) -> (surface: Int32, stem: Int32)? {
        let hash = Self.hash(key, seed: seed)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let slot = slots[index]
                    if slot.offset < 0 { return nil }
                    if slot.hash == hash && Int(slot.length) == key.count
                        && Self.equal(
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
        place(Slot(hash: Self.hash(key, seed: seed), offset: offset, length: Int32(key.count), value: value))
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

    /// A random seed per process, so that no input can be built to make the keys collide (nothing depends on the
    /// order of slots: ids are given in insertion order).
    private static let processSeed = UInt64.random(in: 0...UInt64.max)
    /// The seed, kept in the table: reading a global in the hash function costs an initialization check per call.
    private let seed = processSeed

    /// A 64-bit hash of `bytes`, eight at a time (multiply-xorshift, as in FNV and splitmix), from `seed`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = (seed ^ UInt64(bytes.count)) &* multiplier
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ (hash >> 32)
    }

    @inline(__always)
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let x = a.baseAddress, let y = b.baseAddress else { return a.count == b.count }
        let p = UnsafeRawPointer(x)
        let q = UnsafeRawPointer(y)
        var offset = 0
        while offset + 8 <= a.count {
            if p.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != q.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            {
                return false
            }
            offset += 8
        }
        while offset < a.count {
            if a[offset] != b[offset] { return false }
            offset += 1
        }
        return true
    }
}

/// Byte strings → ids 0, 1, 2… in insertion order: an open-addressing hash table keyed by UTF-8 bytes, so that
/// looking up a token makes no `String` and hashes no `Character`.
///
/// The hot tables of a batch (candidate words and their spellings, every `StringInterner`) look up every token. A
/// `Dictionary` keyed by `UTF8Key` costs a SipHash set-up and finalization per lookup and reference counting on the
/// key; here the hash is a multiply-xorshift over eight bytes at a time and the keys are copied into one byte
/// arena. A slot holds only 32 bits of the hash and the id (8 bytes), so that the slots of a batch's vocabulary stay
/// in the cache: most of a lookup's time was waiting for its slot. The id leads to the key's bytes in the arena,
/// read only when the hash matches; lookups compare the bytes, so there are no false hits.
package struct ByteTable: Sendable {
    /// 8 bytes: the hash's low 32 bits (which also pick the slot) and the key's id, -1 for an empty slot.
    private struct Slot: Sendable {
        var hash: UInt32
        var id: Int32

        /// An empty slot.
        static let empty = Slot(hash: 0, id: -1)
    }

    private var slots = [Slot](repeating: .empty, count: 64)
    private var arena: [UInt8] = []
    /// Where each key ends in `arena`, by id (key `id` starts where key `id - 1` ends; 64-bit: interned example
    /// sentences may pass 4 GB in an archive's batch).
    private var ends: [Int] = []

    /// An empty table.
    package init() {}

    /// Number of keys.
    package var count: Int { ends.count }

    /// The id of `key`, if it was inserted.
    package func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let id = slots[probe(key, hash: UInt32(truncatingIfNeeded: Self.hash(key, seed: seed)))].id
        return id < 0 ? nil : id
    }

    /// The id of `key`, given the next number if it has none yet; `isNew` says which.
    package mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        let hash = UInt32(truncatingIfNeeded: Self.hash(key, seed: seed))
        let index = probe(key, hash: hash)
        if slots[index].id >= 0 { return (slots[index].id, false) }
        let id = Int32(truncatingIfNeeded: ends.count)
        slots[index] = Slot(hash: hash, id: id)
        arena.append(contentsOf: key)
        ends.append(arena.count)
        if ends.count * 4 > slots.count * 3 { grow() }
        return (id, true)
    }

    /// Where `key` (whose hash is `hash`) is: its slot, or the empty slot it would take.
    @inline(__always)
    private func probe(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot.id < 0 { return index }
            if slot.hash == hash {
                let id = Int(slot.id)
                let end = ends[id]
                let start = id == 0 ? 0 : ends[id - 1]
                if end - start == key.count,
                    arena.withUnsafeBufferPointer({ arena in
                        Self.equal(key, UnsafeBufferPointer(rebasing: arena[start..<end]))
                    })
                {
                    return index
                }
            }
            index = (index + 1) & mask
        }
    }

    /// Room for `count` keys without growing.
    package mutating func reserveCapacity(_ count: Int) {
        while count * 4 > slots.count * 3 { grow() }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: .empty, count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.id >= 0 {
            var index = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[index].id >= 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    /// The seed, kept in the table: reading a global in the hash function costs an initialization check per call.
    private let seed = processSeed
    /// A random seed per process, so that no input can be built to make the keys collide (nothing depends on the
    /// order of slots); also the seed of tables of other modules built on `hash`.
    package static let processSeed = UInt64.random(in: 0...UInt64.max)

    /// A 64-bit hash of `bytes`, eight at a time (multiply-xorshift, as in FNV and splitmix), from `seed`.
    @inlinable @inline(__always)
    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
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

    /// Whether `a` and `b` hold the same bytes (their counts are equal).
    @inlinable @inline(__always)
    package static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
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

extension ByteTable {
    /// The id of `string`'s UTF-8 bytes, if it has one.
    package func id(of string: String) -> Int32? {
        var string = string
        return string.withUTF8 { id(of: $0) }
    }

    /// The id of `string`'s UTF-8 bytes, given the next number if it has none yet.
    package mutating func insert(_ string: String) -> (id: Int32, isNew: Bool) {
        var string = string
        return string.withUTF8 { insert($0) }
    }
}

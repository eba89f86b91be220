/// Byte strings → 64-bit values: an open-addressing hash table keyed by UTF-8 bytes, so that looking up a token makes no
/// `String` and hashes no `Character`.
///
/// The hot tables of a batch (candidate words and their spellings, the summarizer's vocabulary, every
/// `StringInterner`) look up every token. A `Dictionary` keyed by `UTF8Key` costs a SipHash set-up and
/// finalization per lookup and reference counting on the key; here the hash is a multiply-xorshift over eight bytes
/// at a time, the keys are copied into one byte arena, and a slot holds the hash, the key's place in the arena and
/// its value, so that a hit reads one slot. Lookups compare the hash, then the bytes, so there are no false hits.
/// The value is a plain `UInt64`, not generic: a generic table was not specialized across modules, and its lookups
/// went through run-time metadata.
package struct ByteTable: Sendable {
    /// What a key maps to.
    package typealias Value = UInt64

    /// 24 bytes: the hash's low 32 bits (which also pick the slot), the key's length and place in the arena (64-bit:
    /// interned example sentences may pass 2 GB in an archive's batch), and the value.
    private struct Slot: Sendable {
        var hash: UInt32
        var length: UInt32
        /// Start of the key in `arena`; -1 for an empty slot.
        var offset: Int
        var value: Value

        /// An empty slot.
        static let empty = Slot(hash: 0, length: 0, offset: -1, value: 0)
    }

    private var slots = [Slot](repeating: .empty, count: 64)
    private var arena: [UInt8] = []
    /// Number of keys.
    package private(set) var count = 0

    /// An empty table.
    package init() {}

    /// The value of `key`, if it was inserted.
    package func value(of key: UnsafeBufferPointer<UInt8>) -> Value? {
        let slot = slots[probe(key, hash: UInt32(truncatingIfNeeded: Self.hash(key, seed: seed)))]
        return slot.offset < 0 ? nil : slot.value
    }

    /// The value of `key`, inserting `make()` first if the key is new; `isNew` says which.
    package mutating func value(
        of key: UnsafeBufferPointer<UInt8>, orInsert make: () -> Value
    ) -> (value: Value, isNew: Bool) {
        let hash = UInt32(truncatingIfNeeded: Self.hash(key, seed: seed))
        let index = probe(key, hash: hash)
        if slots[index].offset >= 0 { return (slots[index].value, false) }
        let value = make()
        slots[index] = Slot(hash: hash, length: UInt32(key.count), offset: arena.count, value: value)
        arena.append(contentsOf: key)
        count += 1
        if count * 4 > slots.count * 3 { grow() }
        return (value, true)
    }

    /// Where `key` (whose hash is `hash`) is: its slot, or the empty slot it would take.
    @inline(__always)
    private func probe(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot.offset < 0 { return index }
            if slot.hash == hash, Int(slot.length) == key.count,
                arena.withUnsafeBufferPointer({ arena in
                    Self.equal(key, UnsafeBufferPointer(rebasing: arena[slot.offset..<(slot.offset + key.count)]))
                })
            {
                return index
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
        for slot in old where slot.offset >= 0 {
            var index = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[index].offset >= 0 { index = (index + 1) & mask }
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
    /// The id of `string`'s UTF-8 bytes in a table whose values number its keys 0, 1, 2… in insertion order
    /// (`insert`), if it has one.
    package func id(of string: String) -> Int32? {
        var string = string
        return string.withUTF8 { value(of: $0).map { Int32(truncatingIfNeeded: $0) } }
    }

    /// The id of `key`, given the next number if it has none yet; `isNew` says which.
    package mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        let next = UInt64(count)
        let (id, isNew) = value(of: key, orInsert: { next })
        return (Int32(truncatingIfNeeded: id), isNew)
    }

    /// The id of `string`'s UTF-8 bytes, given the next number if it has none yet.
    package mutating func insert(_ string: String) -> (id: Int32, isNew: Bool) {
        var string = string
        return string.withUTF8 { insert($0) }
    }
}

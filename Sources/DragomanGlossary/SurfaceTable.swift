/// Interned byte strings (UTF-8 `match` forms) looked up by a precomputed 64-bit FNV-1a hash.
///
/// Text words are hashed once from their bytes and compared byte for byte only on a hit, so the matcher never builds
/// a `String` or runs Swift's Unicode-aware string hashing in its inner loop.
struct SurfaceTable: Sendable {
    private var first = HashIndex()
    private var next: [Int32] = []
    private var starts: [Int32] = [0]
    private var arena: [UInt8] = []
    private var filter = HashFilter()

    /// FNV-1a's offset basis mixed with a random seed per process, so that no glossary or text can be built to make
    /// its words collide in the matcher's tables (nothing depends on the order of slots).
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64.random(in: 0...UInt64.max)

    /// FNV-1a over `bytes`, continuing from `hash`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, from hash: UInt64 = basis) -> UInt64 {
        var h = hash
        for byte in bytes {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    /// FNV-1a over two bytes (a two-byte letter), continuing from `hash`.
    @inline(__always)
    static func hash(_ first: UInt8, _ second: UInt8, from hash: UInt64) -> UInt64 {
        var h = hash
        h ^= UInt64(first)
        h &*= 0x0000_0100_0000_01B3
        h ^= UInt64(second)
        h &*= 0x0000_0100_0000_01B3
        return h
    }

    /// The id of `string`, adding it when new.
    mutating func intern(_ string: String) -> Int32 {
        var copy = string
        return copy.withUTF8 { intern($0) }
    }

    /// The id of the bytes, adding them when new.
    mutating func intern(_ buffer: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Self.hash(buffer)
        if let id = find(buffer, hash: h) { return id }
        let id = Int32(next.count)
        next.append(first[h] ?? -1)
        first.set(h, id)
        arena.append(contentsOf: buffer)
        starts.append(Int32(arena.count))
        return id
    }

    mutating func reserveCapacity(_ count: Int) {
        first.reserveCapacity(count)
        next.reserveCapacity(count)
        starts.reserveCapacity(count + 1)
        arena.reserveCapacity(count * 10)
    }

    /// Builds the bit filter over every interned string; call once after the last `intern`.
    mutating func finish() {
        filter = HashFilter(capacity: first.count)
        for hash in first.allKeys { filter.insert(hash) }
    }

    /// Whether a string with this hash may be interned (a cheap test before building the bytes to look up).
    @inline(__always) func mayContain(_ hash: UInt64) -> Bool { filter.mayContain(hash) }

    /// The id of the bytes, if interned.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        guard filter.mayContain(hash) else { return nil }
        return find(bytes, hash: hash)
    }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        guard var id = first[hash] else { return nil }
        while id >= 0 {
            let start = Int(starts[Int(id)])
            let end = Int(starts[Int(id) + 1])
            if end - start == bytes.count {
                var equal = true
                for k in 0..<bytes.count where arena[start + k] != bytes[k] {
                    equal = false
                    break
                }
                if equal { return id }
            }
            id = next[Int(id)]
        }
        return nil
    }
}

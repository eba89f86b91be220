/// Sorting 64-bit keys a byte at a time (least significant first), for the sorts on the summaries' hot path.
///
/// `SharedTerms` sorts every term of a document's sentences once per document: a few hundred keys, whose low and high
/// bytes are mostly the same in every key. The standard library's sort (a stable merge sort) spent as long on them
/// as the rest of the similarity matrix; here the bytes that do not vary are skipped, and each other byte is one
/// counting pass.
enum RadixSort {
    /// Below this many keys, the standard library's sort is as fast.
    static let smallest = 64

    /// Sorts `keys` ascending (equal keys keep no particular order, so give it distinct keys or do not care).
    static func sort(_ keys: inout [UInt64]) {
        guard keys.count > smallest else { return keys.sort() }
        var any: UInt64 = 0
        var every: UInt64 = ~0
        for key in keys {
            any |= key
            every &= key
        }
        let varying = any ^ every
        var other = [UInt64](repeating: 0, count: keys.count)
        var counts = [Int](repeating: 0, count: 256)
        var inOther = false
        keys.withUnsafeMutableBufferPointer { keys in
            other.withUnsafeMutableBufferPointer { other in
                counts.withUnsafeMutableBufferPointer { counts in
                    for shift in stride(from: UInt64(0), to: 64, by: 8) where (varying >> shift) & 0xFF != 0 {
                        let (from, to) = inOther ? (other, keys) : (keys, other)
                        for k in 0..<256 { counts[k] = 0 }
                        for key in from { counts[Int(truncatingIfNeeded: (key >> shift) & 0xFF)] += 1 }
                        var start = 0
                        for k in 0..<256 {
                            let count = counts[k]
                            counts[k] = start
                            start += count
                        }
                        for key in from {
                            let digit = Int(truncatingIfNeeded: (key >> shift) & 0xFF)
                            to[counts[digit]] = key
                            counts[digit] += 1
                        }
                        inOther.toggle()
                    }
                    if inOther { _ = keys.update(fromContentsOf: other) }
                }
            }
        }
    }
}

/// The growing output of a normalization: UTF-8 bytes and the runs of their offset map.
///
/// A raw buffer rather than an array: appending a scalar is the inner loop of every normalization. A scalar that
/// continues the current aligned run (same length as its original, right after the previous one) costs only its
/// bytes; anything else starts a run.
struct MappedOutput: ~Copyable {
    private var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    private var map = OffsetMap()
    /// The original offset that continues the current aligned run, or -1 when the current run is a chunk.
    private var alignedNext: Int32 = -1
    /// The original range of the current chunk run (`chunkEnd` -1 when the current run is aligned).
    private var chunkStart: Int32 = -1
    private var chunkEnd: Int32 = -1

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        bytes = .allocate(capacity: self.capacity)
    }

    deinit { bytes.deallocate() }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        new.moveInitialize(from: bytes, count: count)
        bytes.deallocate()
        bytes = new
        capacity = newCapacity
    }

    /// Appends the UTF-8 of `value` (a valid scalar), mapped to the original range `start..<end`.
    @inline(__always)
    mutating func append(_ value: UInt32, start: Int32, end: Int32) {
        if count + 4 > capacity { grow(to: count + 4) }
        let length: Int32
        if value < 0x80 {
            bytes[count] = UInt8(truncatingIfNeeded: value)
            length = 1
        } else if value < 0x800 {
            bytes[count] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6))
            bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            length = 2
        } else if value < 0x10000 {
            bytes[count] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
            bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
            bytes[count + 2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            length = 3
        } else {
            bytes[count] = UInt8(truncatingIfNeeded: 0xF0 | (value >> 18))
            bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F))
            bytes[count + 2] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
            bytes[count + 3] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            length = 4
        }
        if length == end &- start {
            if start != alignedNext {
                map.append(.init(normalized: Int32(truncatingIfNeeded: count), original: start, originalEnd: -1))
                chunkEnd = -1
            }
            alignedNext = end
        } else if start != chunkStart || end != chunkEnd {
            map.append(.init(normalized: Int32(truncatingIfNeeded: count), original: start, originalEnd: end))
            chunkStart = start
            chunkEnd = end
            alignedNext = -1
        }
        count += Int(length)
    }

    /// Runs `body` on the bytes appended so far.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: bytes, count: count))
    }

    /// The finished text and map.
    consuming func finish(originBounds: Range<Int>) -> NormalizedText {
        map.finish(count: count)
        return NormalizedText(
            text: String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self), map: map,
            originBounds: originBounds)
    }
}

/// The growing output of a normalization: UTF-8 bytes and, per byte, the original range it came from.
///
/// Raw buffers rather than three arrays: appending a byte is the inner loop of every normalization, and array
/// appends there cost more than the rest of the work.
struct MappedOutput: ~Copyable {
    private var bytes: UnsafeMutablePointer<UInt8>
    private var starts: UnsafeMutablePointer<Int32>
    private var ends: UnsafeMutablePointer<Int32>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        bytes = .allocate(capacity: self.capacity)
        starts = .allocate(capacity: self.capacity)
        ends = .allocate(capacity: self.capacity)
    }

    deinit {
        bytes.deallocate()
        starts.deallocate()
        ends.deallocate()
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        func moved<T>(_ old: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
            let new = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
            new.moveInitialize(from: old, count: count)
            old.deallocate()
            return new
        }
        bytes = moved(bytes)
        starts = moved(starts)
        ends = moved(ends)
        capacity = newCapacity
    }

    /// Appends the UTF-8 of `value` (a valid scalar), every byte mapped to `start..<end`.
    @inline(__always)
    mutating func append(_ value: UInt32, start: Int32, end: Int32) {
        if count + 4 > capacity { grow(to: count + 4) }
        if value < 0x80 {
            bytes[count] = UInt8(truncatingIfNeeded: value)
            starts[count] = start
            ends[count] = end
            count += 1
            return
        }
        let n: Int
        if value < 0x800 {
            bytes[count] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6))
            bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            n = 2
        } else if value < 0x10000 {
            bytes[count] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
            bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
            bytes[count + 2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            n = 3
        } else {
            bytes[count] = UInt8(truncatingIfNeeded: 0xF0 | (value >> 18))
            bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F))
            bytes[count + 2] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
            bytes[count + 3] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            n = 4
        }
        for k in 0..<n {
            starts[count + k] = start
            ends[count + k] = end
        }
        count += n
    }

    /// The finished text and map.
    consuming func finish(originBounds: Range<Int>) -> NormalizedText {
        NormalizedText(
            text: String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self),
            originStart: Array(UnsafeBufferPointer(start: starts, count: count)),
            originEnd: Array(UnsafeBufferPointer(start: ends, count: count)), originBounds: originBounds)
    }
}

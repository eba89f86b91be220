/// A reusable UTF-16 copy of part of a UTF-8 text, with the UTF-8 offset of every unit: what ICU's break
/// iterators need, without allocating per paragraph or per segment.
final class UTF16Scratch {
    private(set) var units = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
    /// `offsets[i]` is the UTF-8 offset of `units[i]`; `offsets[count]` is the end of the range.
    private(set) var offsets = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private var capacity = 0

    deinit {
        units.deallocate()
        offsets.deallocate()
    }

    /// Fills the buffer from the UTF-8 `range` of `bytes` and returns the number of units. With
    /// `lineBreaksAsSpaces`, CR and LF become spaces (so ICU does not break sentences at soft line breaks).
    func fill(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lineBreaksAsSpaces: Bool = false) -> Int {
        if range.count + 1 > capacity {
            units.deallocate()
            offsets.deallocate()
            capacity = max(range.count + 1, capacity * 2)
            units = .allocate(capacity: capacity)
            offsets = .allocate(capacity: capacity)
        }
        var count = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let lead = bytes[index]
            if lead < 0x80 {
                units[count] = lineBreaksAsSpaces && (lead == 0x0A || lead == 0x0D) ? 0x20 : UInt16(lead)
                offsets[count] = Int32(truncatingIfNeeded: index)
                count += 1
                index += 1
                continue
            }
            let (value, length) = decodeScalar(bytes, at: index)
            if value > 0xFFFF {
                let v = value - 0x10000
                units[count] = UInt16(0xD800 + (v >> 10))
                units[count + 1] = UInt16(0xDC00 + (v & 0x3FF))
                offsets[count] = Int32(truncatingIfNeeded: index)
                offsets[count + 1] = Int32(truncatingIfNeeded: index)
                count += 2
            } else {
                units[count] = UInt16(value)
                offsets[count] = Int32(truncatingIfNeeded: index)
                count += 1
            }
            index += length
        }
        offsets[count] = Int32(truncatingIfNeeded: range.upperBound)
        return count
    }

    /// The first `count` units, for ICU.
    func buffer(_ count: Int) -> UnsafeBufferPointer<UInt16> { UnsafeBufferPointer(start: units, count: count) }
}

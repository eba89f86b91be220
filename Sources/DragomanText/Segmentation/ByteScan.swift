/// Word-at-a-time scans over UTF-8 (eight bytes per step), for the loops that touch every byte of a document.
enum ByteScan {
    /// 0x01 in every lane.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// The high bit of every lane.
    static let highs: UInt64 = 0x8080_8080_8080_8080
    /// The low seven bits of every lane.
    static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Eight bytes of `bytes` from `index`, the first in the lowest lane.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// The offset of the first LF or CR at or after `start`, or `end`.
    static func nextLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index + 8 <= end {
            let word = load(bytes, index)
            if equal(word, 0x0A) | equal(word, 0x0D) != 0 { break }
            index += 8
        }
        while index < end, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        return index
    }

    /// The offset of the first zero byte, or nil.
    static func firstZero(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index + 8 <= bytes.count, equal(load(bytes, index), 0) == 0 { index += 8 }
        while index < bytes.count {
            if bytes[index] == 0 { return index }
            index += 1
        }
        return nil
    }

    /// The spaces in `bytes`, and whether it needs white space collapsed: a line break, a tab, two spaces in a row,
    /// or a space at either end.
    static func spaces(_ bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, irregular: Bool) {
        guard let first = bytes.first, let last = bytes.last else { return (0, false) }
        var spaces = 0
        var irregular = first == 0x20 || last == 0x20
        var index = 0
        while index + 8 <= bytes.count {
            let word = load(bytes, index)
            let after = index + 8 < bytes.count ? UInt64(bytes[index + 8]) : 0
            let space = equal(word, 0x20)
            spaces += space.nonzeroBitCount
            let followedBySpace = equal(word >> 8 | after << 56, 0x20)
            if (space & followedBySpace) | equal(word, 0x0A) | equal(word, 0x0D) | equal(word, 0x09) != 0 {
                irregular = true
            }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 {
                spaces += 1
                if index + 1 < bytes.count && bytes[index + 1] == 0x20 { irregular = true }
            } else if byte == 0x0A || byte == 0x0D || byte == 0x09 {
                irregular = true
            }
            index += 1
        }
        return (spaces, irregular)
    }

    /// The high bit of each lane of `word` holding a UTF-8 continuation byte (10xxxxxx).
    @inline(__always)
    static func continuationLanes(_ word: UInt64) -> UInt64 { word & ~(word << 1) & highs }

    /// The high bit of each lane of `sevenBits` (high bits clear) that is at least `byte` (at most 0x80).
    @inline(__always)
    static func atLeast(_ sevenBits: UInt64, _ byte: UInt8) -> UInt64 {
        ((sevenBits | highs) &- ones &* UInt64(byte)) & highs
    }

    /// The high bit of each lane of `word` that equals `byte` (exact per lane).
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let t = word ^ (ones &* UInt64(byte))
        return ~(((t & lows) &+ lows) | t | lows)
    }

    /// The number of scalars in a range of valid UTF-8: its bytes minus its continuation bytes (10xxxxxx).
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var continuations = 0
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let word = load(bytes, index)
            continuations += continuationLanes(word).nonzeroBitCount
            index += 8
        }
        while index < range.upperBound {
            if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return range.count - continuations
    }
}

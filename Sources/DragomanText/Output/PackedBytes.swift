/// Integers and texts packed into bytes for spool records: each integer as LEB128, each text as its length and
/// its UTF-8.
///
/// Spools hold a record per article (its digest sentences, its record for the batch files), written once and read
/// back a few times; a general-purpose encoder (JSON) costs more than the rest of an article's bookkeeping.
package struct PackedWriter {
    /// The bytes written so far.
    package private(set) var bytes: [UInt8] = []

    /// An empty record.
    package init() {}

    /// Appends a non-negative integer.
    package mutating func put(_ value: Int) {
        precondition(value >= 0, "packed integers are not negative")
        var value = UInt64(value)
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Appends a text: its UTF-8 length, then its UTF-8.
    package mutating func put(_ text: String) {
        put(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }
}

/// Reads what `PackedWriter` wrote, checking every length against what is left.
package struct PackedReader {
    /// Why the bytes are not what was expected, and where.
    package struct Failure: Error {
        /// What is wrong, in words ("it ends inside a number").
        package let reason: String
        /// The byte where the broken value starts.
        package let offset: Int
    }

    private let bytes: [UInt8]
    /// Where reading is.
    package private(set) var offset = 0

    /// A reader at the start of `bytes`.
    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte has been read.
    package var isAtEnd: Bool { offset == bytes.count }

    /// A failure at the reading position (or at `at`).
    package func broken(_ reason: String, at: Int? = nil) -> Failure { Failure(reason: reason, offset: at ?? offset) }

    /// An integer below 2^40 (no count, offset or length in a record is larger).
    package mutating func integer() throws(Failure) -> Int {
        let start = offset
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw broken("it ends inside a number", at: start) }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            guard value < 1 << 40, shift < 42 else { throw broken("a number is too large", at: start) }
            if byte < 0x80 { return Int(value) }
            shift += 7
        }
    }

    /// A text: a length, then that many bytes of UTF-8.
    package mutating func string() throws(Failure) -> String {
        let length = try integer()
        guard length <= bytes.count - offset else { throw broken("it ends inside a text") }
        let range = offset..<(offset + length)
        let text = bytes.withUnsafeBufferPointer { String(validatingUTF8: UnsafeBufferPointer(rebasing: $0[range])) }
        guard let text else { throw broken("a text is not UTF-8") }
        offset += length
        return text
    }
}

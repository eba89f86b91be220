/// The offset of the first byte that does not start a valid UTF-8 sequence, or nil when all of `bytes` is valid.
///
/// Rejects overlong forms, surrogates and code points above U+10FFFF, as the Unicode standard requires.
package func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            continue
        }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return index
        }
        if index + length > count { return index }
        let second = bytes[index + 1]
        if second < low || second > high { return index }
        for k in 2..<max(2, length) where bytes[index + k] & 0xC0 != 0x80 { return index }
        index += length
    }
    return nil
}

/// The length of the invalid sequence at `offset`, for quoting it in an error (1 to 4 bytes).
func invalidSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
    var end = offset + 1
    while end < bytes.count, end - offset < 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return end - offset
}

extension String {
    /// A copy of `bytes` when they are valid UTF-8, nil otherwise: `String(validating:as:)` without its generic
    /// path.
    ///
    /// `String(validating:as:)` is generic over the encoding and the sequence and is not specialized outside the
    /// standard library, so every call looks up run-time type metadata (taking a lock): for the many short texts of
    /// a spool, that cost more than the check itself. `UTF8Span` validates without it, and the copy is not checked
    /// again.
    package init?(validatingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let span = try? UTF8Span(validating: bytes.span) else { return nil }
        self.init(copying: span)
    }
}

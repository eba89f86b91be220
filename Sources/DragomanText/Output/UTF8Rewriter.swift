/// Rewrites a string's UTF-8 bytes: runs that need no change are copied in bulk, the rest replaced byte by byte.
///
/// The escaping writers (`Escaping.html`, `Escaping.tsv`, `JSONWriter.quoted`, `singleLine`) run on every segment
/// of every article; building their result scalar by scalar (`String.UnicodeScalarView.append`) or character by
/// character cost more than the work itself. Every scalar they look at is ASCII or a three-byte `E2 xx xx` sequence,
/// so they can read the valid UTF-8 of a `String` directly: no multi-byte sequence ever contains an ASCII byte or
/// `E2`, so a match on those bytes is always a whole scalar.
struct UTF8Rewriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// A rewriter expecting about `capacity` bytes.
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends `source[range]` unchanged.
    mutating func copy(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    }

    /// Appends one byte.
    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// Appends the UTF-8 of one scalar.
    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// The text written.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The scalar encoded as the three bytes `E2 b1 b2`, for the `E2` sequences the writers match.
    static func scalarE2(_ b1: UInt8, _ b2: UInt8) -> Unicode.Scalar {
        // E2 is 1110_0010: the scalar is 0010 followed by six bits of each continuation byte.
        Unicode.Scalar(0x2000 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F))!
    }

    /// Whether `E2 b1 b2` is a bidi control (U+202A–U+202E, U+2066–U+2069; see `Escaping.isBidiControl`).
    static func isBidiControlE2(_ b1: UInt8, _ b2: UInt8) -> Bool {
        (b1 == 0x80 && (0xAA...0xAE).contains(b2)) || (b1 == 0x81 && (0xA6...0xA9).contains(b2))
    }

    /// Calls `body` with the UTF-8 of `text`, contiguous (a copy only when `text` is not stored as UTF-8).
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }
}

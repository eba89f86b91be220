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

    /// `text` with some of its scalars replaced: `replacement(bytes, i)` looks at the byte at `i` and returns the text
    /// to write instead and how many bytes it replaces (a whole scalar), or `nil` to keep the byte. Runs kept are
    /// copied in bulk, and nothing is copied at all when nothing is replaced: the result is `text` itself.
    ///
    /// The one loop of the byte-level escapers (`Escaping.html`, `Escaping.tsv`, `JSONWriter.quoted`); it must stay
    /// inlinable, since each caller's choice is a small switch that the loop is specialized for.
    @inline(__always)
    static func replacing(
        _ text: String, extraCapacity: Int = 16,
        _ replacement: (_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (text: String, length: Int)?
    ) -> String {
        withBytes(text) { bytes in
            var out: UTF8Rewriter? = nil
            var copied = 0
            var i = 0
            while i < bytes.count {
                guard let (replaced, length) = replacement(bytes, i) else {
                    i += 1
                    continue
                }
                if out == nil { out = UTF8Rewriter(capacity: bytes.count + extraCapacity) }
                out!.copy(bytes, copied..<i)
                out!.append(replaced)
                i += length
                copied = i
            }
            guard var out else { return text }
            out.copy(bytes, copied..<bytes.count)
            return out.string
        }
    }

    /// Calls `body` with the UTF-8 of `text`, contiguous (a copy only when `text` is not stored as UTF-8).
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }
}

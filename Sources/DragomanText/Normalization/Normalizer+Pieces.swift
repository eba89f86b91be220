extension Normalizer {
    /// Normalizes UTF-8 text a piece at a time and hands each piece's normalized bytes to `write`.
    ///
    /// The command line normalizes whole files only to print them: it needs neither one `String` of the result nor
    /// its offset map. Going piece by piece keeps memory at about two pieces whatever the file's size, and skips
    /// decoding the result into a `String`. Pieces end after a line feed (after at least `pieceBytes` bytes), where
    /// nothing composes or reorders across the cut, so the bytes are exactly those of `normalize(_:)`.
    package func normalizePieces(
        utf8 source: UnsafeBufferPointer<UInt8>, pieceBytes: Int = 1 << 20,
        write: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        precondition(pieceBytes > 0, "pieces must hold at least one byte")
        var start = 0
        while start < source.count {
            let end = Self.pieceEnd(source, from: start, atLeast: pieceBytes)
            var output = MappedOutput(capacity: end - start + 16)
            normalize(utf8: UnsafeBufferPointer(rebasing: source[start..<end]), base: start, into: &output)
            try output.withBytes(write)
            start = end
        }
    }

    /// Where the piece that starts at `start` ends: just after the first line feed at least `atLeast` bytes on, or
    /// at the end of the text.
    private static func pieceEnd(_ source: UnsafeBufferPointer<UInt8>, from start: Int, atLeast: Int) -> Int {
        var index = start + atLeast - 1
        guard index < source.count - 1 else { return source.count }
        while index < source.count, source[index] != 0x0A { index += 1 }
        return min(index + 1, source.count)
    }
}

/// A document's text as UTF-8 bytes, for commands that stream it rather than build a `String`.
///
/// Valid UTF-8 input is kept as read (after its byte-order mark), so a large file is neither validated into a copy
/// nor held twice; other input is decoded as `TextReader.read(path:)` decodes it.
package struct UTF8Source: Sendable {
    /// Where the text came from: a file path, or "-" for standard input.
    package let name: String
    private let storage: [UInt8]
    /// Where the text starts in `storage` (after a UTF-8 byte-order mark).
    private let start: Int

    init(name: String, storage: [UInt8], start: Int) {
        self.name = name
        self.storage = storage
        self.start = start
    }

    /// Runs `body` on the text's UTF-8.
    package func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start...])) }
    }

    /// The warning `SourceText.emptyWarning` gives for the same text.
    ///
    /// Any printable ASCII byte settles it: such a byte is never part of a white-space character. Only text without
    /// one (white space, or Arabic without ASCII digits or punctuation) is decoded to check its characters.
    package var emptyWarning: String? {
        withUTF8 { bytes in
            SourceText.emptyWarning(name: name, isEmpty: bytes.isEmpty) {
                !bytes.contains(where: { (0x21...0x7E).contains($0) })
                    && String(decoding: bytes, as: UTF8.self).allSatisfy(\.isWhitespace)
            }
        }
    }
}

/// A document's text exactly as read, decoded to a Swift string.
///
/// Every offset Dragoman reports (segments, tokens, glossary matches) is a UTF-8 byte offset into `text`: for a UTF-8
/// file that is the file's own bytes after the byte-order mark; for UTF-16 or Windows-1256 input it is the UTF-8 form
/// of the decoded text. Line ends are kept as they were (LF, CRLF or CR).
public struct SourceText: Sendable, Equatable {
    /// Where the text came from: a file path, or "-" for standard input.
    public let name: String
    /// The decoded text; UTF-8 offsets refer to `text.utf8`.
    public let text: String
    /// The encoding the bytes were decoded from.
    public let encoding: TextEncoding
    /// How many invalid byte sequences were replaced by U+FFFD (only with lossy reading).
    public let replacements: Int

    /// Wraps text that is already in memory.
    public init(name: String, text: String, encoding: TextEncoding = .utf8, replacements: Int = 0) {
        self.name = name
        self.text = text
        self.encoding = encoding
        self.replacements = replacements
    }

    /// The original text of a UTF-8 byte range; the range must fall on scalar boundaries.
    public func text(in range: Range<Int>) -> String {
        String(text.slice(utf8: range))
    }
}

/// A note in an XLIFF file: Dragoman's own (glossary terms, boilerplate reasons) or a translator's.
public struct XLIFFNote: Sendable, Hashable {
    /// The note's text.
    public var text: String
    /// Who or what it is from: 1.2 `from`, 2.x `category` (Dragoman writes "dragoman"); nil when not said.
    public var from: String?

    /// A note.
    public init(text: String, from: String? = nil) {
        self.text = text
        self.from = from
    }
}

/// A label a site puts before a headline (`عاجل |`, `BREAKING:`, `EXCLUSIVE -`), kept as the document's metadata.
public struct HeadlinePrefix: Sendable, Hashable {
    /// The label as written, without its separator: `عاجل`, `BREAKING`.
    public let text: String
    /// The rule that recognized it, e.g. "breaking news".
    public let rule: String
    /// The segment it was found in: the headline, or a line holding the label alone.
    public let segment: Int
    /// UTF-8 range in the source: the label with its separator and the spaces after them.
    public let range: Range<Int>

    /// Creates a prefix.
    public init(text: String, rule: String, segment: Int, range: Range<Int>) {
        self.text = text
        self.rule = rule
        self.segment = segment
        self.range = range
    }
}

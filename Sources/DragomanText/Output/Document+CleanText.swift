extension Document {
    /// The article as a news desk wants it: the title, then the paragraphs of real content (boilerplate left out),
    /// each paragraph on one line, separated by blank lines. Text is the original, never normalized.
    public var cleanText: String {
        var paragraphs: [(number: Int, text: String)] = []
        for segment in segments where segment.boilerplate == nil {
            if let last = paragraphs.last, last.number == segment.paragraph {
                paragraphs[paragraphs.count - 1].text += " " + segment.singleLineText
            } else {
                paragraphs.append((segment.paragraph, segment.singleLineText))
            }
        }
        return paragraphs.map(\.text).joined(separator: "\n\n") + (paragraphs.isEmpty ? "" : "\n")
    }
}

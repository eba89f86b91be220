extension SourceText {
    /// A warning for input with no text to work on (an empty file, or one of white space only), naming it; nil when
    /// it has text.
    ///
    /// An empty document is not an error (it has no segments, and every command handles that), but a user who
    /// passes an empty file by mistake should hear about it rather than get an empty result without a word.
    public var emptyWarning: String? {
        Self.emptyWarning(name: name, isEmpty: text.isEmpty, onlyWhiteSpace: { text.allSatisfy(\.isWhitespace) })
    }

    /// The wording of `emptyWarning`, shared with `UTF8Source`.
    static func emptyWarning(name: String, isEmpty: Bool, onlyWhiteSpace: () -> Bool) -> String? {
        let label = name == "-" ? "standard input" : name
        if isEmpty { return "warning: \(label) is empty" }
        if onlyWhiteSpace() { return "warning: \(label) holds only white space" }
        return nil
    }
}

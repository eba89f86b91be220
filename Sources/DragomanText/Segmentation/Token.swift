/// A word, number or punctuation mark, with its original span and its `match` form.
///
/// Clitics are not split here (ICU keeps `وبالأمن` as one word): that is the glossary's and the stemmer's job.
public struct Token: Sendable, Hashable {
    /// What a token is, from ICU's word-break rule status.
    public enum Kind: String, Sendable, Hashable {
        /// Letters (any script).
        case word
        /// Digits, with their separators.
        case number
        /// Punctuation or a symbol.
        case punctuation
    }

    /// UTF-8 range in the source text.
    public let range: Range<Int>
    /// The original text, as written.
    public let text: String
    /// The `match` normalization of the token (for search, glossary matching, statistics).
    public let match: String
    /// Word, number or punctuation.
    public let kind: Kind

    /// How many of `tokens` are words or numbers (punctuation and symbols do not count): Dragoman's word count, as
    /// summaries and translation files give it.
    public static func wordCount(_ tokens: [Token]) -> Int {
        tokens.count { $0.kind != .punctuation }
    }
}

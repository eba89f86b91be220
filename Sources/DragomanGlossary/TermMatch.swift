/// One occurrence of a glossary concept in a document.
public struct TermMatch: Sendable, Hashable {
    /// Exact (the text is one of the entry's forms, with allowed clitics) or fuzzy (a close spelling of a name).
    public enum Kind: String, Sendable, Hashable {
        /// A listed form, on the `match` normalization, with allowed clitics and suffixes.
        case exact
        /// An unlisted spelling of a person or organization name; see `score`.
        case fuzzy
    }

    /// Index of the entry in the matcher's glossary.
    public var entry: Int
    /// Index of the form matched in the entry's `arabicForms` (or `englishForms` for English text).
    public var form: Int
    /// Exact or fuzzy.
    public var kind: Kind
    /// Jaro–Winkler score of a fuzzy match; 1 for exact matches.
    public var score: Double
    /// UTF-8 byte range in the document (original text, clitics included).
    public var range: Range<Int>
    /// The original text of `range`, as written.
    public var text: String
    /// Index of the segment it occurs in.
    public var segment: Int
    /// The status of the form matched (`GlossaryEntry.statusOfArabicForm`, or of the English form): a deprecated
    /// form or a known misspelling inside an accepted concept is flagged by the term tables, the XLIFF notes and QA.
    public var status: FormStatus = .preferred
}

/// An Arabic–English glossary: its concepts in file order, and the columns of the file they came from.
public struct Glossary: Sendable, Hashable {
    /// The standard columns of `ar-en.tsv`, in their canonical order.
    public static let standardColumns = [
        "id", "ar", "en", "ar_variants", "en_variants", "status", "pos", "domain", "definition", "note", "source",
        "updated",
    ]

    /// The concepts.
    public var entries: [GlossaryEntry]
    /// Extra (non-standard) columns, in the order they appeared in the file; written after the standard ones.
    public var extraColumns: [String]

    /// A glossary of the given entries.
    public init(entries: [GlossaryEntry] = [], extraColumns: [String] = []) {
        self.entries = entries
        self.extraColumns = extraColumns
    }
}

import DragomanText

/// Comparison keys for glossary terms: Arabic by the `match` normalization, English case-insensitively.
///
/// Lint, find and import must agree on when two spellings are "the same term"; they all use these keys. Runs of
/// spaces are collapsed so "حلف  شمال" and "حلف شمال" compare equal.
package struct TermKey: Sendable {
    let normalizer = Normalizer(profile: .match)

    /// A key maker.
    package init() {}

    /// The `match`-normalized form of an Arabic term, spaces collapsed.
    package func arabic(_ term: String) -> String {
        Self.collapse(normalizer.normalize(term).text)
    }

    /// The case-folded form of an English term, spaces collapsed.
    package func english(_ term: String) -> String {
        Self.collapse(term.lowercased())
    }

    /// `text` with runs of white space collapsed to one space and no white space at either end.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// One concept of the Arabic–English glossary: a row of `Glossaries/ar-en.tsv`.
///
/// Only `ar` and `en` are required; `id` is assigned when missing. Columns the glossary does not know are kept in
/// `extra` and written back unchanged, so a terminologist's own columns survive every rewrite.
public struct GlossaryEntry: Sendable, Hashable {
    /// Stable, unique identifier (e.g. "dm-0042").
    public var id: String
    /// Preferred Arabic term.
    public var ar: String
    /// Preferred English term.
    public var en: String
    /// Other Arabic forms and spellings (stored separated by " | ").
    public var arVariants: [String]
    /// Other English forms and spellings (stored separated by " | ").
    public var enVariants: [String]
    /// Usage status of the concept's terms.
    public var status: TermStatus
    /// Part of speech (free text, e.g. "noun", "proper noun").
    public var pos: String
    /// Subject field (e.g. "security", "organizations").
    public var domain: String
    /// A definition.
    public var definition: String
    /// A note for translators.
    public var note: String
    /// Where the entry comes from.
    public var source: String
    /// Last change, ISO date (YYYY-MM-DD).
    public var updated: String
    /// Columns Dragoman does not know, by header name, kept on rewrite.
    public var extra: [String: String]
    /// The line of the file the entry was read from (1-based, header is line 1), for messages; nil when built in code.
    public var line: Int?

    /// Creates an entry; everything but the two terms is optional.
    public init(
        id: String = "", ar: String, en: String, arVariants: [String] = [], enVariants: [String] = [],
        status: TermStatus = .preferred, pos: String = "", domain: String = "", definition: String = "",
        note: String = "", source: String = "", updated: String = "", extra: [String: String] = [:], line: Int? = nil
    ) {
        self.id = id
        self.ar = ar
        self.en = en
        self.arVariants = arVariants
        self.enVariants = enVariants
        self.status = status
        self.pos = pos
        self.domain = domain
        self.definition = definition
        self.note = note
        self.source = source
        self.updated = updated
        self.extra = extra
        self.line = line
    }

    /// Every Arabic form of the concept: the preferred term first, then the variants.
    public var arabicForms: [String] { [ar] + arVariants }
    /// Every English form of the concept: the preferred term first, then the variants.
    public var englishForms: [String] { [en] + enVariants }
}

/// The usage status of a glossary concept (ISO 12620 / TBX `administrativeStatus` values in parentheses).
public enum TermStatus: String, Sendable, Hashable, CaseIterable {
    /// The term to use (preferredTerm-admn-sts).
    case preferred
    /// Acceptable (admittedTerm-admn-sts).
    case admitted
    /// Not to be used; a preferred alternative should exist (deprecatedTerm-admn-sts).
    case deprecated
    /// Suggested, not yet reviewed (e.g. candidates from `dragoman terms --candidates`).
    case proposed
}

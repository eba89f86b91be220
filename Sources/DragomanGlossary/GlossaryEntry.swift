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
    /// Arabic forms not to use (column `ar_deprecated`): matched in text and flagged with the preferred term.
    public var arDeprecated: [String]
    /// English forms not to use (column `en_deprecated`): translation QA flags them.
    public var enDeprecated: [String]
    /// Known Arabic misspellings (column `ar_misspellings`): matched and flagged, never exported as terms to use.
    public var arMisspellings: [String]
    /// Known English misspellings (column `en_misspellings`).
    public var enMisspellings: [String]
    /// Arabic variants proposed for review (column `ar_proposed`, e.g. from `dragoman terms --candidates`): known,
    /// not matched until accepted as variants.
    public var arProposed: [String]
    /// Longer Arabic phrases in which this concept's forms mean something else (column `blocked_in`): where the text
    /// has one of them, none of the concept's forms inside it is matched (`مجلس الأمن الوطني` blocks `مجلس الأمن`).
    public var blockedIn: [String]
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
        arDeprecated: [String] = [], enDeprecated: [String] = [], arMisspellings: [String] = [],
        enMisspellings: [String] = [], arProposed: [String] = [], blockedIn: [String] = [],
        status: TermStatus = .preferred, pos: String = "", domain: String = "", definition: String = "",
        note: String = "", source: String = "", updated: String = "", extra: [String: String] = [:], line: Int? = nil
    ) {
        self.id = id
        self.ar = ar
        self.en = en
        self.arVariants = arVariants
        self.enVariants = enVariants
        self.arDeprecated = arDeprecated
        self.enDeprecated = enDeprecated
        self.arMisspellings = arMisspellings
        self.enMisspellings = enMisspellings
        self.arProposed = arProposed
        self.blockedIn = blockedIn
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

    /// Every Arabic form of the concept, each with its own status: the preferred term, the variants, then the
    /// deprecated forms, the misspellings and the proposed variants. `TermMatch.form` indexes this list.
    public var arabicForms: [String] { [ar] + arVariants + arDeprecated + arMisspellings + arProposed }
    /// Every English form: the preferred term, the variants, the deprecated forms, the misspellings.
    public var englishForms: [String] { [en] + enVariants + enDeprecated + enMisspellings }
    /// The Arabic forms to use: the preferred term and its variants (a deprecated concept's are deprecated too).
    public var acceptedArabicForms: [String] { [ar] + arVariants }
    /// The English forms to use: the preferred term and its variants.
    public var acceptedEnglishForms: [String] { [en] + enVariants }

    /// The status of `arabicForms[index]`: the concept's status for its preferred term and variants (a variant of a
    /// preferred concept is admitted), else the status of the list the form is in.
    public func statusOfArabicForm(_ index: Int) -> FormStatus {
        Self.status(
            index, accepted: 1 + arVariants.count, lists: [arDeprecated.count, arMisspellings.count], concept: status)
    }

    /// The status of `englishForms[index]` (as `statusOfArabicForm`).
    public func statusOfEnglishForm(_ index: Int) -> FormStatus {
        Self.status(
            index, accepted: 1 + enVariants.count, lists: [enDeprecated.count, enMisspellings.count], concept: status)
    }

    private static func status(_ index: Int, accepted: Int, lists: [Int], concept: TermStatus) -> FormStatus {
        if index < accepted {
            switch concept {
            case .preferred: return index == 0 ? .preferred : .admitted
            case .admitted: return .admitted
            case .deprecated: return .deprecated
            case .proposed: return .proposed
            }
        }
        if index < accepted + lists[0] { return .deprecated }
        if index < accepted + lists[0] + lists[1] { return .misspelling }
        return .proposed
    }
}

/// The status of one form (term) of a concept: TBX's `administrativeStatus` per term, plus known misspellings.
public enum FormStatus: String, Sendable, Hashable, CaseIterable {
    /// The concept's preferred term (preferredTerm-admn-sts).
    case preferred
    /// An acceptable form (admittedTerm-admn-sts).
    case admitted
    /// A form not to use (deprecatedTerm-admn-sts): matched, flagged with the term to use.
    case deprecated
    /// A known misspelling: matched, flagged, never exported as a term to use.
    case misspelling
    /// Suggested, not yet reviewed: not matched.
    case proposed

    /// Whether a translator may write the form: preferred or admitted.
    public var isAccepted: Bool { self == .preferred || self == .admitted }
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

/// One thing `dragoman glossary lint` reports: which rule, how serious, and where.
public struct LintFinding: Sendable, Hashable, CustomStringConvertible {
    /// The rule that found it.
    public var rule: LintRule
    /// Error (exit 1) or warning.
    public var severity: LintSeverity
    /// The glossary file.
    public var file: String
    /// The entry's id ("" when the row could not be read as an entry).
    public var id: String
    /// The data row, 1-based (the header is not counted).
    public var row: Int
    /// The line in the file (the header is line 1), when known.
    public var line: Int?
    /// What is wrong and what to do.
    public var message: String

    /// The finding as one line: `FILE:LINE: SEVERITY [RULE] entry 'ID' (row N): MESSAGE`.
    public var description: String {
        "\(file):\(line.map(String.init) ?? "-"): \(severity.rawValue) [\(rule.rawValue)] entry '\(id)' (row \(row)): \(message)"
    }
}

/// How serious a lint finding is.
public enum LintSeverity: String, Sendable, Hashable {
    /// Must be fixed: `lint` exits with status 1.
    case error
    /// Worth a look; does not fail `lint`.
    case warning
}

/// The lint rules (the raw value is the name printed in brackets).
public enum LintRule: String, Sendable, Hashable, CaseIterable {
    /// Two entries with the same Arabic and English after normalization (error).
    case duplicate
    /// Two entries with the same id (error).
    case duplicateID = "duplicate-id"
    /// The same Arabic term under two concepts with different English, in the same or no domain (error).
    case arabicConflict = "arabic-conflict"
    /// The same Arabic term with different English in two different domains: a possible homonym (warning).
    case homonym
    /// An Arabic variant that is another concept's term or variant with different English (error).
    case variantCollision = "variant-collision"
    /// An Arabic variant shared with another concept that has the same English: the entries should merge (warning).
    case variantOverlap = "variant-overlap"
    /// A variant that repeats another form of its own entry exactly (warning). Spellings that only normalize alike
    /// are not reported: the glossary lists every spelling the texts use.
    case redundantVariant = "redundant-variant"
    /// A deprecated entry with no preferred or admitted alternative (error).
    case deprecatedWithoutAlternative = "deprecated-without-alternative"
    /// An empty `ar`, or an empty `en` on an entry that is not `proposed` (error).
    case emptyField = "empty-field"
    /// A status other than preferred, admitted, deprecated, proposed (error).
    case badStatus = "bad-status"
    /// An `updated` value that is not an ISO date YYYY-MM-DD (error).
    case malformedDate = "malformed-date"
    /// An unknown part of speech, `inflect` or `teh_marbuta` value, or an id that is not an XML name (warning).
    case malformedField = "malformed-field"
    /// One English term under two concepts that share no Arabic form, unless one is a deprecated entry whose
    /// alternative is the other (warning).
    case englishConflict = "english-conflict"
    /// A `blocked_in` phrase that is itself a glossary form, or holds none of its entry's forms (error).
    case blockedIn = "blocked-in"
    /// A one-word Arabic form that reads like a frequent word once ة/ه or ى/ي are folded (warning): بعثة and
    /// بعثه "he sent him".
    case frequentWord = "frequent-word"

    /// The severity of the rule's findings.
    public var severity: LintSeverity {
        switch self {
        case .homonym, .variantOverlap, .redundantVariant, .malformedField, .englishConflict, .frequentWord: .warning
        default: .error
        }
    }
}

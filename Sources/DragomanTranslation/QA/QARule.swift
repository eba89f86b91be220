/// What translation QA checks, each with its severity.
///
/// Errors block delivery (`dragoman qa` exits 1): a glossary term not rendered with its approved English, a
/// deprecated English term, a number that differs, a segment left untranslated. Warnings ask for a look: one source
/// term rendered in different ways, a target identical to its source, Arabic letters left in an English target.
public enum QARule: String, Sendable, Hashable, CaseIterable {
    /// A glossary term in the source whose approved English (or an admitted variant, plural or possessive) is not in
    /// the target.
    case missingTerm = "missing-term"
    /// A deprecated English term in the target.
    case deprecatedTerm = "deprecated-term"
    /// A number of the source not in the target, or one of the target not in the source.
    case number
    /// No target, an empty one, or the source copied and never translated.
    case untranslated
    /// The same source term rendered with different English forms across segments and files.
    case inconsistentTerm = "inconsistent-term"
    /// A target identical to its source although its state says it was translated.
    case sameAsSource = "same-as-source"
    /// Arabic letters in an English target.
    case arabicInTarget = "arabic-in-target"

    /// Errors fail `dragoman qa`; warnings do not.
    public var severity: QASeverity {
        switch self {
        case .missingTerm, .deprecatedTerm, .number, .untranslated: .error
        case .inconsistentTerm, .sameAsSource, .arabicInTarget: .warning
        }
    }
}

/// How serious a QA finding is.
public enum QASeverity: String, Sendable, Hashable {
    /// Must be fixed before delivery.
    case error
    /// Worth a look.
    case warning
}

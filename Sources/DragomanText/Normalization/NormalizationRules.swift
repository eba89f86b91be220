/// The individual rules of Dragoman's normalization, each switchable.
///
/// Two profiles are built from them: `display`, what a translator reads, and `match`, the folded form used for search
/// and glossary matching and never shown. Rules apply in a fixed order: ICU first (NFC, Arabic compatibility forms or
/// NFKC_Casefold), then the Arabic folding rules, scalar by scalar.
public struct NormalizationRules: OptionSet, Sendable, Hashable {
    /// The rule bits.
    public let rawValue: UInt32
    /// Rules from their bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Unicode canonical composition (NFC).
    public static let composition = NormalizationRules(rawValue: 1 << 0)
    /// NFKC for Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) and Latin ligatures (U+FB00–FB06) only:
    /// ﻻ → لا, ﷲ → الله, ﬁ → fi, while ² or ½ stay as written.
    public static let arabicCompatibility = NormalizationRules(rawValue: 1 << 1)
    /// No-break spaces (U+00A0, U+2007, U+202F) become plain spaces.
    public static let noBreakSpaces = NormalizationRules(rawValue: 1 << 2)
    /// Stray bidi controls are removed: LRM, RLM, ALM, LRE…RLO (U+202A–202E), isolates (U+2066–2069).
    public static let bidiControls = NormalizationRules(rawValue: 1 << 3)
    /// Full NFKC_Casefold: compatibility forms, case folding, default-ignorables removed.
    public static let caseFold = NormalizationRules(rawValue: 1 << 4)
    /// Harakat U+064B–U+065F removed.
    public static let harakat = NormalizationRules(rawValue: 1 << 5)
    /// Superscript (dagger) alef U+0670 removed.
    public static let superscriptAlef = NormalizationRules(rawValue: 1 << 6)
    /// Tatweel U+0640 removed.
    public static let tatweel = NormalizationRules(rawValue: 1 << 7)
    /// أ إ آ ٱ (and ٲ ٳ) become bare alef ا.
    public static let alefVariants = NormalizationRules(rawValue: 1 << 8)
    /// Alef maksura ى becomes yeh ي.
    public static let alefMaksura = NormalizationRules(rawValue: 1 << 9)
    /// Teh marbuta ة becomes heh ه.
    public static let tehMarbuta = NormalizationRules(rawValue: 1 << 10)
    /// Persian and Urdu letters fold to Arabic ones: ی → ي, ک → ك, ہ ە ۀ → ه.
    public static let persianLetters = NormalizationRules(rawValue: 1 << 11)
    /// Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits become ASCII digits.
    public static let digits = NormalizationRules(rawValue: 1 << 12)
    /// Arabic number punctuation maps to its ASCII counterpart: ٪ → %, ٫ → ., ٬ → ,. The comma ، semicolon ؛ and
    /// question mark ؟ stay distinct characters.
    public static let punctuation = NormalizationRules(rawValue: 1 << 13)
    /// Zero-width joiner and non-joiner (U+200D, U+200C) removed.
    public static let joiners = NormalizationRules(rawValue: 1 << 14)

    /// What a translator reads: NFC, Arabic compatibility forms expanded, no-break spaces and bidi controls cleaned.
    public static let display: NormalizationRules = [.composition, .arabicCompatibility, .noBreakSpaces, .bidiControls]

    /// The folded form for matching: display plus every folding rule.
    public static let match: NormalizationRules = display.union([
        .caseFold, .harakat, .superscriptAlef, .tatweel, .alefVariants, .alefMaksura, .tehMarbuta, .persianLetters,
        .digits, .punctuation, .joiners,
    ])

    /// Every rule with its name, in application order, for documentation and the command line.
    public static let named: [(name: String, rule: NormalizationRules)] = [
        ("composition", .composition), ("arabic-compatibility", .arabicCompatibility),
        ("no-break-spaces", .noBreakSpaces), ("bidi-controls", .bidiControls), ("case-fold", .caseFold),
        ("harakat", .harakat), ("superscript-alef", .superscriptAlef), ("tatweel", .tatweel),
        ("alef-variants", .alefVariants), ("alef-maksura", .alefMaksura), ("teh-marbuta", .tehMarbuta),
        ("persian-letters", .persianLetters), ("digits", .digits), ("punctuation", .punctuation),
        ("joiners", .joiners),
    ]
}

/// A named set of normalization rules.
public enum NormalizationProfile: String, Sendable, CaseIterable {
    /// What a translator reads.
    case display
    /// The folded form for search and glossary matching.
    case match

    /// The rules of this profile.
    public var rules: NormalizationRules { self == .display ? .display : .match }
}

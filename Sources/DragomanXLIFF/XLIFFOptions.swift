/// What the XLIFF writer writes: the version, the languages, and which segments become units.
public struct XLIFFOptions: Sendable, Equatable {
    /// The XLIFF version (1.2 by default: every CAT tool opens it).
    public var version: XLIFFVersion
    /// The source language tag (`source-language` in 1.2, `srcLang` in 2.x), e.g. "ar".
    public var sourceLanguage: String
    /// The target language tag (`target-language` in 1.2, `trgLang` in 2.x), e.g. "en".
    public var targetLanguage: String
    /// Write boilerplate segments too, as units not to translate (`translate="no"`) with the reason in a note;
    /// by default they are left out.
    public var keepBoilerplate: Bool
    /// Write only the headline and the summary sentences: a cheaper translation job.
    public var onlySummary: Bool
    /// Prefill every target with its source (1.2: `state="needs-translation"`), for tools that translate the
    /// target in place, such as OmegaT's XLIFF filter.
    public var copySource: Bool

    /// Options; the defaults write XLIFF 1.2, Arabic to English, without boilerplate, every sentence, no targets.
    public init(
        version: XLIFFVersion = .v1_2, sourceLanguage: String = "ar", targetLanguage: String = "en",
        keepBoilerplate: Bool = false, onlySummary: Bool = false, copySource: Bool = false
    ) {
        self.version = version
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.keepBoilerplate = keepBoilerplate
        self.onlySummary = onlySummary
        self.copySource = copySource
    }

    /// The options, checked: both languages must be language tags XLIFF accepts.
    public func validated() throws(XLIFFError) -> XLIFFOptions {
        for language in [sourceLanguage, targetLanguage] where !Self.isLanguageTag(language) {
            throw .invalidLanguage(language)
        }
        return self
    }

    /// The file name of an article's XLIFF: `NAME.ar-en.xlf`, NAME the article's file name without extension.
    public func fileName(stem: String) -> String {
        "\(stem).\(sourceLanguage)-\(targetLanguage).xlf"
    }

    /// Whether `value` matches XML Schema's `language` type (`[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`), which both
    /// 1.2 and 2.x use for their language attributes.
    static func isLanguageTag(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            guard (1...8).contains(part.count) else { return false }
            let allowed = part.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || (index > 0 && ("0"..."9").contains(scalar)))
            }
            guard allowed else { return false }
        }
        return true
    }
}

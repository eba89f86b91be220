import ArgumentParser
import Foundation

/// `--lang`: the documents' language, or auto-detection from the script.
struct LanguageOption: ParsableArguments {
    @Option(help: "Document language: auto (from the script), ar, en, or another ISO 639-1 code.")
    var lang: String = "auto"

    /// The two-letter ISO 639-1 codes (Foundation's list, from CLDR).
    static let isoCodes = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier).filter { $0.count == 2 })

    func validate() throws {
        guard lang == "auto" || Self.isoCodes.contains(lang.lowercased()) else {
            throw ValidationError(
                "unknown language '\(lang)'; use auto (detect from the script), ar or en (news rules for Arabic and "
                    + "English), or another two-letter ISO 639-1 code such as fa, fr, ru or ur (ICU segmentation only)")
        }
    }

    /// The forced language, or nil to detect it.
    var language: String? { lang == "auto" ? nil : lang.lowercased() }
}

import ArgumentParser

/// `--lang`: the documents' language, or auto-detection from the script.
struct LanguageOption: ParsableArguments {
    @Option(help: "Document language: ar, en, another ISO 639-1 code, or auto to detect it from the script.")
    var lang: String = "auto"

    func validate() throws {
        guard lang == "auto" || (lang.count >= 2 && lang.count <= 3 && lang.allSatisfy(\.isLetter)) else {
            throw ValidationError("unknown language '\(lang)'; use ar, en, another ISO 639-1 code, or auto")
        }
    }

    /// The forced language, or nil to detect it.
    var language: String? { lang == "auto" ? nil : lang.lowercased() }
}

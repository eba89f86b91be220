import DragomanText
import Foundation

/// Stopwords and light-stemming rules for one language, loaded from the bundled data files.
///
/// Languages without data files get an empty set and no stemming: the summarizer then works on statistics alone.
struct LanguageData: Sendable {
    /// Function words, in `match` form.
    let stopwords: Set<String>
    /// The light stemmer, if the language has one.
    let stemmer: LightStemmer?

    /// The data for `language`; unknown languages get none.
    static func bundled(_ language: String) throws(SummarizerError) -> LanguageData {
        switch language {
        case "ar":
            return LanguageData(
                stopwords: try stopwords("ar"),
                stemmer: .arabic(try ArabicLightStemmer(rules: readData("stemmer-ar.tsv"), file: "stemmer-ar.tsv")))
        case "en":
            return LanguageData(
                stopwords: try stopwords("en"),
                stemmer: .english(try EnglishSStemmer(rules: readData("stemmer-en.tsv"), file: "stemmer-en.tsv")))
        default:
            return LanguageData(stopwords: [], stemmer: nil)
        }
    }

    /// The text layer's function words (`Rules/stopwords-LANG.txt` in DragomanText), shared with the cleanup.
    private static func stopwords(_ language: String) throws(SummarizerError) -> Set<String> {
        do { return try Stopwords.bundled(language) } catch {
            throw .badData(file: "stopwords-\(language).txt", line: 0, reason: error.description)
        }
    }

    /// The lines of a data file that are neither empty nor comments (`#`), with their line numbers from 1.
    static func dataLines(_ text: String) -> [(number: Int, line: Substring)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            line.isEmpty || line.hasPrefix("#") ? nil : (index + 1, line)
        }
    }

    static func readData(_ file: String) throws(SummarizerError) -> String {
        let name = (file as NSString).deletingPathExtension
        let ext = (file as NSString).pathExtension
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Data"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw .badData(file: file, line: 0, reason: "data file missing from the DragomanSummarizer bundle") }
        return text
    }
}

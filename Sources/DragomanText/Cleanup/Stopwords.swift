import Foundation

/// The function words of a language (particles, prepositions, pronouns, reporting verbs), from the bundled lists
/// `Rules/stopwords-LANG.txt`, in `match` form.
///
/// One list for every layer that needs one: the summarizer leaves these words out of its sentence vectors, and the
/// cleanup counts them to tell prose from a button or a list of section names (a line with none is not a sentence).
package enum Stopwords {
    /// The languages with a list.
    package static let languages = ["ar", "en"]

    /// The lists, loaded once; a language without a file gets none.
    private static let lists: Result<[String: Set<String>], TextError> = {
        let normalizer = Normalizer(profile: .match)
        var lists: [String: Set<String>] = [:]
        for language in languages {
            let name = "stopwords-\(language)"
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Rules"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else {
                return .failure(.unreadable(file: "\(name).txt", reason: "word list missing from the Dragoman bundle"))
            }
            var words = Set<String>()
            for line in text.split(whereSeparator: \.isNewline) {
                let word = line.trimmingCharacters(in: .whitespaces)
                if word.isEmpty || word.hasPrefix("#") { continue }
                words.insert(normalizer.normalize(word).text)
            }
            lists[language] = words
        }
        return .success(lists)
    }()

    /// The function words of `language` in `match` form; empty for a language without a list.
    package static func bundled(_ language: String) throws(TextError) -> Set<String> {
        switch lists {
        case .success(let lists): return lists[language] ?? []
        case .failure(let error): throw error
        }
    }
}

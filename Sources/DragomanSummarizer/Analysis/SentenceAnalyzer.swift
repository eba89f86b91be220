import DragomanText

/// Turns documents into candidates: tokenizes each sentence once and maps its words to term ids.
///
/// Not Sendable: it owns an ICU tokenizer and caches; use one per task.
final class SentenceAnalyzer {
    private let tokenizer: Tokenizer
    private var languages: [String: LanguageData] = [:]
    /// Per language: `match` form → term id, or -1 for a stopword.
    private var termCache: [String: [String: Int32]] = [:]
    /// Term (stem) → id, shared by all languages and documents of this analyzer.
    private var vocabulary: [String: Int32] = [:]

    init() throws(SummarizerError) {
        do { tokenizer = try Tokenizer(locale: "ar") } catch { throw .icu(error.description) }
        // Load the bundled data now so a broken bundle fails at once, not halfway through a batch.
        for language in ["ar", "en"] { languages[language] = try LanguageData.bundled(language) }
    }

    /// Number of distinct terms seen so far.
    var vocabularySize: Int { vocabulary.count }

    /// The candidate sentences of a document: non-boilerplate `.sentence` segments with at least one word.
    func candidates(of document: Document, number: Int) throws(SummarizerError) -> [Candidate] {
        let data = try languageData(document.language)
        var cache = termCache[document.language] ?? [:]
        termCache[document.language] = nil
        defer { termCache[document.language] = cache }
        var result: [Candidate] = []
        var ids: [Int32] = []
        for segment in document.segments where segment.kind == .sentence && segment.boilerplate == nil {
            ids.removeAll(keepingCapacity: true)
            var words = 0
            for token in tokenizer.tokens(of: segment) where token.kind != .punctuation {
                words += 1
                let id: Int32
                if let cached = cache[token.match] {
                    id = cached
                } else {
                    if let term = data.term(token.match) {
                        if let known = vocabulary[term] {
                            id = known
                        } else {
                            id = Int32(vocabulary.count)
                            vocabulary[term] = id
                        }
                    } else {
                        id = -1
                    }
                    cache[token.match] = id
                }
                if id >= 0 { ids.append(id) }
            }
            guard words > 0 else { continue }
            ids.sort()
            var terms: [Int32] = []
            var counts: [Float] = []
            for id in ids {
                if terms.last == id {
                    counts[counts.count - 1] += 1
                } else {
                    terms.append(id)
                    counts.append(1)
                }
            }
            result.append(
                Candidate(
                    document: number, segment: segment, position: result.count, words: words, terms: terms,
                    counts: counts))
        }
        return result
    }

    private func languageData(_ language: String) throws(SummarizerError) -> LanguageData {
        if let data = languages[language] { return data }
        let data = try LanguageData.bundled(language)
        languages[language] = data
        return data
    }
}

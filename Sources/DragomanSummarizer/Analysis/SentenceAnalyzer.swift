import DragomanText
import Foundation

/// Turns documents into candidates: tokenizes each sentence once and maps its words to term ids.
///
/// Not Sendable: it owns an ICU tokenizer and caches; use one per task.
final class SentenceAnalyzer {
    private let tokenizer: Tokenizer
    private var languages: [String: LanguageData] = [:]
    /// Per language: `match` form → (surface id, stem id), or (-1, -1) for a stopword.
    private var termCache: [String: TermCache] = [:]
    /// Terms (surface forms and stems) by id, in the order they were first met, shared by all languages and
    /// documents of this analyzer. A concept's term is its id behind U+0001.
    private var vocabulary = StringInterner()
    /// The token spans of the sentence being read, reused from one sentence and document to the next.
    private var spanBuffer: [TokenSpan] = []
    /// This analyzer, told apart from every other: what a `DeskPart` names so that its ids are read with this
    /// vocabulary alone (an object's address can be reused once it is freed).
    let identity = UUID()

    init() throws(SummarizerError) {
        do { tokenizer = try Tokenizer(locale: "ar") } catch { throw .icu(error.description) }
        // Load the bundled data now so a broken bundle fails at once, not halfway through a batch.
        for language in ["ar", "en"] { languages[language] = try LanguageData.bundled(language) }
    }

    /// The candidate sentences of a document: non-boilerplate `.sentence` segments with at least one word. Words
    /// inside a concept span (UTF-8 ranges into the document, from `ConceptSpans`) count in the stems as one term
    /// per span, the concept; the surface terms (what ranking compares) keep the words as written.
    func candidates(
        of document: Document, number: Int, concepts: [(range: Range<Int>, concept: String)] = []
    ) throws(SummarizerError) -> [Candidate] {
        let data = try languageData(document.language)
        // Concept spans in the document's `match` normalization, where the tokens are, by start; a concept's term
        // starts with U+0001, which no word has.
        let spans = concepts.sorted { $0.range.lowerBound < $1.range.lowerBound }.map {
            (document.normalized.normalizedRange(ofOriginal: $0.range), id(of: "\u{1}" + $0.concept))
        }
        var cache = termCache[document.language] ?? TermCache()
        termCache[document.language] = nil
        defer { termCache[document.language] = cache }
        var result: [Candidate] = []
        // Each segment's range in the `match` form, whose bytes are read once for the whole document.
        let ranges = document.segments.map { document.normalized.normalizedRange(ofOriginal: $0.range) }
        var text = document.normalized.text
        var tokens = spanBuffer
        spanBuffer = []
        defer { spanBuffer = tokens }
        text.withUTF8 { bytes in
            var surface: [Int32] = []
            var stems: [Int32] = []
            var nextSpan = 0
            for index in document.segments.indices {
                guard document.segments[index].kind == .sentence && document.segments[index].boilerplate == nil else {
                    continue
                }
                tokens.removeAll(keepingCapacity: true)
                tokenizer.appendSpans(bytes, ranges[index], into: &tokens)
                surface.removeAll(keepingCapacity: true)
                stems.removeAll(keepingCapacity: true)
                var words = 0
                var lastSpan = -1
                for token in tokens where token.kind != .punctuation {
                    words += 1
                    while nextSpan < spans.count && spans[nextSpan].0.upperBound <= token.start { nextSpan += 1 }
                    var concept: Int32? = nil
                    var span = nextSpan
                    while span < spans.count && spans[span].0.lowerBound <= token.start {
                        if token.end <= spans[span].0.upperBound {
                            concept = spans[span].1
                            break
                        }
                        span += 1
                    }
                    let match = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
                    let ids: (surface: Int32, stem: Int32)
                    if let cached = cache.value(of: match) {
                        ids = cached
                    } else {
                        let term = String(decoding: match, as: UTF8.self)
                        if data.stopwords.contains(term) {
                            ids = (-1, -1)
                        } else {
                            ids = (id(of: term), id(of: data.stemmer?.stem(term) ?? term))
                        }
                        cache.insert(match, ids)
                    }
                    if ids.surface >= 0 { surface.append(ids.surface) }
                    if let concept {
                        // One term per span, however many words name the concept.
                        if span != lastSpan { stems.append(concept) }
                        lastSpan = span
                    } else if ids.stem >= 0 {
                        stems.append(ids.stem)
                    }
                }
                guard words > 0 else { continue }
                result.append(
                    Candidate(
                        document: number, segment: document.segments[index], position: result.count, words: words,
                        surface: TermBag(&surface), stems: TermBag(&stems)))
            }
        }
        return result
    }

    /// Terms by id: `terms[id]` is the term given `id`.
    var terms: [String] { vocabulary.strings }

    private func id(of term: String) -> Int32 { vocabulary.intern(term).id }

    private func languageData(_ language: String) throws(SummarizerError) -> LanguageData {
        if let data = languages[language] { return data }
        let data = try LanguageData.bundled(language)
        languages[language] = data
        return data
    }
}

import DragomanGlossary

/// A phrase on the other side of a term occurrence, consistent with the word alignment.
struct Phrase {
    /// Its alignment tokens (the key evidence is counted by).
    var key: [UInt32]
    /// Its text as written in the sentence (Arabic: the first word without its conjunction or preposition).
    var display: String
    /// Whether it starts the sentence (its capital may be the sentence's, not the term's).
    var initial: Bool
}

/// Phrase extraction for term occurrences, consistent with the word alignment (Och & Ney 2004; Koehn, Och & Marcu
/// 2003): the other side's words linked to the term's tokens, taken as the tightest span that no link leaves, then
/// trimmed of punctuation and function words at its edges (an English article or preposition, an Arabic clitic or
/// particle). Only the tightest phrase is taken: growing it over unlinked neighbours added more noise than terms.
struct PhraseExtractor {
    let corpus: Corpus
    let maps: TokenMaps
    /// The longest phrase proposed, in tokens.
    let maximumLength: Int
    /// Per English surface token, per Arabic alignment token: whether it may not start or end a phrase.
    private var englishEdge: [Bool]
    private var arabicEdge: [Bool]

    static let englishFunctionWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "as", "its",
        "their", "his", "her", "your", "our", "my", "this", "that", "these", "those", "is", "are", "was", "were", "be",
        "been", "which", "who", "it", "they", "he", "she", "we", "you", "i", "has", "have", "had", "will", "would",
        "can", "could", "may", "might", "not", "than", "into", "also", "such", "there", "about", "more", "most",
    ]

    init(corpus: Corpus, maps: TokenMaps, maximumLength: Int) {
        self.corpus = corpus
        self.maps = maps
        self.maximumLength = maximumLength
        // A function word written in capitals is an acronym (WHO), not the pronoun.
        englishEdge = zip(corpus.english.surface.strings, maps.englishLemma).map { surface, lemma in
            let token = maps.englishTokens[lemma]
            let acronym = surface.count > 1 && surface.allSatisfy { $0.isUppercase || !$0.isLetter }
            return (Self.englishFunctionWords.contains(token) && !acronym)
                || !token.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
        arabicEdge = maps.arabicTokens.strings.enumerated().map { id, token in
            maps.isClitic[id] || ArabicStopwords.particles.contains(token)
                || !token.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
        arabicEdge[0] = true
    }

    /// Links of one pair, by Arabic token and by English token.
    struct Links {
        var byArabic: [[Int]] = []
        var byEnglish: [[Int]] = []

        mutating func load(_ links: UnsafeBufferPointer<UInt32>, l: Int, m: Int) {
            if byArabic.count < l { byArabic += [[Int]](repeating: [], count: l - byArabic.count) }
            if byEnglish.count < m { byEnglish += [[Int]](repeating: [], count: m - byEnglish.count) }
            for i in 0..<l { byArabic[i].removeAll(keepingCapacity: true) }
            for j in 0..<m { byEnglish[j].removeAll(keepingCapacity: true) }
            for link in links {
                let i = Int(link >> 16)
                let j = Int(link & 0xFFFF)
                byArabic[i].append(j)
                byEnglish[j].append(i)
            }
        }
    }

    /// The tightest span of `links` (one side's link lists) from the tokens `start..<end`, if no link of a token
    /// inside it leaves `start..<end`.
    private func span(_ start: Int, _ end: Int, from: [[Int]], back: [[Int]]) -> (low: Int, high: Int)? {
        var low = Int.max
        var high = -1
        for i in start..<end {
            for j in from[i] {
                low = min(low, j)
                high = max(high, j)
            }
        }
        guard high >= 0 else { return nil }
        for j in low...high {
            for i in back[j] where i < start || i >= end { return nil }
        }
        return (low, high)
    }

    /// The English phrase for the Arabic tokens `start..<end` of `pair`, trimmed of function words and punctuation
    /// at its edges; nil when there is none.
    func english(for start: Int, _ end: Int, in pair: SentencePair, links: Links) -> Phrase? {
        guard var (low, last) = span(start, end, from: links.byArabic, back: links.byEnglish) else { return nil }
        while low <= last, englishEdge[Int(pair.englishSurface[low] & ~Corpus.spaceBit)] { low += 1 }
        while last >= low, englishEdge[Int(pair.englishSurface[last] & ~Corpus.spaceBit)] { last -= 1 }
        guard low <= last, last - low < maximumLength else { return nil }
        var display = ""
        for j in low...last {
            let stored = pair.englishSurface[j]
            if j > low, stored & Corpus.spaceBit != 0 { display += " " }
            display += corpus.english.surface[stored & ~Corpus.spaceBit]
        }
        return Phrase(key: Array(pair.english[low...last]), display: display, initial: low == 0)
    }

    /// The Arabic phrase for the English tokens `start..<end` of `pair` (as `english(for:…)`).
    func arabic(for start: Int, _ end: Int, in pair: SentencePair, links: Links) -> Phrase? {
        guard var (low, last) = span(start, end, from: links.byEnglish, back: links.byArabic) else { return nil }
        while low <= last, arabicEdge[Int(pair.arabic[low])] { low += 1 }
        while last >= low, arabicEdge[Int(pair.arabic[last])] { last -= 1 }
        guard low <= last, last - low < maximumLength else { return nil }
        // The key leaves the clitics out: وحجر صحي and حجر صحي are one phrase.
        let key = pair.arabic[low...last].filter { !maps.isClitic[Int($0)] }
        return Phrase(key: key, display: arabicDisplay(low, last, in: pair), initial: false)
    }

    /// The Arabic words holding tokens `low...last`, the first without its conjunction or preposition (the article
    /// kept: للتحالف → التحالف).
    func arabicDisplay(_ low: Int, _ last: Int, in pair: SentencePair) -> String {
        let first = Int(pair.arabicWord[low])
        let final = Int(pair.arabicWord[last])
        var wordStart = low
        while wordStart > 0, pair.arabicWord[wordStart - 1] == pair.arabicWord[low] { wordStart -= 1 }
        var letters = 0
        var k = wordStart
        while k < pair.arabic.count, Int(pair.arabicWord[k]) == first, maps.isClitic[Int(pair.arabic[k])] {
            letters += 1
            k += 1
        }
        let core = k < pair.arabic.count && Int(pair.arabicWord[k]) == first ? maps.arabicTokens[pair.arabic[k]] : ""
        var display = ""
        for word in first...final {
            let stored = pair.arabicSurface[word]
            var text = corpus.arabic.surface[stored & ~Corpus.spaceBit]
            if word == first, letters > 0 {
                let match = corpus.arabic.match[Int(stored & ~Corpus.spaceBit)]
                let rest = String(String.UnicodeScalarView(match.unicodeScalars.dropFirst(letters)))
                // ل + ال is written لل: put the alef back.
                let lil = rest == "ل" + core
                text = CandidateExtractor.dropLetters(text, count: letters, prefix: lil ? "ا" : "")
            }
            if word > first, stored & Corpus.spaceBit != 0 { display += " " }
            display += text
        }
        return display
    }
}

import DragomanGlossary

extension ParallelAligner {
    /// For each Arabic term, its English equivalents in the parallel text; for each English term, its Arabic ones.
    ///
    /// Every occurrence of a term (clitics and article ignored on the Arabic side, plural and possessive on the
    /// English side) gives the phrase it is aligned to; phrases are ranked by the Dice coefficient
    /// 2·n(term, phrase) / (n(term) + n(phrase)), counts being sentence pairs, which prefers a phrase seen with the
    /// term over one merely frequent. An Arabic term whose best English is a proper name (see `isProperName`)
    /// also gets the other Arabic spellings aligned to that English as `spellingVariants`.
    public func align(arabicTerms: [AlignmentTerm], englishTerms: [String] = []) throws(AlignerError) -> (
        arabic: [TermAlignment], english: [TermAlignment]
    ) {
        var arabicPatterns = TermPatterns(skippable: maps.isClitic)
        let arabicIndex = arabicTerms.map { arabicPattern($0.text).map { arabicPatterns.add($0) } }
        // English terms match in any number (an all-capitals word only in capitals); each also keeps the
        // occurrences written exactly as given, which decide when there are two or more ("vaccines" → لقاحات, not
        // the singular's لقاح).
        var englishPatterns = TermPatterns()
        let englishQueries = englishTerms.map { englishQuery($0) }
        var termsOf: [Int: [Int]] = [:]
        for (term, query) in englishQueries.enumerated() {
            if let query { termsOf[englishPatterns.add(query.pattern), default: []].append(term) }
        }
        var arabicEvidence = [Evidence](repeating: Evidence(), count: arabicPatterns.count)
        var anyNumber = [Evidence](repeating: Evidence(), count: englishTerms.count)
        var exact = [Evidence](repeating: Evidence(), count: englishTerms.count)
        try extractionPass(arabic: arabicPatterns, english: englishPatterns) { index, matches in
            for (pattern, phrase) in matches.arabic { arabicEvidence[pattern].record(sentence: index, phrase: phrase) }
            for (pattern, words, phrase) in matches.english {
                for term in termsOf[pattern] ?? [] {
                    guard let query = englishQueries[term], query.accepts(words, in: corpus, exact: false) else {
                        continue
                    }
                    anyNumber[term].record(sentence: index, phrase: phrase)
                    if query.accepts(words, in: corpus, exact: true) {
                        exact[term].record(sentence: index, phrase: phrase)
                    }
                }
            }
        }
        let englishEvidence = zip(exact, anyNumber).map { $0.occurrences >= 2 ? $0 : $1 }
        // How often each proposed phrase occurs at all, for the association score.
        let englishKeys = Array(Set(arabicEvidence.flatMap { $0.candidates.map(\.key) }))
        let arabicKeys = Array(Set(englishEvidence.flatMap { $0.candidates.map(\.key) }))
        let frequencies = try sentenceFrequencies(english: englishKeys, arabic: arabicKeys)
        let englishFrequency = Dictionary(uniqueKeysWithValues: zip(englishKeys, frequencies.english))
        let arabicFrequency = Dictionary(uniqueKeysWithValues: zip(arabicKeys, frequencies.arabic))
        let rankedArabic = arabicEvidence.map { rank($0, frequency: englishFrequency, english: true) }
        let rankedEnglish = englishEvidence.map { rank($0, frequency: arabicFrequency, english: false) }

        // Names: the Arabic spellings aligned to the English of terms whose best English is a name.
        var namePatterns = TermPatterns()
        let capitalization = capitalization()
        let nameIndex = rankedArabic.map { ranked -> Int? in
            guard let best = ranked.first, isProperName(best.candidate.key, capitalization: capitalization) else {
                return nil
            }
            return namePatterns.add(best.candidate.key)
        }
        var nameEvidence = [Evidence](repeating: Evidence(), count: namePatterns.count)
        if namePatterns.count > 0 {
            try extractionPass(arabic: TermPatterns(), english: namePatterns) { index, matches in
                for (pattern, _, phrase) in matches.english {
                    nameEvidence[pattern].record(sentence: index, phrase: phrase)
                }
            }
        }

        // Examples, read back from the inputs.
        var needed = Set<Int>()
        for ranked in rankedArabic + rankedEnglish {
            for proposal in ranked { needed.formUnion(proposal.candidate.examples) }
        }
        let examples = try examplePairs(needed)

        func proposals(_ ranked: [Ranked]) -> [Proposal] {
            ranked.map { item in
                Proposal(
                    text: item.display, score: item.score, count: item.candidate.count,
                    examples: item.candidate.examples.compactMap { examples[$0] })
            }
        }
        var arabicResults: [TermAlignment] = []
        for (term, index) in zip(arabicTerms, arabicIndex) {
            guard let index else {
                arabicResults.append(
                    TermAlignment(
                        term: term.text, entry: term.entry, occurrences: 0, aligned: 0, proposals: [],
                        spellingVariants: []))
                continue
            }
            var variants: [String] = []
            if let name = nameIndex[index] {
                variants = spellingVariants(of: arabicPatterns.patterns[index], among: nameEvidence[name])
            }
            arabicResults.append(
                TermAlignment(
                    term: term.text, entry: term.entry, occurrences: arabicEvidence[index].occurrences,
                    aligned: arabicEvidence[index].aligned, proposals: proposals(rankedArabic[index]),
                    spellingVariants: variants))
        }
        var englishResults: [TermAlignment] = []
        for (index, term) in englishTerms.enumerated() {
            englishResults.append(
                TermAlignment(
                    term: term, entry: nil, occurrences: englishEvidence[index].occurrences,
                    aligned: englishEvidence[index].aligned, proposals: proposals(rankedEnglish[index]),
                    spellingVariants: []))
        }
        return (arabicResults, englishResults)
    }

    /// A candidate with its score and chosen spelling.
    struct Ranked {
        var candidate: Evidence.Candidate
        var score: Double
        var display: String
    }

    /// The candidates of one term, best first, at most `proposalsPerTerm`, each seen `minimumCount` times or more.
    func rank(_ evidence: Evidence, frequency: [[UInt32]: Int], english: Bool) -> [Ranked] {
        var ranked: [Ranked] = []
        for candidate in evidence.candidates where candidate.count >= options.minimumCount {
            let seen = max(frequency[candidate.key] ?? candidate.count, candidate.count)
            let score = Self.dice(candidate.count, evidence.occurrences, seen)
            let display = english ? englishDisplay(candidate) : Self.mostFrequent(candidate.displays)
            ranked.append(Ranked(candidate: candidate, score: score, display: display))
        }
        ranked.sort { ($0.score, $0.candidate.count, $1.display) > ($1.score, $1.candidate.count, $0.display) }
        return Array(ranked.prefix(options.proposalsPerTerm))
    }

    /// The Dice coefficient of a pair seen together `both` times, the parts `first` and `second` times.
    static func dice(_ both: Int, _ first: Int, _ second: Int) -> Double {
        first + second == 0 ? 0 : 2 * Double(both) / Double(first + second)
    }

    static func mostFrequent(_ displays: [String: (total: Int, inner: Int)]) -> String {
        displays.max { ($0.value.total, $1.key) < ($1.value.total, $0.key) }?.key ?? ""
    }

    /// The English spelling to propose: the one written most often inside sentences (its capitals are the term's
    /// own), then the most frequent. Singular and plural count as one phrase, the spelling keeps the number
    /// translators used.
    func englishDisplay(_ candidate: Evidence.Candidate) -> String {
        guard
            var chosen = candidate.displays.max(by: { a, b in
                (a.value.inner, a.value.total, b.key) < (b.value.inner, b.value.total, a.key)
            })
        else { return "" }
        // Written only at the start of sentences while another spelling is lower case: lower the capital.
        if chosen.value.inner == 0, let first = chosen.key.first, first.isUppercase,
            chosen.key.dropFirst().first?.isLowercase ?? false,
            candidate.displays.keys.contains(where: { $0.first?.isLowercase ?? false })
        {
            chosen.key = first.lowercased() + chosen.key.dropFirst()
        }
        return chosen.key
    }

    /// Per English alignment token, how often its uses inside sentences are capitalized, and all its uses there.
    func capitalization() -> [(capital: Int, all: Int)] {
        var counts = [(capital: Int, all: Int)](repeating: (0, 0), count: maps.englishTokens.count)
        for (surface, lemma) in maps.englishLemma.enumerated() {
            let inner = Int(corpus.english.inner[surface])
            counts[Int(lemma)].all += inner
            if corpus.english.surface.strings[surface].first?.isUppercase ?? false {
                counts[Int(lemma)].capital += inner
            }
        }
        return counts
    }

    /// Whether an English proposal is a proper name: each of its words written with a capital in at least 90% of
    /// its uses inside sentences across the corpus (Wuhan, China; not Health or Center, lower case elsewhere).
    func isProperName(_ key: [UInt32], capitalization: [(capital: Int, all: Int)]) -> Bool {
        key.allSatisfy { id in
            let counts = capitalization[Int(id)]
            return maps.englishTokens[id].first?.isLetter ?? false && counts.all > 0
                && 10 * counts.capital >= 9 * counts.all
        }
    }

    /// Arabic spellings aligned to a name that differ from the term only in spelling: as many words, each close
    /// to the term's (Jaro–Winkler ≥ 0.85 on the `match` forms) and not the term's word with an ending added or
    /// taken away (الصيني, الصينية are adjectives of الصين), seen twice or more. Hyphens count as spaces.
    func spellingVariants(of pattern: [UInt32], among evidence: Evidence) -> [String] {
        func words(_ key: [UInt32]) -> [String] {
            key.map { maps.arabicTokens[$0] }.filter { $0 != "-" }
        }
        let term = words(pattern)
        var variants: [(String, Int)] = []
        for candidate in evidence.candidates where candidate.count >= 2 {
            let form = words(candidate.key)
            guard form != term, form.count == term.count,
                zip(form, term).allSatisfy({ a, b in
                    a == b || (!a.hasPrefix(b) && !b.hasPrefix(a) && JaroWinkler.similarity(a, b) >= 0.85)
                })
            else { continue }
            variants.append((Self.mostFrequent(candidate.displays), candidate.count))
        }
        return variants.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.map(\.0)
    }
}

public import DragomanGlossary

extension ParallelAligner {
    /// How each glossary entry seen in the Arabic side is followed on the English side.
    ///
    /// A pair follows the entry when its English contains one of the entry's English forms (plural and possessive
    /// allowed, anywhere in the sentence, whatever the alignment says). Where it does not, the phrase the Arabic
    /// form was aligned to is the rendering the translator used instead. An entry whose most frequent other
    /// rendering is used more often than the approved English is `outdated`; one followed in fewer than half of its
    /// pairs is `weak`. Entries never seen are left out; the result is in glossary order.
    public func check(_ glossary: Glossary) throws(AlignerError) -> [EntryCheck] {
        var arabicPatterns = TermPatterns(skippable: maps.isClitic)
        var englishPatterns = TermPatterns()
        // Pattern → entries, and entry → its English forms as queries.
        var entriesOf: [Int: [Int]] = [:]
        var englishOf: [[(pattern: Int, query: EnglishQuery)]] = []
        for (number, entry) in glossary.entries.enumerated() {
            var seen = Set<Int>()
            for form in entry.arabicForms where !form.isEmpty {
                guard let pattern = arabicPattern(form) else { continue }
                let index = arabicPatterns.add(pattern)
                if seen.insert(index).inserted { entriesOf[index, default: []].append(number) }
            }
            englishOf.append(
                entry.englishForms.filter { !$0.isEmpty }.compactMap { form in
                    englishQuery(form).map { (englishPatterns.add($0.pattern), $0) }
                })
        }
        var seen = [Int](repeating: 0, count: glossary.entries.count)
        var approved = [Int](repeating: 0, count: glossary.entries.count)
        var renderings = [Evidence](repeating: Evidence(), count: glossary.entries.count)
        try extractionPass(arabic: arabicPatterns, english: englishPatterns) { index, matches in
            var counted = Set<Int>()
            var phrases: [Int: [Phrase]] = [:]
            for (pattern, phrase) in matches.arabic {
                for entry in entriesOf[pattern] ?? [] {
                    counted.insert(entry)
                    if let phrase { phrases[entry, default: []].append(phrase) }
                }
            }
            for entry in counted {
                seen[entry] += 1
                let followed = matches.english.contains { pattern, words, _ in
                    englishOf[entry].contains {
                        $0.pattern == pattern && $0.query.accepts(words, in: corpus, exact: false)
                    }
                }
                if followed {
                    approved[entry] += 1
                } else {
                    let found = phrases[entry] ?? []
                    if found.isEmpty { renderings[entry].record(sentence: index, phrase: nil) }
                    for phrase in found { renderings[entry].record(sentence: index, phrase: phrase) }
                }
            }
        }
        var needed = Set<Int>()
        var ranked: [Int: [Ranked]] = [:]
        for entry in glossary.entries.indices where seen[entry] > 0 {
            let items = renderings[entry].candidates.map { candidate in
                Ranked(
                    candidate: candidate, score: Double(candidate.count) / Double(seen[entry]),
                    display: englishDisplay(candidate))
            }.sorted { ($0.candidate.count, $1.display) > ($1.candidate.count, $0.display) }
            ranked[entry] = Array(items.prefix(options.proposalsPerTerm))
            for item in ranked[entry]! { needed.formUnion(item.candidate.examples) }
        }
        let examples = try examplePairs(needed)
        var result: [EntryCheck] = []
        for (number, entry) in glossary.entries.enumerated() where seen[number] > 0 {
            let others = (ranked[number] ?? []).map { item in
                Proposal(
                    text: item.display, score: item.score, count: item.candidate.count,
                    examples: item.candidate.examples.compactMap { examples[$0] })
            }
            let verdict: EntryCheck.Verdict
            if let top = others.first, top.count > approved[number] {
                verdict = .outdated
            } else if 2 * approved[number] < seen[number] {
                verdict = .weak
            } else {
                verdict = .ok
            }
            result.append(
                EntryCheck(
                    entry: entry, seen: seen[number], approved: approved[number], renderings: others, verdict: verdict))
        }
        return result
    }
}

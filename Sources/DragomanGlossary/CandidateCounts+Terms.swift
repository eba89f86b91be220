import DragomanText

extension CandidateCounts {
    /// A candidate's counts keyed by lemma ids, its spellings as ids (`texts` ids, or past them the first words
    /// without their clitics).
    private struct Total {
        var frequency = 0
        var spellings: [[Int32]: Int] = [:]
        var first: Position
        var example: Int32 = -1
        var exampleAt: Position

        init(at position: Position) {
            first = position
            exampleAt = position
        }

        mutating func add(_ gram: Gram, spelling: [Int32]) {
            frequency += gram.frequency
            spellings[spelling, default: 0] += gram.frequency
            if gram.first < first { first = gram.first }
            if gram.example >= 0, example < 0 || gram.exampleAt < exampleAt {
                example = gram.example
                exampleAt = gram.exampleAt
            }
        }
    }

    /// The candidates' counts for ranking, keyed by lemma key, for n-grams of up to `longest` words and with the
    /// keys of glossary concepts' forms (which are noun phrases whatever their shape).
    ///
    /// With the vocabulary known, each raw n-gram becomes a candidate's occurrences, or nothing: it is dropped when
    /// a word after its first opens a phrase (the phrase's run ends before that word); its first word loses its
    /// clitics; it must be a noun phrase or a concept's form. Counts of one key add up and its earliest example
    /// wins. Its earliest occurrence orders it among candidates of equal C-value, in the order the extractor has
    /// always counted them: phrase run by phrase run, and in a run by length, then by start. So an occurrence's place
    /// is its raw run, where its phrase's run starts in it (which depends on the vocabulary), its length and its
    /// offset.
    func totals(longest: Int, concepts: [String: Int]) -> [UTF8Key: CandidateExtractor.Count] {
        var vocabulary = Set<UTF8Key>(minimumCapacity: words.count)
        for word in words { vocabulary.insert(UTF8Key(word)) }
        var candidateWords = CandidateWords(clitics: BatchClitics(vocabulary: vocabulary))
        let conceptKeys = candidateWords.conceptKeys(concepts)
        var entryIDs = [Int32](repeating: -1, count: words.count)
        func entry(_ word: Int32) -> CandidateWords.Entry {
            if entryIDs[Int(word)] < 0 { entryIDs[Int(word)] = candidateWords.entryID(words[Int(word)]) }
            return candidateWords.entries[Int(entryIDs[Int(word)])]
        }
        // A first word's spelling without its clitics, as an id past `texts` (or its own when it keeps them).
        var firstSpellings = [Int32](repeating: -1, count: texts.count)
        var droppedIDs: [UTF8Key: Int32] = [:]
        var dropped: [String] = []
        var totals: [[Int32]: Total] = [:]
        var key: [Int32] = []
        var rest: [PhraseWord] = []
        var spelling: [Int32] = []
        var forms: [Int32] = []
        for node in grams.indices where grams.length(of: node) <= longest {
            let gram = grams[node]
            guard gram.frequency > 0 else { continue }
            grams.words(of: node, into: &forms)
            let first = entry(formWords[Int(forms[0])])
            rest.removeAll(keepingCapacity: true)
            var opens = false
            for form in forms.dropFirst() {
                let word = entry(formWords[Int(form)])
                opens = opens || word.opens
                rest.append(word.following)
            }
            guard !opens else { continue }
            key.removeAll(keepingCapacity: true)
            key.append(first.first.lemma)
            for word in rest { key.append(word.lemma) }
            guard conceptKeys.contains(key) || CandidateExtractor.isNounPhrase(first: first.first, rest: rest[...])
            else { continue }
            let form = Int(forms[0])
            if firstSpellings[form] < 0 {
                if first.spellingDrop == 0 && first.spellingPrefix.isEmpty {
                    firstSpellings[form] = Int32(form)
                } else {
                    let text = CandidateExtractor.dropLetters(
                        texts[form], count: first.spellingDrop, prefix: first.spellingPrefix)
                    if let id = droppedIDs[UTF8Key(text)] {
                        firstSpellings[form] = id
                    } else {
                        let id = Int32(texts.count + dropped.count)
                        dropped.append(text)
                        droppedIDs[UTF8Key(text)] = id
                        firstSpellings[form] = id
                    }
                }
            }
            spelling.removeAll(keepingCapacity: true)
            spelling.append(firstSpellings[form])
            spelling.append(contentsOf: forms.dropFirst())
            totals[key, default: Total(at: gram.first)].add(gram, spelling: spelling)
        }
        // Back to text, as the extractor does: keys and spellings as `String`s, counts of equal strings together.
        func text(_ spelling: Int32) -> String {
            Int(spelling) < texts.count ? texts[Int(spelling)] : dropped[Int(spelling) - texts.count]
        }
        // Keyed by bytes: the names are `match` forms, and `String` keys would hash through NFC.
        var merged: [UTF8Key: (count: CandidateExtractor.Count, first: Position, exampleAt: Position, length: Int)] =
            [:]
        for (ids, total) in totals {
            let name = UTF8Key(ids.map { candidateWords.lemmas[Int($0)] }.joined(separator: " "))
            var sum =
                merged[name] ?? (CandidateExtractor.Count(), total.first, total.exampleAt, ids.count)
            sum.count.frequency += total.frequency
            for (spelling, n) in total.spellings {
                sum.count.spellings[UTF8Key(spelling.map(text).joined(separator: " ")), default: 0] += n
            }
            if total.first < sum.first { sum.first = total.first }
            if total.example >= 0, sum.count.example.isEmpty || total.exampleAt < sum.exampleAt {
                sum.count.example = examples[Int(total.example)]
                sum.exampleAt = total.exampleAt
            }
            merged[name] = sum
        }
        // The extractor's order of first occurrences, as ranks.
        func phraseStart(_ position: Position) -> Int {
            let run = runs[position.runKey]!.forms
            var start = position.offset
            while start > 0, !entry(formWords[Int(run[start])]).opens { start -= 1 }
            return start
        }
        var places: [(place: [Int], name: UTF8Key, count: CandidateExtractor.Count)] = []
        places.reserveCapacity(merged.count)
        for (name, sum) in merged {
            let first = sum.first
            places.append(([first.document, first.run, phraseStart(first), sum.length, first.offset], name, sum.count))
        }
        places.sort { $0.place.lexicographicallyPrecedes($1.place) }
        var counts: [UTF8Key: CandidateExtractor.Count] = [:]
        counts.reserveCapacity(places.count)
        for (order, place) in places.enumerated() {
            var count = place.count
            count.order = order
            counts[place.name] = count
        }
        return counts
    }
}

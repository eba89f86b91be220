import DragomanText

extension CandidateCounts {
    /// Counts the Arabic documents of `tokenized` (tokenized and exact-matched by `extractor`'s matcher) as the
    /// documents number `firstNumber`, `firstNumber + 1`, … of the whole batch.
    ///
    /// The numbers order occurrences across shards, so that the earliest example and the ranking's ties come out as
    /// for the whole batch; a document must be added once, in one state. The extractor's `maximumLength` must be the
    /// one every shard and the ranking use.
    package mutating func add(_ tokenized: TokenizedBatch, firstNumber: Int, extractor: CandidateExtractor) {
        let longest = max(2, extractor.maximumLength)
        if maximumLength == 0 { maximumLength = longest }
        precondition(maximumLength == longest, "counts of n-grams of up to \(maximumLength) words, not \(longest)")
        var run: [Int32] = []
        var key: [Int32] = []
        for (index, (document, parts)) in zip(tokenized.documents, tokenized.parts).enumerated()
        where document.language == "ar" {
            var at = RunKey(document: firstNumber + index, run: 0)
            for part in parts {
                let tokens = part.tokens
                let hits =
                    part.segment.language == "en"
                    ? extractor.matcher.matchTokens(part.bytes, english: false) : part.exact
                var covered = [Bool](repeating: false, count: tokens.count)
                for hit in hits {
                    for i in hit.start..<hit.end { covered[i] = true }
                }
                // The segment's example, interned when a run first needs it (-1: none).
                var example: Int32?
                func close() {
                    if run.count >= 2 {
                        if example == nil {
                            let text = part.segment.kind == .sentence ? part.segment.singleLineText : ""
                            example = text.isEmpty ? -1 : exampleID(text)
                        }
                        count(Run(forms: run, example: example ?? -1), at: at, key: &key)
                        at.run += 1
                    }
                    run.removeAll(keepingCapacity: true)
                }
                for (i, token) in tokens.enumerated() {
                    guard token.kind == .word else {
                        close()
                        continue
                    }
                    let word = wordID(token.match)
                    guard !covered[i] else {
                        close()
                        continue
                    }
                    let facts = runFacts(word)
                    let pronoun =
                        TokenBytes.endsWithTehMarbuta(token.text) ? facts.pronoun.tehMarbuta : facts.pronoun.plain
                    guard facts.runWord, !pronoun else {
                        close()
                        continue
                    }
                    if facts.opens { close() }
                    run.append(formID(token.text, word: word))
                }
                close()
            }
        }
    }

    /// Counts the n-grams of one raw run.
    private mutating func count(_ run: Run, at: RunKey, key: inout [Int32]) {
        runs[at] = run
        let forms = run.forms
        for length in 2...min(maximumLength, forms.count) {
            for start in 0...(forms.count - length) {
                key.removeAll(keepingCapacity: true)
                key.append(contentsOf: forms[start..<(start + length)])
                let position = Position(document: at.document, run: at.run, offset: start)
                grams[key, default: Gram(at: position)].add(Gram(frequency: 1, at: position, example: run.example))
            }
        }
    }

    /// Adds what `other` counted (other documents of the same batch, with the same `maximumLength`): the
    /// vocabularies join, the frequencies add up, the earliest occurrences and examples win. Merging in any order
    /// gives the same counts, and the same JSON.
    package mutating func merge(_ other: CandidateCounts) {
        if maximumLength == 0 { maximumLength = other.maximumLength }
        precondition(
            other.maximumLength == 0 || maximumLength == other.maximumLength,
            "counts of n-grams of up to \(maximumLength) words merged with counts of up to \(other.maximumLength)")
        let wordMap = other.words.map { wordID($0) }
        var formMap: [Int32] = []
        formMap.reserveCapacity(other.texts.count)
        for (text, word) in zip(other.texts, other.formWords) {
            formMap.append(formID(text, word: wordMap[Int(word)]))
        }
        let exampleMap = other.examples.map { exampleID($0) }
        for (at, run) in other.runs where runs[at] == nil {
            runs[at] = Run(
                forms: run.forms.map { formMap[Int($0)] }, example: run.example < 0 ? -1 : exampleMap[Int(run.example)])
        }
        grams.reserveCapacity(grams.count + other.grams.count)
        for (key, gram) in other.grams {
            var gram = gram
            if gram.example >= 0 { gram.example = exampleMap[Int(gram.example)] }
            grams[key.map { formMap[Int($0)] }, default: Gram(at: gram.first)].add(gram)
        }
    }
}

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
        var nodes: [Int32] = []
        var took: [Int32] = []
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
                // The segment's example sentence: nil while not needed, "" when it is in no sentence; interned only
                // when an n-gram keeps it.
                var sentence: String?
                var example: Int32?
                func close() {
                    if run.count >= 2 {
                        if sentence == nil {
                            sentence = part.segment.kind == .sentence ? part.segment.singleLineText : ""
                        }
                        count(run, at: at, sentence: sentence!, example: &example, nodes: &nodes, took: &took)
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
                    run.append(formID(token.text, word: word, match: token.match))
                }
                close()
            }
        }
    }

    /// An example id that stands, during `count`, for the run's sentence until an n-gram keeps it.
    private static let pendingExample = Int32.max

    /// Counts the n-grams of the raw run `forms` at `at`, in `sentence` ("" for none; `example` is its id once
    /// interned). Memory grows with the n-grams, never with the text: the run is kept only when an n-gram is first
    /// seen in it (the ranking and the JSON look at no other), and the sentence only when an n-gram keeps it as
    /// its example. `nodes` and `took` are scratch.
    private mutating func count(
        _ forms: [Int32], at: RunKey, sentence: String, example: inout Int32?, nodes: inout [Int32],
        took: inout [Int32]
    ) {
        took.removeAll(keepingCapacity: true)
        let offered = sentence.isEmpty ? -1 : (example ?? Self.pendingExample)
        var firstHere = false
        // By length, then by start, as ever; `nodes[start]` is the n-gram of the previous length at `start`, whose
        // node with the next word is the next n-gram's.
        nodes.removeAll(keepingCapacity: true)
        for form in forms { nodes.append(GramTable.first(form)) }
        for length in 2...min(maximumLength, forms.count) {
            for start in 0...(forms.count - length) {
                let node = grams.child(nodes[start], forms[start + length - 1])
                nodes[start] = node
                let position = Position(document: at.document, run: at.run, offset: start)
                let gram = grams.add(Gram(frequency: 1, at: position, example: offered), to: node)
                firstHere = firstHere || gram.first == position
                if offered == Self.pendingExample, gram.exampleAt == position, gram.example == offered {
                    took.append(node)
                }
            }
        }
        if !sentence.isEmpty, example == nil, firstHere || !took.isEmpty {
            let id = exampleID(sentence)
            example = id
            for node in took { grams[node].example = id }
        }
        if firstHere { runs[at] = Run(forms: forms, example: sentence.isEmpty ? -1 : example!) }
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
        // Other's nodes in their order, each prefix before its n-grams: each maps to this table's node.
        var nodeMap: [Int32] = []
        nodeMap.reserveCapacity(other.grams.indices.count)
        // The runs of `other` where an n-gram is now first seen: the only ones kept (see `count`).
        var firstSeen = Set<RunKey>()
        for node in other.grams.indices {
            let (prefix, last) = other.grams.parts(of: node)
            let mapped = grams.child(
                prefix < 0 ? GramTable.first(formMap[Int(~prefix)]) : nodeMap[Int(prefix)], formMap[Int(last)])
            nodeMap.append(mapped)
            var gram = other.grams[node]
            guard gram.frequency > 0 else { continue }
            if gram.example >= 0 { gram.example = exampleMap[Int(gram.example)] }
            if grams.add(gram, to: mapped).first == gram.first { firstSeen.insert(gram.first.runKey) }
        }
        for at in firstSeen where runs[at] == nil {
            let run = other.runs[at]!
            runs[at] = Run(
                forms: run.forms.map { formMap[Int($0)] }, example: run.example < 0 ? -1 : exampleMap[Int(run.example)])
        }
    }
}

public import DragomanText
import Foundation

/// A candidate new term: a noun phrase the glossary lacks, with its termhood.
public struct Candidate: Sendable, Hashable {
    /// The term as written (the most frequent spelling, without leading conjunctions and prepositions).
    public var text: String
    /// Its key: the light lemma of each word (`ArabicNounPhrase.lemma`), so that the forms of one term count as
    /// one (the article, sound plurals, feminine adjectives, فعلاء plurals aside).
    public var key: String
    /// Number of words.
    public var length: Int
    /// Occurrences in the batch, all forms together.
    public var frequency: Int
    /// C-value (Frantzi, Ananiadou & Mima 2000).
    public var score: Double
    /// The first sentence it occurs in.
    public var example: String
    /// The id of the glossary concept this is a form of (its key is the key of one of the concept's forms, as
    /// وزراء دفاع is of وزير الدفاع), or nil for a new term.
    public var concept: String? = nil
}

/// Extracts candidate terms from documents: noun phrases of two to four words, ranked by C-value.
///
/// Words are taken in runs between punctuation, numbers, Latin words, function words, verbs, pronoun-suffixed
/// words and text the glossary already matches; a run also ends before a word that opens with a clitic plus
/// article (وال بال لل …), which starts a new phrase. Inside a run, a candidate is a noun phrase: an iḍāfa chain or
/// a noun with its adjectives, where no word without the article follows one with it, a phrase without the article
/// ends in an adjective (مجموعة عمل مخصصة), and neither end is a general word (`ArabicStopwords.generalWords`:
/// تعزيز, دول, إطار, جديد …). The first word loses its conjunction and preposition (للتحالف → التحالف); words are
/// counted by light lemma, so المهمة العسكرية and مهام عسكرية are one candidate. Without an article, a leading
/// و ف ب ك ل counts as a clitic only when the rest occurs as a word of its own in the batch (وتعزيز → تعزيز, but
/// وزراء stays): such a word also opens a new phrase. A candidate whose key is the key of a glossary concept's form
/// is proposed as a form of that concept.
public struct CandidateExtractor {
    /// The longest candidate, in words.
    public var maximumLength = 4
    /// Minimum occurrences of a candidate.
    public var minimumFrequency = 2
    /// How many candidates to keep at most.
    public var limit = 100

    let matcher: GlossaryMatcher

    /// An extractor that skips what `matcher`'s glossary already has: the concepts it matches, and its proposed
    /// entries and variants (not matched in text, but already waiting for review, so not proposed again).
    public init(matcher: GlossaryMatcher) { self.matcher = matcher }

    struct Count {
        var frequency = 0
        var spellings: [String: Int] = [:]
        var example = ""
        var order = 0
    }

    /// A candidate's counts while the batch is read, keyed by ids: its spellings as ids of token texts.
    struct GramCount {
        var frequency = 0
        var spellings: [[Int32]: Int] = [:]
        var example = ""
        /// When it was first seen, and when its example was.
        var order = 0
        var exampleOrder = 0
    }

    /// A content segment to read: its tokens and the exact glossary hits in them.
    typealias Part = (segment: Segment, tokens: [Token], hits: [GlossaryMatcher.Hit])

    /// The candidates of a batch, best C-value first.
    public func candidates(in documents: [Document]) throws(TextError) -> [Candidate] {
        let tokenizer = try Tokenizer(locale: "ar")
        var segments: [Part] = []
        for document in documents where document.language == "ar" {
            for segment in document.content {
                let tokens = tokenizer.tokens(of: segment)
                segments.append((segment, tokens, matcher.matchTokens(tokens, english: false)))
            }
        }
        return candidates(segments)
    }

    /// The candidates of a batch already tokenized and exact-matched by the same matcher: its Arabic documents'
    /// segments, with the hits found by Arabic rules (matched again only for a segment in English).
    package func candidates(in tokenized: TokenizedBatch) -> [Candidate] {
        var segments: [Part] = []
        for (document, parts) in zip(tokenized.documents, tokenized.parts) where document.language == "ar" {
            for part in parts {
                let english = part.segment.language == "en"
                segments.append(
                    (part.segment, part.tokens, english ? matcher.matchTokens(part.bytes, english: false) : part.exact))
            }
        }
        return candidates(segments)
    }

    /// The candidates from the Arabic content segments of a batch, each with its tokens and exact glossary hits.
    func candidates(_ segments: [Part]) -> [Candidate] {
        var vocabulary = Set<UTF8Key>()
        for (_, tokens, _) in segments {
            for token in tokens where token.kind == .word { vocabulary.insert(UTF8Key(token.match)) }
        }
        var words = CandidateWords(clitics: BatchClitics(vocabulary: vocabulary))
        let concepts = matcher.conceptLemmaKeys()
        let conceptKeys = words.conceptKeys(concepts)
        var spellingIDs: [UTF8Key: Int32] = [:]
        var spellings: [String] = []
        func spellingID(_ text: String) -> Int32 {
            if let id = spellingIDs[UTF8Key(text)] { return id }
            spellings.append(text)
            spellingIDs[UTF8Key(text)] = Int32(spellings.count - 1)
            return Int32(spellings.count - 1)
        }
        var counts: [[Int32]: GramCount] = [:]
        var order = 0
        var wordIDs: [Int32] = []
        var key: [Int32] = []
        var spelling: [Int32] = []
        for (segment, tokens, hits) in segments {
            var covered = [Bool](repeating: false, count: tokens.count)
            for hit in hits {
                for i in hit.start..<hit.end { covered[i] = true }
            }
            let example = segment.kind == .sentence ? segment.singleLineText : ""
            for run in words.runs(tokens, covered: covered, words: &wordIDs) {
                let entries = run.map { words.entries[Int(wordIDs[$0])] }
                let following = entries.map(\.following)
                let texts = run.map { spellingID(tokens[$0].text) }
                // Each word's spelling as a phrase's first word, worked out when a phrase starts there.
                var firstSpellings = [Int32](repeating: -1, count: run.count)
                for length in 2...max(2, min(maximumLength, run.count)) where length <= run.count {
                    for start in 0...(run.count - length) {
                        let first = entries[start]
                        let rest = following[(start + 1)..<(start + length)]
                        key.removeAll(keepingCapacity: true)
                        key.append(first.first.lemma)
                        for word in rest { key.append(word.lemma) }
                        // A form of a glossary concept is a noun phrase, whatever its shape (وزراء دفاع of
                        // وزير الدفاع).
                        guard conceptKeys.contains(key) || Self.isNounPhrase(first: first.first, rest: rest) else {
                            continue
                        }
                        if firstSpellings[start] < 0 {
                            firstSpellings[start] =
                                first.spellingDrop == 0 && first.spellingPrefix.isEmpty
                                ? texts[start]
                                : spellingID(
                                    Self.dropLetters(
                                        tokens[run[start]].text, count: first.spellingDrop,
                                        prefix: first.spellingPrefix))
                        }
                        spelling.removeAll(keepingCapacity: true)
                        spelling.append(firstSpellings[start])
                        spelling.append(contentsOf: texts[(start + 1)..<(start + length)])
                        Self.count(&counts[key, default: GramCount(order: order)], spelling, example, order)
                        order += 1
                    }
                }
            }
        }
        // Back to text: keys and spellings as `String`s, counts of equal strings together (none differ only in bytes
        // when the text is normalized, but `String` equality is what the ranking always used).
        var merged: [String: Count] = [:]
        var firstSeen: [String: (order: Int, example: Int)] = [:]
        for (ids, count) in counts {
            let text = ids.map { words.lemmas[Int($0)] }.joined(separator: " ")
            var total = merged[text] ?? Count(order: count.order)
            var seen = firstSeen[text] ?? (count.order, count.exampleOrder)
            total.frequency += count.frequency
            for (ids, n) in count.spellings {
                total.spellings[ids.map { spellings[Int($0)] }.joined(separator: " "), default: 0] += n
            }
            if count.order < seen.order {
                seen.order = count.order
                total.order = count.order
            }
            if !count.example.isEmpty, total.example.isEmpty || count.exampleOrder < seen.example {
                total.example = count.example
                seen.example = count.exampleOrder
            }
            merged[text] = total
            firstSeen[text] = seen
        }
        return rank(merged, concepts: concepts)
    }

    /// Counts one occurrence of a candidate.
    private static func count(_ count: inout GramCount, _ spelling: [Int32], _ example: String, _ order: Int) {
        count.frequency += 1
        count.spellings[spelling, default: 0] += 1
        if count.example.isEmpty {
            count.example = example
            count.exampleOrder = order
        }
    }

    /// Whether a word starts with a conjunction or preposition glued to the article (وال بال كال فال لل …).
    static func opensPhrase(_ word: String) -> Bool {
        ArabicClitics.readings(of: word).contains { $0.article && $0.stripped > 2 }
            || word.hasPrefix("لل")
    }

    /// The candidate key of words (`match` forms): each word's light lemma, the head's and the others'.
    static func lemmaKey(_ words: [String]) -> String {
        words.enumerated().map { ArabicNounPhrase.lemma($0.element, head: $0.offset == 0) }.joined(separator: " ")
    }

    /// Whether `words` (`match` forms, clitics off) make a noun phrase a term can be: no word without the article
    /// after one with it; without any article, an adjective last; no adjective first; no general word or function
    /// word at either end.
    package static func isNounPhrase(_ words: [String]) -> Bool {
        guard words.count >= 2 else { return false }
        let rest = words.dropFirst().map { PhraseWord(following: $0) }
        return isNounPhrase(first: PhraseWord(first: words[0]), rest: rest[...])
    }

    /// `isNounPhrase` on the facts of the words: the first, and the rest (at least one).
    static func isNounPhrase(first: PhraseWord, rest: ArraySlice<PhraseWord>) -> Bool {
        var seenDefinite = first.definite
        for word in rest {
            if seenDefinite && !word.definite { return false }
            seenDefinite = seenDefinite || word.definite
        }
        guard let last = rest.last else { return false }
        if !seenDefinite && !last.adjective { return false }
        // A nisba adjective (ـي, ـية) cannot head a phrase: it is the tail of a phrase the glossary cut off
        // (امنية ثنائية after شراكة).
        if first.nisbaHead { return false }
        if first.stopword || first.general { return false }
        return !last.stopword && !last.general
    }

    /// Drops `count` letters (with their marks) from the start of `word` and prepends `prefix`.
    package static func dropLetters(_ word: String, count: Int, prefix: String) -> String {
        var scalars = Substring(word).unicodeScalars[...]
        var dropped = 0
        while dropped < count, !scalars.isEmpty {
            scalars = scalars.dropFirst()
            dropped += 1
            while let mark = scalars.first, (0x064B...0x065F).contains(mark.value) || mark.value == 0x0640 {
                scalars = scalars.dropFirst()
            }
        }
        return prefix + String(String.UnicodeScalarView(scalars))
    }

    /// C-value ranking: C(a) = log2|a| · f(a) for terms not nested, else log2|a| · (f(a) − Σf(b)/|Ta|). Terms the
    /// glossary already holds as proposed entries or variants are ranked (they still discount the terms nested in
    /// them), then left out. A candidate that is a form of a glossary concept names that concept.
    func rank(_ counts: [String: Count], concepts: [String: Int]) -> [Candidate] {
        let multi = counts.filter { $0.value.frequency >= minimumFrequency }
        var nestedSum: [String: Int] = [:]
        var nestedCount: [String: Int] = [:]
        // Ta: the longer candidates (frequent enough themselves) that contain a, as in Frantzi et al.
        for (key, count) in multi {
            let words = key.split(separator: " ")
            guard words.count >= 3 else { continue }
            var seen = Set<String>()
            for length in 2..<words.count {
                for start in 0...(words.count - length) {
                    let sub = words[start..<(start + length)].joined(separator: " ")
                    guard multi[sub] != nil, seen.insert(sub).inserted else { continue }
                    nestedSum[sub, default: 0] += count.frequency
                    nestedCount[sub, default: 0] += 1
                }
            }
        }
        let known = matcher.proposedLemmaKeys
        var ranked: [(Candidate, Int)] = []
        for (key, count) in multi where !known.contains(key) {
            let length = Double(key.split(separator: " ").count)
            var frequency = Double(count.frequency)
            if let sum = nestedSum[key], let nested = nestedCount[key] { frequency -= Double(sum) / Double(nested) }
            let score = log2(length) * frequency
            guard score > 0 else { continue }
            let spelling = count.spellings.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            let concept = concepts[key].map { matcher.glossary.entries[$0].id }
            ranked.append(
                (
                    Candidate(
                        text: spelling, key: key, length: Int(length), frequency: count.frequency, score: score,
                        example: count.example, concept: concept), count.order
                ))
        }
        ranked.sort { ($0.0.score, -$0.1) > ($1.0.score, -$1.1) }
        return ranked.prefix(limit).map(\.0)
    }

    /// Candidates as glossary entries: `en` empty, status `proposed`; new terms get ids `cand-0001`… in rank
    /// order, a form of a glossary concept gets the concept's id (`glossary import` makes it a proposed variant).
    public static func glossary(_ candidates: [Candidate], source: String, date: String, concepts: Glossary? = nil)
        -> Glossary
    {
        var entries: [GlossaryEntry] = []
        var number = 0
        for candidate in candidates {
            var note =
                "C-value \(TermTable.format(candidate.score)), frequency \(candidate.frequency)"
                + (candidate.example.isEmpty ? "" : "; e.g. " + Escaping.tsv(candidate.example))
            let id: String
            if let concept = candidate.concept {
                id = concept
                if let entry = concepts?.entries.first(where: { $0.id == concept }) {
                    note = "a form of \(entry.ar) (\(entry.en)); " + note
                }
            } else {
                number += 1
                id = GlossaryTSV.formatID(number, prefix: "cand-")
            }
            entries.append(
                GlossaryEntry(
                    id: id, ar: candidate.text, en: "", status: .proposed, note: note, source: source, updated: date))
        }
        return Glossary(entries: entries)
    }
}

extension CandidateExtractor {
    /// The batch's candidates as a glossary TSV (`en` empty, status `proposed`), ready for `glossary import`.
    public func candidatesTSV(in documents: [Document], source: String, date: String) throws -> String {
        try GlossaryTSV.serialize(
            Self.glossary(candidates(in: documents), source: source, date: date, concepts: matcher.glossary))
    }

    /// The candidates of a batch already tokenized and exact-matched, as a glossary TSV.
    package func candidatesTSV(in tokenized: TokenizedBatch, source: String, date: String) throws -> String {
        try GlossaryTSV.serialize(
            Self.glossary(candidates(in: tokenized), source: source, date: date, concepts: matcher.glossary))
    }
}

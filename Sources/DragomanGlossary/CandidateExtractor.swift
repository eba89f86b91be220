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

    /// A candidate's counts, keyed by its lemma key, as ranking reads them.
    struct Count {
        var frequency = 0
        /// Occurrences by spelling (UTF-8 keys: `String` keys would hash through NFC).
        var spellings: [UTF8Key: Int] = [:]
        var example = ""
        /// Where it was first counted among the batch's candidates: ties in C-value keep that order.
        var order = 0
    }

    /// The candidates of a batch, best C-value first.
    public func candidates(in documents: [Document]) throws(TextError) -> [Candidate] {
        try candidates(in: TokenizedBatch(documents: documents.filter { $0.language == "ar" }, matcher: matcher))
    }

    /// The candidates of a batch already tokenized and exact-matched by the same matcher: its Arabic documents'
    /// segments, with the hits found by Arabic rules (matched again only for a segment in English). The batch is
    /// counted as one shard (`CandidateCounts`) and ranked.
    package func candidates(in tokenized: TokenizedBatch) -> [Candidate] {
        var counts = CandidateCounts()
        counts.add(tokenized, firstNumber: 0, extractor: self)
        return candidates(from: counts)
    }

    /// Whether a word starts with a conjunction or preposition glued to the article (وال بال كال فال لل …), given
    /// its letters and their clitic readings.
    static func opensPhrase(_ word: ArabicLetters, readings: [ArabicClitics.Reading]) -> Bool {
        readings.contains { $0.article && $0.stripped > 2 } || word.starts(with: lilArticle)
    }

    /// لل, ل + ال.
    static let lilArticle: [Unicode.Scalar] = ["ل", "ل"]

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
    /// Keys are compared as bytes: they are `match` forms, and `String` keys would hash through NFC.
    func rank(_ counts: [UTF8Key: Count], concepts: [String: Int]) -> [Candidate] {
        let multi = counts.filter { $0.value.frequency >= minimumFrequency }
        var nestedSum: [UTF8Key: Int] = [:]
        var nestedCount: [UTF8Key: Int] = [:]
        // Ta: the longer candidates (frequent enough themselves) that contain a, as in Frantzi et al.
        var seen = Set<UTF8Key>()
        for (key, count) in multi {
            let words = key.string.split(separator: " ")
            guard words.count >= 3 else { continue }
            seen.removeAll(keepingCapacity: true)
            for length in 2..<words.count {
                for start in 0...(words.count - length) {
                    let sub = UTF8Key(words[start..<(start + length)].joined(separator: " "))
                    guard multi[sub] != nil, seen.insert(sub).inserted else { continue }
                    nestedSum[sub, default: 0] += count.frequency
                    nestedCount[sub, default: 0] += 1
                }
            }
        }
        let known = Set(matcher.proposedLemmaKeys.map(UTF8Key.init))
        var ranked: [(Candidate, Int)] = []
        for (name, count) in multi where !known.contains(name) {
            let key = name.string
            let length = Double(key.split(separator: " ").count)
            var frequency = Double(count.frequency)
            if let sum = nestedSum[name], let nested = nestedCount[name] { frequency -= Double(sum) / Double(nested) }
            let score = log2(length) * frequency
            guard score > 0 else { continue }
            let spelling = count.spellings.max { ($0.value, $1.key.string) < ($1.value, $0.key.string) }!.key.string
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

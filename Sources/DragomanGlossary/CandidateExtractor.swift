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
        var counts: [String: Count] = [:]
        var order = 0
        var vocabulary = Set<String>()
        for (_, tokens, _) in segments {
            for token in tokens where token.kind == .word { vocabulary.insert(token.match) }
        }
        let clitics = BatchClitics(vocabulary: vocabulary)
        let concepts = matcher.conceptLemmaKeys()
        for (segment, tokens, hits) in segments {
            var covered = [Bool](repeating: false, count: tokens.count)
            for hit in hits {
                for i in hit.start..<hit.end { covered[i] = true }
            }
            let example = segment.kind == .sentence ? segment.singleLineText : ""
            for run in runs(tokens, covered: covered, clitics: clitics) {
                let words = run.map { tokens[$0] }
                for length in 2...max(2, min(maximumLength, words.count)) where length <= words.count {
                    for start in 0...(words.count - length) {
                        let gram = Array(words[start..<(start + length)])
                        guard
                            let (key, spelling) = Self.phrase(
                                gram, clitics: clitics, concepts: concepts)
                        else { continue }
                        counts[key, default: Count(order: order)].frequency += 1
                        counts[key]!.spellings[spelling, default: 0] += 1
                        if counts[key]!.example.isEmpty { counts[key]!.example = example }
                        order += 1
                    }
                }
            }
        }
        return rank(counts, concepts: concepts)
    }

    /// Runs of candidate words: Arabic words not covered by the glossary, no function words, verbs or words with a
    /// pronoun suffix.
    func runs(_ tokens: [Token], covered: [Bool], clitics: BatchClitics) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        func close() {
            if !current.isEmpty { runs.append(current) }
            current = []
        }
        for (i, token) in tokens.enumerated() {
            let arabic = token.kind == .word && token.match.unicodeScalars.allSatisfy(ArabicClitics.isArabicLetter)
            guard arabic, !covered[i], token.match.unicodeScalars.count >= 2, !ArabicStopwords.contains(token.match),
                !ArabicNounPhrase.isVerb(token.match),
                !ArabicNounPhrase.hasPronounSuffix(
                    token.match, endsWithTehMarbuta: TokenBytes.endsWithTehMarbuta(token.text))
            else {
                close()
                continue
            }
            if !current.isEmpty, Self.opensPhrase(token.match) || clitics.proclitic(of: token.match) > 0 { close() }
            current.append(i)
        }
        close()
        return runs
    }

    /// Whether a word starts with a conjunction or preposition glued to the article (وال بال كال فال لل …).
    static func opensPhrase(_ word: String) -> Bool {
        ArabicClitics.readings(of: word).contains { $0.article && $0.stripped > 2 }
            || word.hasPrefix("لل")
    }

    /// The key and spelling of an n-gram that is a noun phrase (see the type's comment), or nil. The first word
    /// loses a conjunction and preposition before the article.
    static func phrase(_ gram: [Token], clitics: BatchClitics, concepts: [String: Int]) -> (
        key: String, spelling: String
    )? {
        var words = gram.map(\.match)
        var spellings = gram.map(\.text)
        let first = words[0]
        if let reading = ArabicClitics.readings(of: first).last(where: { $0.article }), reading.stripped > 2 {
            // (و|ف)?(ب|ك)?ال → ال ; (و|ف)?لل → ال
            words[0] = "ال" + String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(reading.stripped)))
            let lilArticle = first.unicodeScalars.dropFirst(reading.stripped - 2).starts(with: "لل".unicodeScalars)
            spellings[0] = dropLetters(
                spellings[0], count: reading.stripped - (lilArticle ? 1 : 2), prefix: lilArticle ? "ا" : "")
        } else if first.hasPrefix("لل"), first.unicodeScalars.count > 4 {
            words[0] = "ا" + String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(1)))
            spellings[0] = dropLetters(spellings[0], count: 1, prefix: "ا")
        } else if case let stripped = clitics.proclitic(of: first), stripped > 0 {
            words[0] = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(stripped)))
            spellings[0] = dropLetters(spellings[0], count: stripped, prefix: "")
        }
        let key = lemmaKey(words)
        // A form of a glossary concept is a noun phrase, whatever its shape (وزراء دفاع of وزير الدفاع).
        guard concepts[key] != nil || isNounPhrase(words) else { return nil }
        return (key, spellings.joined(separator: " "))
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
        var seenDefinite = false
        for word in words {
            let definite = ArabicNounPhrase.isDefinite(word)
            if seenDefinite && !definite { return false }
            seenDefinite = seenDefinite || definite
        }
        if !seenDefinite && !ArabicNounPhrase.isAdjective(words[words.count - 1]) { return false }
        // A nisba adjective (ـي, ـية) cannot head a phrase: it is the tail of a phrase the glossary cut off
        // (امنية ثنائية after شراكة).
        let head = ArabicNounPhrase.withoutArticle(words[0])
        if head.unicodeScalars.count >= 3 && (head.hasSuffix("ي") || head.hasSuffix("يه")) { return false }
        let first = words[0]
        let last = words[words.count - 1]
        if ArabicStopwords.contains(first) || ArabicStopwords.generalHeads.contains(ArabicNounPhrase.lemma(first)) {
            return false
        }
        return !ArabicStopwords.contains(last)
            && !ArabicStopwords.generalTails.contains(ArabicNounPhrase.lemma(last, head: false))
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

/// Decides, from the batch's own words, whether a leading و ف ب ك ل (or two of them) is a clitic.
struct BatchClitics {
    let vocabulary: Set<String>

    /// How many leading letters are clitics (0 when the rest is not a word seen in the batch).
    func proclitic(of word: String) -> Int {
        let scalars = Array(word.unicodeScalars)
        for reading in ArabicClitics.readings(of: word).reversed() where !reading.article && reading.stripped > 0 {
            guard scalars.count - reading.stripped >= 3 else { continue }
            if vocabulary.contains(String(String.UnicodeScalarView(scalars[reading.stripped...]))) {
                return reading.stripped
            }
        }
        return 0
    }
}

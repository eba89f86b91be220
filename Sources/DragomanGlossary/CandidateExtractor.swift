public import DragomanText
import Foundation

/// A candidate new term: a word sequence the glossary lacks, with its termhood.
public struct Candidate: Sendable, Hashable {
    /// The term as written (the most frequent spelling, without leading conjunctions and prepositions).
    public var text: String
    /// Its `match` form (the key it was counted by).
    public var key: String
    /// Number of words.
    public var length: Int
    /// Occurrences in the batch.
    public var frequency: Int
    /// C-value (Frantzi, Ananiadou & Mima 2000) for multiword terms; the frequency for single words.
    public var score: Double
    /// The first sentence it occurs in.
    public var example: String
}

/// Extracts candidate terms from documents: C-value for multiword terms, frequency for single words.
///
/// Words are taken in runs between punctuation, numbers, Latin words, function words and text the glossary already
/// matches; a run also ends before a word that opens with a clitic plus article (وال بال لل …), which starts a new
/// phrase. So idafa chains and noun–adjective phrases (التحالف الدولي, وزراء دفاع التحالف) come out whole, and no
/// candidate starts or ends with a function word. The first word loses its conjunction and preposition (للتحالف →
/// التحالف) so every inflected use counts for one term. Without an article, a leading و ف ب ك ل counts as a clitic
/// only when the rest occurs as a word of its own in the batch (وتعزيز → تعزيز, but وزراء stays): such a word also
/// opens a new phrase (بهزيمة ends تمسكه, ودفاع starts دفاع التحالف).
public struct CandidateExtractor {
    /// The longest candidate, in words.
    public var maximumLength = 4
    /// Minimum occurrences of a multiword candidate.
    public var minimumFrequency = 2
    /// Minimum occurrences of a single-word candidate.
    public var minimumSingleFrequency = 3
    /// How many candidates of each kind (multiword, single) to keep at most.
    public var limit = 100

    let matcher: GlossaryMatcher

    /// An extractor that skips what `matcher`'s glossary already has: the concepts it matches, and its proposed
    /// entries (not matched in text, but already waiting for review, so not proposed again).
    public init(matcher: GlossaryMatcher) { self.matcher = matcher }

    struct Count {
        var frequency = 0
        var spellings: [String: Int] = [:]
        var example = ""
        var order = 0
    }

    /// The candidates of a batch, multiword first by C-value, then single words by frequency.
    public func candidates(in documents: [Document]) throws(TextError) -> [Candidate] {
        let tokenizer = try Tokenizer(locale: "ar")
        var segments: [(segment: Segment, tokens: [Token], hits: [GlossaryMatcher.Hit])] = []
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
        var segments: [(segment: Segment, tokens: [Token], hits: [GlossaryMatcher.Hit])] = []
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
    func candidates(_ segments: [(segment: Segment, tokens: [Token], hits: [GlossaryMatcher.Hit])]) -> [Candidate] {
        var counts: [String: Count] = [:]
        var order = 0
        var vocabulary = Set<String>()
        for (_, tokens, _) in segments {
            for token in tokens where token.kind == .word { vocabulary.insert(token.match) }
        }
        let clitics = BatchClitics(vocabulary: vocabulary)
        for (segment, tokens, hits) in segments {
            var covered = [Bool](repeating: false, count: tokens.count)
            for hit in hits {
                for i in hit.start..<hit.end { covered[i] = true }
            }
            let example = segment.kind == .sentence ? segment.singleLineText : ""
            for run in runs(tokens, covered: covered, clitics: clitics) {
                let words = run.map { tokens[$0] }
                for length in 1...min(maximumLength, words.count) {
                    for start in 0...(words.count - length) {
                        let gram = Array(words[start..<(start + length)])
                        let (key, spelling) = Self.canonical(gram, clitics: clitics)
                        guard let key else { continue }
                        counts[key, default: Count(order: order)].frequency += 1
                        counts[key]!.spellings[spelling, default: 0] += 1
                        if counts[key]!.example.isEmpty { counts[key]!.example = example }
                        order += 1
                    }
                }
            }
        }
        return rank(counts)
    }

    /// Runs of candidate words: Arabic words not covered by the glossary and not function words.
    func runs(_ tokens: [Token], covered: [Bool], clitics: BatchClitics) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        func close() {
            if !current.isEmpty { runs.append(current) }
            current = []
        }
        for (i, token) in tokens.enumerated() {
            let arabic = token.kind == .word && token.match.unicodeScalars.allSatisfy(ArabicClitics.isArabicLetter)
            guard arabic, !covered[i], token.match.unicodeScalars.count >= 2, !ArabicStopwords.contains(token.match)
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

    /// The key and spelling of an n-gram: the first word without conjunction/preposition before the article.
    static func canonical(_ gram: [Token], clitics: BatchClitics) -> (String?, String) {
        var keys = gram.map(\.match)
        var spellings = gram.map(\.text)
        let first = keys[0]
        if let reading = ArabicClitics.readings(of: first).last(where: { $0.article }), reading.stripped > 2 {
            // (و|ف)?(ب|ك)?ال → ال ; (و|ف)?لل → ال
            keys[0] = "ال" + String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(reading.stripped)))
            let lilArticle = first.unicodeScalars.dropFirst(reading.stripped - 2).starts(with: "لل".unicodeScalars)
            spellings[0] = dropLetters(
                spellings[0], count: reading.stripped - (lilArticle ? 1 : 2), prefix: lilArticle ? "ا" : "")
        } else if first.hasPrefix("لل"), first.unicodeScalars.count > 4 {
            keys[0] = "ا" + String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(1)))
            spellings[0] = dropLetters(spellings[0], count: 1, prefix: "ا")
        } else if case let stripped = clitics.proclitic(of: first), stripped > 0 {
            keys[0] = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(stripped)))
            spellings[0] = dropLetters(spellings[0], count: stripped, prefix: "")
        }
        if gram.count == 1, keys[0].unicodeScalars.count < 3 { return (nil, "") }
        if ArabicStopwords.contains(keys[0]) || ArabicStopwords.contains(keys[keys.count - 1]) { return (nil, "") }
        return (keys.joined(separator: " "), spellings.joined(separator: " "))
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
    /// glossary already holds as proposed entries are ranked (they still discount the terms nested in them), then
    /// left out.
    func rank(_ counts: [String: Count]) -> [Candidate] {
        let multi = counts.filter { $0.key.contains(" ") && $0.value.frequency >= minimumFrequency }
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
        func candidate(_ key: String, _ count: Count, _ score: Double) -> Candidate {
            let spelling = count.spellings.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            return Candidate(
                text: spelling, key: key, length: key.split(separator: " ").count, frequency: count.frequency,
                score: score, example: count.example)
        }
        var multiword: [(Candidate, Int)] = []
        for (key, count) in multi where !matcher.proposedForms.contains(key) {
            let length = Double(key.split(separator: " ").count)
            var frequency = Double(count.frequency)
            if let sum = nestedSum[key], let nested = nestedCount[key] { frequency -= Double(sum) / Double(nested) }
            let score = log2(length) * frequency
            if score > 0 { multiword.append((candidate(key, count, score), count.order)) }
        }
        multiword.sort { ($0.0.score, -$0.1) > ($1.0.score, -$1.1) }
        var single: [(Candidate, Int)] = []
        for (key, count) in counts
        where !key.contains(" ") && count.frequency >= minimumSingleFrequency && !matcher.proposedForms.contains(key) {
            single.append((candidate(key, count, Double(count.frequency)), count.order))
        }
        single.sort { ($0.0.score, -$0.1) > ($1.0.score, -$1.1) }
        return multiword.prefix(limit).map(\.0) + single.prefix(limit).map(\.0)
    }

    /// Candidates as glossary entries: `en` empty, status `proposed`, ids `cand-0001`… in rank order.
    public static func glossary(_ candidates: [Candidate], source: String, date: String) -> Glossary {
        var entries: [GlossaryEntry] = []
        for (rank, candidate) in candidates.enumerated() {
            let scoreText =
                candidate.length > 1
                ? "C-value \(TermTable.format(candidate.score)), frequency \(candidate.frequency)"
                : "frequency \(candidate.frequency)"
            entries.append(
                GlossaryEntry(
                    id: GlossaryTSV.formatID(rank + 1, prefix: "cand-"), ar: candidate.text, en: "", status: .proposed,
                    note: scoreText
                        + (candidate.example.isEmpty
                            ? "" : "; e.g. " + Escaping.tsv(candidate.example)),
                    source: source,
                    updated: date))
        }
        return Glossary(entries: entries)
    }
}

extension CandidateExtractor {
    /// The batch's candidates as a glossary TSV (`en` empty, status `proposed`), ready for `glossary import`.
    public func candidatesTSV(in documents: [Document], source: String, date: String) throws -> String {
        try GlossaryTSV.serialize(Self.glossary(candidates(in: documents), source: source, date: date))
    }

    /// The candidates of a batch already tokenized and exact-matched, as a glossary TSV.
    package func candidatesTSV(in tokenized: TokenizedBatch, source: String, date: String) throws -> String {
        try GlossaryTSV.serialize(Self.glossary(candidates(in: tokenized), source: source, date: date))
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

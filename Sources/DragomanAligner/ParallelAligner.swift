public import DragomanGlossary
import DragomanText

/// Settings of the glossary aligner.
public struct AlignerOptions: Sendable {
    /// EM iterations of IBM Model 1.
    public var model1Iterations = 5
    /// EM iterations of the HMM alignment model, before the one that decodes (more made the lexical tables overfit:
    /// worse terms on TICO-19, and slower).
    public var hmmIterations = 2
    /// Proposals seen fewer times than this are dropped.
    public var minimumCount = 1
    /// How many proposals to keep per term.
    public var proposalsPerTerm = 5
    /// Candidate terms come from the Arabic side of this many first pairs (the candidate counts are held in memory).
    public var candidateSample = 50_000
    /// The longest proposed phrase, in tokens.
    public var maximumPhraseLength = 6

    /// The default settings.
    public init() {}
}

/// A term to find equivalents for, with the glossary concept it belongs to, if any.
public struct AlignmentTerm: Sendable {
    /// The term.
    public var text: String
    /// Its glossary concept.
    public var entry: GlossaryEntry?

    /// A term, optionally of a glossary concept.
    public init(_ text: String, entry: GlossaryEntry? = nil) {
        self.text = text
        self.entry = entry
    }
}

/// The glossary aligner: reads parallel text, learns a word alignment from it, and tells what each term was
/// translated as.
///
/// Building one reads every pair once (tokenizing both sides into the working file), trains IBM Model 1 and the
/// HMM model in both directions and writes the symmetrised alignment of every pair (`WordAligner`). Each question
/// after that (`align`, `check`) is a few more passes over the aligned file. Memory holds vocabularies and tables,
/// never the pairs.
public final class ParallelAligner {
    /// The inputs.
    public let sources: [ParallelSource]
    /// The settings.
    public let options: AlignerOptions
    /// Messages about input units that were skipped (TMX units without both languages, untranslated XLIFF
    /// segments).
    public let skipped: [String]
    /// Pairs left out of the alignment for their length.
    public let tooLong: Int

    let corpus: Corpus
    let maps: TokenMaps
    let aligned: RecordFile
    let extractor: PhraseExtractor

    /// The number of sentence pairs read.
    public var pairs: Int { corpus.pairs }

    /// Reads `sources`, trains the word alignment and aligns every pair.
    public init(sources: [ParallelSource], options: AlignerOptions = AlignerOptions()) throws(AlignerError) {
        self.sources = sources
        self.options = options
        let corpus = try Corpus(candidateLimit: options.candidateSample)
        var skipped: [String] = []
        for source in sources {
            skipped += try source.forEachPair { arabic, english throws(AlignerError) in
                try corpus.add(arabic: arabic, english: english)
            }
        }
        guard corpus.pairs > 0 else { throw .noPairs(files: sources.flatMap(\.files)) }
        try corpus.records.flush()
        self.corpus = corpus
        self.skipped = skipped
        maps = TokenMaps(corpus: corpus)
        var aligner = WordAligner(
            maps: maps,
            options: WordAligner.Options(
                model1Iterations: options.model1Iterations, hmmIterations: options.hmmIterations))
        let indexed = try aligner.train(corpus.records)
        aligned = try RecordFile(prefix: "aligned")
        try aligner.align(indexed, into: aligned)
        tooLong = aligner.skippedLong
        extractor = PhraseExtractor(corpus: corpus, maps: maps, maximumLength: options.maximumPhraseLength)
    }

    // MARK: Terms as token patterns

    /// The alignment tokens of an Arabic term without its clitics (so وال/بال/لل… forms match); nil when a word
    /// never occurs in the corpus.
    func arabicPattern(_ term: String) -> [UInt32]? {
        var pattern: [UInt32] = []
        for token in corpus.arabicTokenizer.tokens(of: term) {
            let pieces = token.kind == .word ? maps.segmentArabic(token.match) : [token.match]
            for piece in pieces {
                guard let id = maps.arabicTokens.lookup(piece) else { return nil }
                if !maps.isClitic[Int(id)] { pattern.append(id) }
            }
        }
        return pattern.isEmpty ? nil : pattern
    }

    /// An English term as a query: its pattern, its words as written (lower case), and which words are acronyms
    /// (all capitals: WHO matches WHO, not "who").
    struct EnglishQuery {
        var pattern: [UInt32]
        var words: [String]
        var acronym: [Bool]

        /// Whether an occurrence (surface ids) keeps the query's acronyms in capitals; `exact` also asks for the
        /// same words (so the same number).
        func accepts(_ occurrence: [UInt32], in corpus: Corpus, exact: Bool) -> Bool {
            for (k, id) in occurrence.enumerated() where k < words.count {
                if acronym[k], !ParallelAligner.isAcronym(corpus.english.surface[id]) { return false }
                if exact, corpus.english.match[Int(id)] != words[k] { return false }
            }
            return true
        }
    }

    static func isAcronym(_ word: String) -> Bool {
        word.unicodeScalars.count > 1 && word.contains(where: \.isLetter) && !word.contains(where: \.isLowercase)
    }

    /// An English term as a query; nil when a word never occurs in the corpus.
    func englishQuery(_ term: String) -> EnglishQuery? {
        var query = EnglishQuery(pattern: [], words: [], acronym: [])
        for token in corpus.englishTokenizer.tokens(of: term) {
            let piece = token.kind == .word ? maps.lemma(token.match) : token.match
            if query.pattern.isEmpty, ["the", "a", "an"].contains(piece) { continue }
            guard let id = maps.englishTokens.lookup(piece) else { return nil }
            query.pattern.append(id)
            query.words.append(token.match)
            query.acronym.append(token.kind == .word && Self.isAcronym(token.text))
        }
        return query.pattern.isEmpty ? nil : query
    }

    // MARK: Passes over the aligned pairs

    /// What one pair holds: the term occurrences on each side with the phrase they were aligned to.
    struct Matches {
        var arabic: [(pattern: Int, phrase: Phrase?)] = []
        /// With the occurrence's surface ids, to tell "vaccines" from "vaccine" and WHO from "who".
        var english: [(pattern: Int, words: [UInt32], phrase: Phrase?)] = []
    }

    /// Finds the patterns in every aligned pair and extracts their phrases; `visit` gets the pair index and matches.
    func extractionPass(
        arabic: TermPatterns, english: TermPatterns, _ visit: (Int, Matches) -> Void
    ) throws(AlignerError) {
        var pair = SentencePair()
        var links = PhraseExtractor.Links()
        var matches = Matches()
        try aligned.forEach { index, record throws(AlignerError) in
            pair.load(record, maps: maps)
            let linkStart = SentencePair.length(of: record)
            links.load(
                UnsafeBufferPointer(rebasing: record[linkStart...]), l: pair.arabic.count, m: pair.english.count)
            matches.arabic.removeAll(keepingCapacity: true)
            matches.english.removeAll(keepingCapacity: true)
            arabic.forEachMatch(in: pair.arabic) { pattern, start, end in
                matches.arabic.append((pattern, extractor.english(for: start, end, in: pair, links: links)))
            }
            english.forEachMatch(in: pair.english) { pattern, start, end in
                let words = pair.englishSurface[start..<end].map { $0 & ~Corpus.spaceBit }
                matches.english.append((pattern, words, extractor.arabic(for: start, end, in: pair, links: links)))
            }
            if !matches.arabic.isEmpty || !matches.english.isEmpty { visit(index, matches) }
        }
    }

    /// In how many pairs each key occurs (English keys on the English side, Arabic keys on the Arabic side).
    func sentenceFrequencies(english: [[UInt32]], arabic: [[UInt32]]) throws(AlignerError) -> (
        english: [Int], arabic: [Int]
    ) {
        var englishPatterns = TermPatterns()
        var arabicPatterns = TermPatterns(skippable: maps.isClitic)
        let englishIndex = english.map { englishPatterns.add($0) }
        let arabicIndex = arabic.map { arabicPatterns.add($0) }
        var englishCounts = [Int](repeating: 0, count: englishPatterns.count)
        var arabicCounts = [Int](repeating: 0, count: arabicPatterns.count)
        var englishLast = [Int](repeating: -1, count: englishPatterns.count)
        var arabicLast = [Int](repeating: -1, count: arabicPatterns.count)
        var pair = SentencePair()
        try aligned.forEach { index, record throws(AlignerError) in
            pair.load(record, maps: maps)
            englishPatterns.forEachMatch(in: pair.english) { pattern, _, _ in
                if englishLast[pattern] != index {
                    englishLast[pattern] = index
                    englishCounts[pattern] += 1
                }
            }
            arabicPatterns.forEachMatch(in: pair.arabic) { pattern, _, _ in
                if arabicLast[pattern] != index {
                    arabicLast[pattern] = index
                    arabicCounts[pattern] += 1
                }
            }
        }
        return (englishIndex.map { englishCounts[$0] }, arabicIndex.map { arabicCounts[$0] })
    }

    /// The text of the pairs with these indices, read again from the inputs.
    func examplePairs(_ indices: Set<Int>) throws(AlignerError) -> [Int: ExamplePair] {
        guard !indices.isEmpty else { return [:] }
        var found: [Int: ExamplePair] = [:]
        var index = 0
        for source in sources {
            _ = try source.forEachPair { arabic, english throws(AlignerError) in
                if indices.contains(index) {
                    found[index] = ExamplePair(number: index + 1, arabic: arabic, english: english)
                }
                index += 1
            }
        }
        return found
    }
}

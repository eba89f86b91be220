import DragomanText

/// What the noun-phrase test and the candidate key need of one word of an n-gram, as the phrase's first word or as
/// a later one (`CandidateExtractor.isNounPhrase`).
struct PhraseWord {
    /// The word's light lemma, as an id of `CandidateWords.lemmas` (-1 when not interned).
    var lemma: Int32
    /// It carries the article.
    var definite: Bool
    /// It reads as an adjective (only asked of a later word).
    var adjective: Bool
    /// It is a function word.
    var stopword: Bool
    /// Its lemma is a general word: a general head for a first word, a general tail for a later one.
    var general: Bool
    /// A first word that is a nisba adjective, which cannot head a phrase (only set for a first word).
    var nisbaHead: Bool

    /// Facts given one by one.
    init(lemma: Int32, definite: Bool, adjective: Bool, stopword: Bool, general: Bool, nisbaHead: Bool) {
        self.lemma = lemma
        self.definite = definite
        self.adjective = adjective
        self.stopword = stopword
        self.general = general
        self.nisbaHead = nisbaHead
    }

    /// The facts of `word` (`match` form, clitics off) as a phrase's first word.
    init(first word: String, lemma: Int32 = -1) {
        self.lemma = lemma
        definite = ArabicNounPhrase.isDefinite(word)
        adjective = ArabicNounPhrase.isAdjective(word)
        stopword = ArabicStopwords.contains(word)
        general = ArabicStopwords.generalHeads.contains(ArabicNounPhrase.lemma(word))
        let head = ArabicNounPhrase.withoutArticle(word)
        nisbaHead = head.unicodeScalars.count >= 3 && (head.hasSuffix("ي") || head.hasSuffix("يه"))
    }

    /// The facts of `word` (`match` form) after a phrase's first word.
    init(following word: String, lemma: Int32 = -1) {
        self.lemma = lemma
        definite = ArabicNounPhrase.isDefinite(word)
        adjective = ArabicNounPhrase.isAdjective(word)
        stopword = ArabicStopwords.contains(word)
        general = ArabicStopwords.generalTails.contains(ArabicNounPhrase.lemma(word, head: false))
        nisbaHead = false
    }
}

/// The candidate extractor's facts about each distinct word of a batch, worked out once per word instead of once
/// per occurrence and n-gram, and keyed by the word's UTF-8 bytes (`match` forms are normalized, so byte equality is
/// `String` equality without its Unicode hashing). Lemmas get small integer ids, so an n-gram's key is a few
/// integers until the candidates are ranked.
struct CandidateWords {
    /// One distinct word that can be in a run.
    struct Entry {
        /// It starts a new phrase: a clitic glued to the article, or a clitic before a word of the batch.
        var opens: Bool
        /// Its facts after a phrase's first word.
        var following: PhraseWord
        /// Its facts as a phrase's first word, once its conjunction and preposition are off.
        var first: PhraseWord
        /// How the first word's spelling loses its clitics: letters dropped and what replaces them (0 and "" for
        /// none).
        var spellingDrop: Int
        var spellingPrefix: String
    }

    let clitics: BatchClitics
    /// The lemmas, numbered in the order first seen.
    private var lemmaNames = StringInterner()
    private var entryIDs: [UTF8Key: Int32] = [:]
    /// The words' entries by id.
    private(set) var entries: [Entry] = []

    init(clitics: BatchClitics) { self.clitics = clitics }

    /// The lemmas by id.
    var lemmas: [String] { lemmaNames.strings }

    /// The id of `lemma`, given one if new.
    mutating func lemmaID(_ lemma: String) -> Int32 {
        lemmaNames.intern(lemma).id
    }

    /// Whether `word` (`match` form) can be in a run: Arabic letters only, two or more, no function word, no verb.
    /// The batch's vocabulary plays no part.
    static func isRunWord(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy(ArabicClitics.isArabicLetter) && word.unicodeScalars.count >= 2
            && !ArabicStopwords.contains(word) && !ArabicNounPhrase.isVerb(word)
    }

    /// Whether `word` (`match` form) ends with a pronoun suffix, when its text does not end in ة, and when it does.
    static func pronoun(_ word: String) -> (plain: Bool, tehMarbuta: Bool) {
        (
            ArabicNounPhrase.hasPronounSuffix(word, endsWithTehMarbuta: false),
            ArabicNounPhrase.hasPronounSuffix(word, endsWithTehMarbuta: true)
        )
    }

    /// The lemma ids of the keys of glossary concepts' forms (`GlossaryMatcher.conceptLemmaKeys`), interned here.
    mutating func conceptKeys(_ concepts: [String: Int]) -> Set<[Int32]> {
        var keys = Set<[Int32]>()
        for key in concepts.keys {
            let lemmas = key.split(separator: " ", omittingEmptySubsequences: false)
            keys.insert(lemmas.map { lemmaID(String($0)) })
        }
        return keys
    }

    /// The id of the entry of `word` (`match` form), a word that can be in a run (`isRunWord`), worked out if new.
    mutating func entryID(_ word: String) -> Int32 {
        if let id = entryIDs[UTF8Key(word)] { return id }
        let id = Int32(entries.count)
        entries.append(entry(word))
        entryIDs[UTF8Key(word)] = id
        return id
    }

    private mutating func entry(_ word: String) -> Entry {
        let proclitic = clitics.proclitic(of: word)
        let opens = CandidateExtractor.opensPhrase(word) || proclitic > 0
        // The first word loses a conjunction and preposition before the article:
        // (و|ف)?(ب|ك)?ال → ال ; (و|ف)?لل → ال
        var first = word
        var drop = 0
        var prefix = ""
        if let reading = ArabicClitics.readings(of: word).last(where: { $0.article }), reading.stripped > 2 {
            first = "ال" + String(String.UnicodeScalarView(word.unicodeScalars.dropFirst(reading.stripped)))
            let lilArticle = word.unicodeScalars.dropFirst(reading.stripped - 2).starts(with: "لل".unicodeScalars)
            drop = reading.stripped - (lilArticle ? 1 : 2)
            prefix = lilArticle ? "ا" : ""
        } else if word.hasPrefix("لل"), word.unicodeScalars.count > 4 {
            first = "ا" + String(String.UnicodeScalarView(word.unicodeScalars.dropFirst(1)))
            drop = 1
            prefix = "ا"
        } else if proclitic > 0 {
            first = String(String.UnicodeScalarView(word.unicodeScalars.dropFirst(proclitic)))
            drop = proclitic
        }
        return Entry(
            opens: opens,
            following: PhraseWord(following: word, lemma: lemmaID(ArabicNounPhrase.lemma(word, head: false))),
            first: PhraseWord(first: first, lemma: lemmaID(ArabicNounPhrase.lemma(first))),
            spellingDrop: drop, spellingPrefix: prefix)
    }
}

/// Decides, from the batch's own words, whether a leading و ف ب ك ل (or two of them) is a clitic.
struct BatchClitics {
    /// The batch's words (`match` forms), by bytes.
    let vocabulary: Set<UTF8Key>

    /// How many leading letters are clitics (0 when the rest is not a word seen in the batch).
    func proclitic(of word: String) -> Int {
        let scalars = Array(word.unicodeScalars)
        for reading in ArabicClitics.readings(of: word).reversed() where !reading.article && reading.stripped > 0 {
            guard scalars.count - reading.stripped >= 3 else { continue }
            if vocabulary.contains(UTF8Key(String(String.UnicodeScalarView(scalars[reading.stripped...])))) {
                return reading.stripped
            }
        }
        return 0
    }
}

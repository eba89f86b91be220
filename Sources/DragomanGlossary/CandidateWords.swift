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
    init(first word: String) {
        let letters = ArabicLetters(word)
        self.init(first: letters, lemma: ArabicNounPhrase.lemma(letters), id: -1)
    }

    /// The facts of `word` as a phrase's first word, given its light lemma and the lemma's id.
    init(first word: ArabicLetters, lemma: ArabicLetters, id: Int32) {
        self.lemma = id
        definite = ArabicNounPhrase.isDefinite(word)
        adjective = ArabicNounPhrase.isAdjective(word)
        stopword = ArabicStopwords.contains(word)
        general = ArabicStopwords.generalHeads.contains(lemma)
        nisbaHead = ArabicNounPhrase.isNisba(ArabicNounPhrase.withoutArticle(word))
    }

    /// The facts of `word` (`match` form) after a phrase's first word.
    init(following word: String) {
        let letters = ArabicLetters(word)
        self.init(following: letters, lemma: ArabicNounPhrase.lemma(letters, head: false), id: -1)
    }

    /// The facts of `word` after a phrase's first word, given its light lemma (not as a head) and the lemma's id.
    init(following word: ArabicLetters, lemma: ArabicLetters, id: Int32) {
        self.lemma = id
        definite = ArabicNounPhrase.isDefinite(word)
        adjective = ArabicNounPhrase.isAdjective(word)
        stopword = ArabicStopwords.contains(word)
        general = ArabicStopwords.generalTails.contains(lemma)
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
    static func isRunWord(_ word: ArabicLetters) -> Bool {
        word.allSatisfy(ArabicClitics.isArabicLetter) && word.count >= 2 && !ArabicStopwords.contains(word)
            && !ArabicNounPhrase.isVerb(word)
    }

    /// Whether `word` (`match` form) ends with a pronoun suffix, when its text does not end in ة, and when it does.
    static func pronoun(_ word: ArabicLetters) -> (plain: Bool, tehMarbuta: Bool) {
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
        let letters = ArabicLetters(word)
        let readings = ArabicClitics.readings(of: letters)
        let proclitic = clitics.proclitic(of: letters, readings: readings)
        let opens = CandidateExtractor.opensPhrase(letters, readings: readings) || proclitic > 0
        // The first word loses a conjunction and preposition before the article:
        // (و|ف)?(ب|ك)?ال → ال ; (و|ف)?لل → ال
        var first = letters
        var drop = 0
        var prefix = ""
        if let reading = readings.last(where: { $0.article }), reading.stripped > 2 {
            first = (["ا", "ل"] + letters.dropFirst(reading.stripped))[...]
            let lilArticle = letters.dropFirst(reading.stripped - 2).starts(with: CandidateExtractor.lilArticle)
            drop = reading.stripped - (lilArticle ? 1 : 2)
            prefix = lilArticle ? "ا" : ""
        } else if letters.starts(with: CandidateExtractor.lilArticle), letters.count > 4 {
            first = (["ا"] + letters.dropFirst(1))[...]
            drop = 1
            prefix = "ا"
        } else if proclitic > 0 {
            first = letters.dropFirst(proclitic)
            drop = proclitic
        }
        let followingLemma = ArabicNounPhrase.lemma(letters, head: false)
        let firstLemma = ArabicNounPhrase.lemma(first)
        return Entry(
            opens: opens,
            following: PhraseWord(following: letters, lemma: followingLemma, id: lemmaID(followingLemma.string)),
            first: PhraseWord(first: first, lemma: firstLemma, id: lemmaID(firstLemma.string)),
            spellingDrop: drop, spellingPrefix: prefix)
    }
}

/// Decides, from the batch's own words, whether a leading و ف ب ك ل (or two of them) is a clitic.
struct BatchClitics {
    /// The batch's words (`match` forms), by bytes.
    let vocabulary: Set<UTF8Key>

    /// How many leading letters of `word` are clitics (0 when the rest is not a word seen in the batch), given the
    /// word's clitic readings.
    func proclitic(of word: ArabicLetters, readings: [ArabicClitics.Reading]) -> Int {
        for reading in readings.reversed() where !reading.article && reading.stripped > 0 {
            guard word.count - reading.stripped >= 3 else { continue }
            if vocabulary.contains(UTF8Key(word.dropFirst(reading.stripped).string)) {
                return reading.stripped
            }
        }
        return 0
    }
}

import DragomanText

/// What candidate extraction gathers from some documents of a batch, to be merged with what other shards gathered
/// from the others and ranked once (`CandidateExtractor.candidates(from:)`), with the same candidates as the whole
/// batch read at once.
///
/// The batch's vocabulary decides whether a leading و ف ب ك ل is a clitic (`BatchClitics`), which changes a word's
/// lemma, its spelling as a phrase's first word and whether it opens a new phrase; a shard cannot know it. So the
/// counts are raw: n-grams of two to `maximumLength` words over runs split only where the vocabulary plays no part
/// (non-words, words the glossary matches, function words, verbs, pronoun suffixes, a clitic glued to the article),
/// keyed by the words' spellings, each with its frequency and its earliest occurrence and example. Ranking maps them
/// to what the extractor counts, with the merged vocabulary (the `match` form of every word of the batch's Arabic
/// content, which these counts carry too).
package struct CandidateCounts: Sendable {
    /// Where an n-gram occurs: the document's number in the batch, the raw run's number in the document (in reading
    /// order, runs of two or more words), and the n-gram's first word's offset in the run. Positions compare in
    /// reading order.
    struct Position: Hashable, Comparable, Sendable {
        var document: Int
        var run: Int
        var offset: Int

        static func < (a: Position, b: Position) -> Bool {
            (a.document, a.run, a.offset) < (b.document, b.run, b.offset)
        }

        /// The raw run it is in.
        var runKey: RunKey { RunKey(document: document, run: run) }
    }

    /// A raw run: the document's number in the batch and the run's number in the document.
    struct RunKey: Hashable, Comparable, Sendable {
        var document: Int
        var run: Int

        static func < (a: RunKey, b: RunKey) -> Bool { (a.document, a.run) < (b.document, b.run) }
    }

    /// A raw run: its words' forms, and the sentence it is in (an id of `examples`, -1 when it is in no sentence).
    struct Run: Sendable {
        var forms: [Int32]
        var example: Int32
    }

    /// One raw n-gram's counts.
    struct Gram: Sendable {
        /// Occurrences.
        var frequency: Int
        /// The earliest occurrence.
        var first: Position
        /// The sentence of the earliest occurrence in a sentence (an id of `examples`), or -1 when none was.
        var example: Int32
        /// Where that occurrence is (`first` while there is no example).
        var exampleAt: Position

        /// A gram first seen at `position`, with `example` (-1 for none).
        init(frequency: Int = 0, at position: Position, example: Int32 = -1) {
            self.frequency = frequency
            first = position
            self.example = example
            exampleAt = position
        }

        /// Adds `other`'s occurrences: the frequencies add up, the earliest occurrence and example win.
        mutating func add(_ other: Gram) {
            frequency += other.frequency
            if other.first < first { first = other.first }
            if other.example >= 0, example < 0 || other.exampleAt < exampleAt {
                example = other.example
                exampleAt = other.exampleAt
            }
        }
    }

    /// What counting asks of a word (`match` form), all independent of the vocabulary.
    struct RunFacts: Sendable {
        /// It can be in a run (`CandidateWords.isRunWord`).
        var runWord: Bool
        /// It ends with a pronoun suffix, when its text does not end in ة, and when it does.
        var pronoun: (plain: Bool, tehMarbuta: Bool)
        /// It opens a phrase whatever the vocabulary: a clitic glued to the article.
        var opens: Bool
    }

    /// The longest n-gram counted, in words (0 until documents are added).
    var maximumLength = 0
    /// The `match` forms of the words of the documents' Arabic content, by id: the vocabulary.
    private var wordNames = StringInterner()
    /// Each word's facts for counting, worked out when first needed (not part of the state).
    private var facts: [RunFacts?] = []
    /// The spellings of the words in runs, by id: the token's text and its word.
    private(set) var texts: [String] = []
    private(set) var formWords: [Int32] = []
    /// Form ids by the text's UTF-8 bytes followed by the word's id (four bytes).
    private var formIDs = ByteTable()
    /// Per word id, the id of the form spelled as the word's `match` form, once looked up (-1 before): most tokens
    /// are written as their `match` form, and an array read spares them the table's lookup.
    private var plainForms: [Int32] = []
    /// Example sentences some n-gram keeps (or kept), by id.
    private var exampleTexts = StringInterner()
    /// The raw runs (of two words or more) where some n-gram was first seen: where an n-gram's earliest occurrence
    /// starts its phrase depends on the words before it in its run, under the final vocabulary. No other run is
    /// kept, so the counts grow with the n-grams, not with the text. The JSON writes each n-gram in the run where
    /// it was first seen.
    var runs: [RunKey: Run] = [:]
    /// The raw n-grams, by their words' form ids.
    var grams = GramTable()

    /// Nothing counted yet.
    package init() {}

    /// The words, by id.
    var words: [String] { wordNames.strings }

    /// The example sentences, by id.
    var examples: [String] { exampleTexts.strings }

    /// How many distinct raw n-grams are counted (for figures).
    package var gramCount: Int { grams.count }

    /// How many distinct words the documents hold (for figures).
    package var wordCount: Int { words.count }

    /// How many raw runs and example sentences are kept (for figures and tests of memory).
    package var keptCount: (runs: Int, examples: Int) { (runs.count, examples.count) }

    /// The id of the word `match`, given one if new.
    mutating func wordID(_ match: String) -> Int32 {
        let (id, isNew) = wordNames.intern(match)
        if isNew {
            facts.append(nil)
            plainForms.append(-1)
        }
        return id
    }

    /// The id of the form `text` of word `word`, given one if new.
    mutating func formID(_ text: String, word: Int32) -> Int32 {
        var text = text
        let (id, isNew) = text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 4) { key in
                for (index, byte) in bytes.enumerated() { key[index] = byte }
                for shift in 0..<4 { key[bytes.count + shift] = UInt8(truncatingIfNeeded: word >> (8 * shift)) }
                return formIDs.insert(UnsafeBufferPointer(key))
            }
        }
        if isNew {
            texts.append(text)
            formWords.append(word)
        }
        return id
    }

    /// The id of the form `text` of word `word`, whose `match` form is `match`, given one if new: the same id as
    /// `formID(_:word:)`.
    mutating func formID(_ text: String, word: Int32, match: String) -> Int32 {
        guard Self.sameBytes(text, match) else { return formID(text, word: word) }
        let known = plainForms[Int(word)]
        if known >= 0 { return known }
        let id = formID(text, word: word)
        plainForms[Int(word)] = id
        return id
    }

    /// Whether `a` and `b` hold the same UTF-8 bytes (`==` on `String` compares canonical equivalence).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in ByteTable.equal(x, y) } }
    }

    /// The id of the example sentence `text`, given one if new.
    mutating func exampleID(_ text: String) -> Int32 {
        exampleTexts.intern(text).id
    }

    /// The counting facts of word `id`, worked out if new.
    mutating func runFacts(_ id: Int32) -> RunFacts {
        if let known = facts[Int(id)] { return known }
        let word = ArabicLetters(words[Int(id)])
        let runWord = CandidateWords.isRunWord(word)
        let known = RunFacts(
            runWord: runWord, pronoun: runWord ? CandidateWords.pronoun(word) : (false, false),
            opens: runWord && CandidateExtractor.opensPhrase(word, readings: ArabicClitics.readings(of: word)))
        facts[Int(id)] = known
        return known
    }
}

public import DragomanGlossary

/// A sentence pair shown as evidence.
public struct ExamplePair: Sendable, Hashable {
    /// The pair's number in the input, counting from 1 across all inputs.
    public var number: Int
    /// The Arabic sentence.
    public var arabic: String
    /// The English sentence.
    public var english: String
}

/// One proposed equivalent of a term.
public struct Proposal: Sendable, Hashable {
    /// The equivalent, as translators wrote it.
    public var text: String
    /// Its association with the term (Dice coefficient over aligned occurrences, 0–1).
    public var score: Double
    /// How many occurrences of the term were aligned to it.
    public var count: Int
    /// Up to two sentence pairs where it was aligned to the term.
    public var examples: [ExamplePair]
}

/// What the parallel text says about one term.
public struct TermAlignment: Sendable {
    /// The term as given (Arabic for English proposals, English for Arabic ones).
    public var term: String
    /// The glossary concept the term belongs to, when it came from (or matches) the glossary.
    public var entry: GlossaryEntry?
    /// How many sentence pairs contain the term.
    public var occurrences: Int
    /// How many occurrences were aligned to a phrase.
    public var aligned: Int
    /// Proposed equivalents, best first.
    public var proposals: [Proposal]
    /// Other Arabic spellings aligned to the same English name (a term whose best English looks like a name).
    public var spellingVariants: [String]
}

/// What the parallel text says about how one glossary entry is followed (`dragoman align --check`).
public struct EntryCheck: Sendable {
    /// The verdict on an entry.
    public enum Verdict: String, Sendable {
        /// The approved English is what translators use.
        case ok
        /// The approved English appears in fewer than half of the pairs, with no single other rendering ahead.
        case weak
        /// Translators used another rendering more often than the approved English: the entry looks wrong or
        /// outdated.
        case outdated
    }

    /// The glossary entry.
    public var entry: GlossaryEntry
    /// Sentence pairs whose Arabic contains one of its Arabic forms.
    public var seen: Int
    /// Of those, pairs whose English contains one of its English forms.
    public var approved: Int
    /// What the Arabic was aligned to in the other pairs, most frequent first.
    public var renderings: [Proposal]
    /// The verdict.
    public var verdict: Verdict
}

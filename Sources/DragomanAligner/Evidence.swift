/// The phrases one term was aligned to across the corpus, counted per sentence pair.
struct Evidence {
    /// One phrase and where it was seen.
    struct Candidate {
        var key: [UInt32]
        /// Sentence pairs where the term was aligned to it.
        var count = 0
        var lastSentence = -1
        /// Each spelling as written: uses, and uses not at the start of the sentence.
        var displays: [String: (total: Int, inner: Int)] = [:]
        /// The first sentence pairs (indices from 0), at most two.
        var examples: [Int] = []
    }

    /// Sentence pairs containing the term.
    var occurrences = 0
    /// Sentence pairs where at least one occurrence was aligned to a phrase.
    var aligned = 0
    private var lastSentence = -1
    private var lastAligned = -1
    private(set) var candidates: [Candidate] = []
    private var indexOf: [[UInt32]: Int] = [:]

    /// Records one occurrence of the term in sentence pair `sentence` and the phrase it was aligned to.
    mutating func record(sentence: Int, phrase: Phrase?) {
        if lastSentence != sentence {
            occurrences += 1
            lastSentence = sentence
        }
        guard let phrase else { return }
        if lastAligned != sentence {
            aligned += 1
            lastAligned = sentence
        }
        let index: Int
        if let found = indexOf[phrase.key] {
            index = found
        } else {
            index = candidates.count
            indexOf[phrase.key] = index
            candidates.append(Candidate(key: phrase.key))
        }
        var displays = candidates[index].displays[phrase.display] ?? (0, 0)
        displays.total += 1
        if !phrase.initial { displays.inner += 1 }
        candidates[index].displays[phrase.display] = displays
        if candidates[index].lastSentence != sentence {
            candidates[index].count += 1
            candidates[index].lastSentence = sentence
            if candidates[index].examples.count < 2 { candidates[index].examples.append(sentence) }
        }
    }
}

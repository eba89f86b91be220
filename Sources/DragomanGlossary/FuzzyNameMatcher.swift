import DragomanText

/// Finds spellings of person and organization names that the glossary does not list.
///
/// Candidates come from a symmetric-deletion index (every name word of at least `minimumLength` letters and each of
/// its one-letter deletions, hashed): a text word and its own deletions hit every name word within one insertion,
/// deletion, substitution or adjacent transposition, in time independent of the glossary's size. A candidate window
/// is accepted when every word is identical, or is within one such edit of the name's word, scores at least
/// `threshold` in Jaro–Winkler and is not merely the name plus letters at the end (that is morphology: الكاظمية is a
/// district, not a spelling of الكاظمي); the whole window must score at least `threshold` too. A misspelt word needs
/// five letters after its article when it stands alone, four beside an identical word of the name.
struct FuzzyNameMatcher: Sendable {
    /// A name form: its normalized words (the first with its article).
    struct Name: Sendable {
        var ref: TermTrie.FormRef
        var words: [[Unicode.Scalar]]
    }

    /// A fuzzy hit: token range, name and score.
    struct Hit {
        var start: Int
        var end: Int
        var ref: TermTrie.FormRef
        var score: Double
    }

    struct Posting: Sendable {
        var name: Int32
        var position: Int16
        var next: Int32
    }

    /// The Jaro–Winkler score a word (and the whole name) must reach; see Docs/glossary-matching.md.
    static let threshold = 0.90
    /// Words shorter than this must match exactly (short words differ in one letter too easily: حسن/حسين).
    static let minimumLength = 5

    private(set) var names: [Name] = []
    /// The most letters of an indexed name word (at most `Limits.fuzzyWordLetters`): a text word within one edit of
    /// it has at most one letter more, so longer text words are never looked up (their deletions alone would cost
    /// time quadratic in their length).
    private(set) var longestWord = 0
    private var heads = HashIndex()
    private var postings: [Posting] = []
    private var filter = HashFilter()

    init() {}

    mutating func add(words: [String], ref: TermTrie.FormRef) {
        let scalars = words.map { Array($0.unicodeScalars) }
        guard !scalars.isEmpty, scalars.contains(where: { $0.count >= Self.minimumLength }) else { return }
        let id = Int32(names.count)
        names.append(Name(ref: ref, words: scalars))
        var keys: [UInt64] = []
        for (position, word) in words.enumerated()
        where (Self.minimumLength...Limits.fuzzyWordLetters).contains(scalars[position].count) {
            longestWord = max(longestWord, scalars[position].count)
            var copy = word
            copy.withUTF8 { Self.keys($0, into: &keys) }
            for key in keys {
                // Names are added in order, so a repeat of this name can only be the chain's head.
                if let head = heads[key], postings[Int(head)].name == id { continue }
                postings.append(Posting(name: id, position: Int16(position), next: heads[key] ?? -1))
                heads.set(key, Int32(postings.count - 1))
            }
        }
    }

    /// Prepares the lookup filter; call once after the last `add`.
    mutating func finish() {
        filter = HashFilter(capacity: heads.count)
        for key in heads.allKeys { filter.insert(key) }
    }

    /// The hash of the word and of each of its one-letter (one-scalar) deletions.
    static func keys(_ word: UnsafeBufferPointer<UInt8>, into keys: inout [UInt64]) {
        keys.removeAll(keepingCapacity: true)
        keys.append(SurfaceTable.hash(word))
        var prefix = SurfaceTable.basis
        var start = 0
        while start < word.count {
            var end = start + 1
            while end < word.count, word[end] & 0xC0 == 0x80 { end += 1 }
            keys.append(SurfaceTable.hash(UnsafeBufferPointer(rebasing: word[end...]), from: prefix))
            prefix = SurfaceTable.hash(UnsafeBufferPointer(rebasing: word[start..<end]), from: prefix)
            start = end
        }
    }

    /// Fuzzy name hits among `tokens`, skipping tokens in `covered` (exact matches), non-overlapping, best first;
    /// `memo` skips the words it knows are within one edit of no name word, and learns new ones (the hits are the
    /// same with or without it).
    func hits(in tokens: [Token], bytes: TokenBytes, covered: [Bool], memo: WordMemo? = nil) -> [Hit] {
        guard !names.isEmpty else { return [] }
        var candidates: [Hit] = []
        var readings: [(stripped: Int, article: Bool)] = []
        var keys: [UInt64] = []
        var seen: [Int32] = []
        // Arabic words of an Arabic segment: the flags of the exact pass's facts about them, in the same slot.
        let flags = WordMemo.flags(english: false, arabic: true)
        for i in 0..<tokens.count where bytes.arabic[i] && !covered[i] {
            // Letters ≥ minimumLength − 1: Arabic letters are two bytes.
            guard bytes.starts[i + 1] - bytes.starts[i] >= 2 * (Self.minimumLength - 1) else { continue }
            if let memo, memo.knows(.nearNoName, about: i, in: bytes, flags: flags) { continue }
            // Whether some name word is within one edit of a reading: if none is, the word leads nowhere anywhere.
            var near = false
            seen.removeAll(keepingCapacity: true)
            bytes.withToken(i) { ArabicClitics.readings($0, into: &readings) }
            for reading in readings where !reading.article {
                // More letters than any name word plus one: no name is one edit away (a letter is 1–4 bytes).
                guard bytes.starts[i + 1] - bytes.starts[i] - reading.stripped <= 4 * (longestWord + 1) else {
                    continue
                }
                bytes.withToken(i, skip: reading.stripped) { Self.keys($0, into: &keys) }
                var variant: [Unicode.Scalar]?
                for key in keys where filter.mayContain(key) {
                    var index = heads[key] ?? -1
                    while index >= 0 {
                        let posting = postings[Int(index)]
                        index = posting.next
                        guard !seen.contains(posting.name) else { continue }
                        seen.append(posting.name)
                        let name = names[Int(posting.name)]
                        // Cheap check of the word that hit before scoring the whole window.
                        if variant == nil {
                            variant = bytes.withToken(i, skip: reading.stripped) {
                                Array(String(decoding: $0, as: UTF8.self).unicodeScalars)
                            }
                        }
                        let expected = name.words[Int(posting.position)]
                        guard variant! == expected || Self.withinOneEdit(variant!, expected) else { continue }
                        near = true
                        let start = i - Int(posting.position)
                        guard start >= 0, start + name.words.count <= tokens.count else { continue }
                        if let score = score(name, tokens: tokens, start: start, covered: covered) {
                            candidates.append(
                                Hit(start: start, end: start + name.words.count, ref: name.ref, score: score))
                        }
                    }
                }
            }
            if let memo, !near { memo.learn(.nearNoName, about: i, in: bytes, flags: flags) }
        }
        guard !candidates.isEmpty else { return [] }
        candidates.sort {
            ($0.start, $1.end - $1.start, $1.score) < ($1.start, $0.end - $0.start, $0.score)
        }
        var result: [Hit] = []
        var end = 0
        for hit in candidates where hit.start >= end {
            result.append(hit)
            end = hit.end
        }
        return result
    }

    /// Letters of a word without its article ال.
    static func coreLength(_ word: [Unicode.Scalar]) -> Int {
        word.count >= 4 && word[0] == "ا" && word[1] == "ل" ? word.count - 2 : word.count
    }

    /// Whether `a` becomes `b` by one insertion, deletion, substitution or swap of adjacent letters.
    static func withinOneEdit(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a.count < b.count { return withinOneEdit(b, a) }
        guard a.count - b.count <= 1 else { return false }
        var prefix = 0
        while prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = a.count - prefix - suffix
        let middleB = b.count - prefix - suffix
        if middleA <= 1 && middleB <= 1 { return true }
        return middleA == 2 && middleB == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
    }

    /// The word, and the word without a leading conjunction (و ف) and/or preposition (ب ك ل); the article stays,
    /// since names carry it.
    static func withoutProclitics(_ word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var out = [word]
        for conjunction: Unicode.Scalar? in [nil, "و", "ف"] {
            var at = 0
            if let conjunction {
                guard word.first == conjunction else { continue }
                at = 1
            }
            for preposition: Unicode.Scalar? in [nil, "ب", "ك", "ل"] {
                var end = at
                if let preposition {
                    guard end < word.count, word[end] == preposition else { continue }
                    end += 1
                }
                if end > 0, word.count - end >= ArabicClitics.minimumCore { out.append(Array(word[end...])) }
            }
        }
        return out
    }

    /// The window's score against `name`, or nil when it is not a fuzzy match.
    func score(_ name: Name, tokens: [Token], start: Int, covered: [Bool]) -> Double? {
        var texts: [[Unicode.Scalar]] = []
        var differs = false
        var anchored = false  // some word is identical
        var shortestDifferingCore = Int.max
        for offset in name.words.indices {
            let index = start + offset
            let token = tokens[index]
            let expected = name.words[offset]
            guard token.kind == .word, !covered[index] else { return nil }
            let raw = Array(token.match.unicodeScalars)
            let options = offset == 0 ? Self.withoutProclitics(raw) : [raw]
            var best: (word: [Unicode.Scalar], score: Double)?
            for option in options {
                if option == expected {
                    best = (option, 1)
                    break
                }
                guard option.count >= Self.minimumLength, expected.count >= Self.minimumLength,
                    Self.withinOneEdit(option, expected), !option.starts(with: expected), !expected.starts(with: option)
                else { continue }
                let score = JaroWinkler.similarity(option, expected)
                if score >= Self.threshold, score > (best?.score ?? 0) { best = (option, score) }
            }
            guard let best else { return nil }
            if best.score < 1 {
                differs = true
                shortestDifferingCore = min(shortestDifferingCore, Self.coreLength(expected))
            } else {
                anchored = true
            }
            texts.append(best.word)
        }
        guard differs else { return nil }
        // Short words need context: alone, a misspelt word must keep 5 letters after its article (الحلق is not
        // الحلف, الناتج is not الناتو); beside an identical word (أيمن الضفدي), 4 are enough.
        guard shortestDifferingCore >= (anchored ? Self.minimumLength - 1 : Self.minimumLength) else { return nil }
        let joined = Array(texts.joined(separator: [" "]))
        let target = Array(name.words.joined(separator: [" "]))
        let score = JaroWinkler.similarity(joined, target)
        return score >= Self.threshold ? score : nil
    }
}

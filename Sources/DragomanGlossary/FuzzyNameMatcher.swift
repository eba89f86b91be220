import DragomanText

/// Finds spellings of person and organization names that the glossary does not list.
///
/// Candidates come from a symmetric-deletion index (every name word of at least `minimumLength` letters and each of
/// its one-letter deletions): a text word and its own deletions hit every name word within one insertion,
/// deletion, substitution or adjacent transposition, in time independent of the glossary's size. A candidate window
/// is accepted when every word is identical, or is within one such edit of the name's word, scores at least
/// `threshold` in Jaro–Winkler and is not merely the name plus letters at the end (that is morphology: الكاظمية is a district, not a spelling of الكاظمي).
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

    /// The Jaro–Winkler score a word (and the whole name) must reach; see Docs/glossary-matching.md.
    static let threshold = 0.90
    /// Words shorter than this must match exactly (short words differ in one letter too easily: حسن/حسين).
    static let minimumLength = 5

    private(set) var names: [Name] = []
    private var index: [String: [(name: Int32, position: Int16)]] = [:]

    init() {}

    mutating func add(words: [String], ref: TermTrie.FormRef) {
        let scalars = words.map { Array($0.unicodeScalars) }
        guard !scalars.isEmpty, scalars.contains(where: { $0.count >= Self.minimumLength }) else { return }
        let id = Int32(names.count)
        names.append(Name(ref: ref, words: scalars))
        for (position, word) in scalars.enumerated() where word.count >= Self.minimumLength {
            for key in Self.keys(word) where !(index[key]?.contains { $0.name == id } ?? false) {
                index[key, default: []].append((id, Int16(position)))
            }
        }
    }

    /// The word and each of its one-letter deletions.
    static func keys(_ word: [Unicode.Scalar]) -> [String] {
        var keys = [String(String.UnicodeScalarView(word))]
        for skip in word.indices {
            var view = String.UnicodeScalarView()
            for (i, scalar) in word.enumerated() where i != skip { view.append(scalar) }
            keys.append(String(view))
        }
        return keys
    }

    /// Fuzzy name hits among `tokens`, skipping tokens in `covered` (exact matches), non-overlapping, best first.
    func hits(in tokens: [Token], covered: [Bool]) -> [Hit] {
        guard !names.isEmpty else { return [] }
        var candidates: [Hit] = []
        for (i, token) in tokens.enumerated() where token.kind == .word && !covered[i] {
            let word = Array(token.match.unicodeScalars)
            guard word.count >= Self.minimumLength - 1 else { continue }
            var seen = Set<Int32>()
            for variant in Self.withoutProclitics(word) where variant.count >= Self.minimumLength - 1 {
                for key in Self.keys(variant) {
                    guard let postings = index[key] else { continue }
                    for (nameID, position) in postings where seen.insert(nameID).inserted {
                        let name = names[Int(nameID)]
                        let start = i - Int(position)
                        guard start >= 0, start + name.words.count <= tokens.count else { continue }
                        if let score = score(name, tokens: tokens[start..<(start + name.words.count)], covered: covered) {
                            candidates.append(Hit(start: start, end: start + name.words.count, ref: name.ref, score: score))
                        }
                    }
                }
            }
        }
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

    /// The word, and the word without a leading conjunction/preposition (the article stays: names carry it).
    static func withoutProclitics(_ word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        let text = String(String.UnicodeScalarView(word))
        var out: [[Unicode.Scalar]] = []
        for reading in ArabicClitics.readings(of: text) where !reading.article {
            out.append(Array(word[reading.stripped...]))
        }
        for reading in ArabicClitics.readings(of: text) where reading.article && reading.stripped >= 2 {
            // لل + core: the name's article was swallowed by the preposition ل.
            if word[reading.stripped - 2] == "ل" && word[reading.stripped - 1] == "ل" {
                out.append(Array("ال".unicodeScalars) + Array(word[reading.stripped...]))
            }
        }
        return out.isEmpty ? [word] : out
    }

    /// The window's score against `name`, or nil when it is not a fuzzy match.
    func score(_ name: Name, tokens: ArraySlice<Token>, covered: [Bool]) -> Double? {
        var texts: [[Unicode.Scalar]] = []
        var differs = false
        for offset in name.words.indices {
            let index = tokens.startIndex + offset
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
                    !option.starts(with: expected), !expected.starts(with: option),
                    Self.withinOneEdit(option, expected)
                else { continue }
                let score = JaroWinkler.similarity(option, expected)
                if score >= Self.threshold, score > (best?.score ?? 0) { best = (option, score) }
            }
            guard let best else { return nil }
            if best.score < 1 { differs = true }
            texts.append(best.word)
        }
        guard differs else { return nil }
        let joined = Array(texts.joined(separator: [" "]))
        let target = Array(name.words.joined(separator: [" "]))
        let score = JaroWinkler.similarity(joined, target)
        return score >= Self.threshold ? score : nil
    }
}

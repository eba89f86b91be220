public import DragomanText

/// Finds glossary concepts in running text: Arabic with clitics and allowed suffixes, English with plurals, and
/// fuzzy spellings of person and organization names.
///
/// Built once from a glossary; matching walks a trie over `match`-normalized tokens (leftmost-longest,
/// non-overlapping), so its cost depends on the text, not on the glossary's size. Reports original offsets.
public struct GlossaryMatcher: Sendable {
    /// The glossary matched against.
    public let glossary: Glossary
    var arabic = TermTrie()
    var english = TermTrie()
    var fuzzy = FuzzyNameMatcher()

    /// Builds the matcher. Throws when ICU cannot create the tokenizer.
    public init(glossary: Glossary) throws(TextError) {
        self.glossary = glossary
        let tokenizer = try Tokenizer(locale: "ar")
        for (entryIndex, entry) in glossary.entries.enumerated() {
            let inflect = Inflect(column: entry.extra["inflect"] ?? "") ?? []
            let fuzzyName = ["person", "organization"].contains(entry.domain.lowercased())
            for (formIndex, form) in entry.arabicForms.enumerated() {
                var words = tokenizer.tokens(of: form).map(\.match)
                guard !words.isEmpty else { continue }
                let ref = TermTrie.FormRef(entry: Int32(entryIndex), form: Int32(formIndex), inflect: inflect)
                if fuzzyName { fuzzy.add(words: words, ref: ref) }
                let (core, article) = ArabicClitics.splitArticle(words[0])
                words[0] = core
                arabic.insert(
                    tokens: words, article: article, ref: ref,
                    lastInflections: ArabicClitics.inflections(of: words[words.count - 1], allowing: inflect))
            }
            for (formIndex, form) in entry.englishForms.enumerated() {
                let words = tokenizer.tokens(of: form).map(\.match)
                guard let last = words.last else { continue }
                let ref = TermTrie.FormRef(entry: Int32(entryIndex), form: Int32(formIndex), inflect: .num)
                let plurals = ArabicClitics.englishPlurals(of: last).map { (surface: $0, kind: Inflect.num) }
                english.insert(tokens: words, article: false, ref: ref, lastInflections: plurals)
            }
        }
    }

    /// Every match in the document's content (boilerplate segments are skipped), in text order.
    public func matches(in document: Document, tokenizer: Tokenizer) -> [TermMatch] {
        var result: [TermMatch] = []
        for segment in document.content {
            result += matches(in: segment, tokens: tokenizer.tokens(of: segment))
        }
        return result
    }

    /// The matches of one segment, given its tokens: exact ones, then fuzzy ones on the remaining words.
    public func matches(in segment: Segment, tokens: [Token]) -> [TermMatch] {
        let english = segment.language == "en"
        let exact = matchTokens(tokens, english: english)
        var covered = [Bool](repeating: false, count: tokens.count)
        let utf8 = Array(segment.text.utf8)
        func occurrence(_ start: Int, _ end: Int, _ ref: TermTrie.FormRef, _ kind: TermMatch.Kind, _ score: Double)
            -> TermMatch
        {
            let base = segment.range.lowerBound
            var upper = tokens[end - 1].range.upperBound
            // Harakat and tatweel after the last letter belong to the word (the match form dropped them).
            while upper - base + 1 < utf8.count, utf8[upper - base] == 0xD9,
                (0x8B...0x9F).contains(utf8[upper - base + 1]) || utf8[upper - base + 1] == 0xB0
                    || utf8[upper - base + 1] == 0x80
            {
                upper += 2
            }
            let range = tokens[start].range.lowerBound..<upper
            let text = String(decoding: utf8[(range.lowerBound - base)..<(range.upperBound - base)], as: UTF8.self)
            return TermMatch(
                entry: Int(ref.entry), form: Int(ref.form), kind: kind, score: score, range: range, text: text,
                segment: segment.index)
        }
        var result: [TermMatch] = []
        for hit in exact {
            for i in hit.start..<hit.end { covered[i] = true }
            result.append(occurrence(hit.start, hit.end, hit.ref, .exact, 1))
        }
        if !english {
            for hit in fuzzy.hits(in: tokens, covered: covered) {
                result.append(occurrence(hit.start, hit.end, hit.ref, .fuzzy, hit.score))
            }
            result.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return result
    }

    /// An exact hit over tokens `start..<end`.
    package struct Hit: Sendable {
        var start: Int
        var end: Int
        var ref: TermTrie.FormRef
        var stripped: Int
        var suffixed: Bool
    }

    /// Exact leftmost-longest matches over tokens (no offsets resolved): the hot loop, also used by the benchmark.
    package func matchTokens(_ tokens: [Token], english: Bool) -> [Hit] {
        let trie = english ? self.english : self.arabic
        var result: [Hit] = []
        var i = 0
        while i < tokens.count {
            if let hit = longest(at: i, in: tokens, trie: trie, english: english) {
                result.append(hit)
                i = hit.end
            } else {
                i += 1
            }
        }
        return result
    }

    private func longest(at i: Int, in tokens: [Token], trie: TermTrie, english: Bool) -> Hit? {
        let first = tokens[i].match
        var best: Hit?
        func consider(_ hit: Hit) {
            guard let current = best else {
                best = hit
                return
            }
            if (hit.end, -hit.stripped, hit.suffixed ? 0 : 1) > (current.end, -current.stripped, current.suffixed ? 0 : 1) {
                best = hit
            }
        }
        let arabicWord = !english && tokens[i].kind == .word
            && first.unicodeScalars.first.map(ArabicClitics.isArabicLetter) == true
        if !arabicWord {
            walk(from: TermTrie.plainRoot, word: first, at: i, stripped: 0, pronounOnly: false, tokens, trie, consider)
            return best
        }
        for reading in ArabicClitics.readings(of: first) {
            let core = reading.stripped == 0 ? first : String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(reading.stripped)))
            if reading.article {
                walk(from: TermTrie.articleRoot, word: core, at: i, stripped: reading.stripped, pronounOnly: false, tokens, trie, consider)
                walk(from: TermTrie.plainRoot, word: core, at: i, stripped: reading.stripped, pronounOnly: false, tokens, trie, consider)
            } else {
                walk(from: TermTrie.plainRoot, word: core, at: i, stripped: reading.stripped, pronounOnly: false, tokens, trie, consider)
                // A pronoun suffix replaces the article: الحكومة + ه = حكومته.
                walk(from: TermTrie.articleRoot, word: core, at: i, stripped: reading.stripped, pronounOnly: true, tokens, trie, consider)
            }
        }
        return best
    }

    private func walk(
        from root: Int32, word first: String, at start: Int, stripped: Int, pronounOnly: Bool, _ tokens: [Token],
        _ trie: TermTrie, _ consider: (Hit) -> Void
    ) {
        var node = root
        var j = start
        var word = first
        while true {
            if let surfaces = trie.inflected[word] {
                for surface in surfaces {
                    guard let child = trie.child(node, surface.token), let forms = trie.forms(at: child) else { continue }
                    if pronounOnly && !(surface.kind.contains(.pron) && j == start) { continue }
                    if let form = forms.first(where: { $0.inflect.isSuperset(of: surface.kind) }) {
                        consider(Hit(start: start, end: j + 1, ref: form, stripped: stripped, suffixed: true))
                    }
                }
            }
            if pronounOnly { return }
            guard let id = trie.vocabulary[word], let child = trie.child(node, id) else { return }
            if let forms = trie.forms(at: child) {
                consider(Hit(start: start, end: j + 1, ref: forms[0], stripped: stripped, suffixed: false))
            }
            node = child
            j += 1
            guard j < tokens.count else { return }
            word = tokens[j].match
        }
    }
}

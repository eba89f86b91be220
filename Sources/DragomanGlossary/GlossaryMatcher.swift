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
        arabic.reserveCapacity(glossary.entries.count * 4)
        english.reserveCapacity(glossary.entries.count * 3)
        for (entryIndex, entry) in glossary.entries.enumerated() {
            let inflect = Inflect(column: entry.extra["inflect"] ?? "") ?? []
            let fuzzyName = Self.fuzzyDomains.contains(entry.domain) || Self.fuzzyDomains.contains(entry.domain.lowercased())
            for formIndex in 0...entry.arVariants.count {
                let form = formIndex == 0 ? entry.ar : entry.arVariants[formIndex - 1]
                var words = Self.fastWords(form) ?? tokenizer.tokens(of: form).map(\.match)
                guard !words.isEmpty else { continue }
                let ref = TermTrie.FormRef(entry: Int32(entryIndex), form: Int32(formIndex), inflect: inflect)
                if fuzzyName { fuzzy.add(words: words, ref: ref) }
                let (core, article) = ArabicClitics.splitArticle(words[0])
                words[0] = core
                arabic.insert(tokens: words, article: article, ref: ref)
            }
            for formIndex in 0...entry.enVariants.count {
                let form = formIndex == 0 ? entry.en : entry.enVariants[formIndex - 1]
                let words = Self.fastWords(form) ?? tokenizer.tokens(of: form).map(\.match)
                guard !words.isEmpty else { continue }
                let ref = TermTrie.FormRef(entry: Int32(entryIndex), form: Int32(formIndex), inflect: .num)
                english.insert(tokens: words, article: false, ref: ref)
            }
        }
        arabic.finish()
        english.finish()
        fuzzy.finish()
    }

    static let fuzzyDomains: Set<String> = ["person", "organization"]

    /// The `match` tokens of a glossary form made only of Arabic base letters or ASCII letters and spaces, folded
    /// here exactly as the match profile would (أإآ→ا, ى→ي, ة→ه, lower case); nil sends anything else to ICU.
    static func fastWords(_ form: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        var script = 0  // 1 Arabic, 2 Latin
        func close() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            script = 0
        }
        for scalar in form.unicodeScalars {
            var value = scalar.value
            let kind: Int
            switch value {
            case 0x20:
                close()
                continue
            case 0x0621...0x063A, 0x0641...0x064A:
                kind = 1
                switch value {
                case 0x0622, 0x0623, 0x0625: value = 0x0627
                case 0x0649: value = 0x064A
                case 0x0629: value = 0x0647
                default: break
                }
            case 0x61...0x7A, 0x30...0x39: kind = 2
            case 0x41...0x5A:
                kind = 2
                value += 0x20
            default: return nil
            }
            if script != 0 && script != kind { return nil }
            script = kind
            if value < 0x80 {
                current.append(UInt8(value))
            } else {
                current.append(UInt8(0xC0 | (value >> 6)))
                current.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        close()
        return words
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
        let bytes = TokenBytes(tokens)
        let exact = matchTokens(bytes, english: english)
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
            for hit in fuzzy.hits(in: tokens, bytes: bytes, covered: covered) {
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
        matchTokens(TokenBytes(tokens), english: english)
    }

    /// Reused buffers of one matching call.
    final class Scratch {
        var readings: [(stripped: Int, article: Bool)] = []
        var stems: [ArabicClitics.Stem] = []
        var englishStems: [(length: Int, y: Bool)] = []
        var bytes: [UInt8] = []
        init() {
            readings.reserveCapacity(16)
            stems.reserveCapacity(16)
            bytes.reserveCapacity(64)
        }
    }

    package func matchTokens(_ tokens: TokenBytes, english: Bool) -> [Hit] {
        let trie = english ? self.english : self.arabic
        var result: [Hit] = []
        let scratch = Scratch()
        var i = 0
        while i < tokens.count {
            if let hit = longest(at: i, in: tokens, trie: trie, english: english, scratch) {
                result.append(hit)
                i = hit.end
            } else {
                i += 1
            }
        }
        return result
    }

    private func longest(at i: Int, in tokens: TokenBytes, trie: TermTrie, english: Bool, _ scratch: Scratch) -> Hit? {
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
        if english || !tokens.arabic[i] {
            let id = tokens.withToken(i) { trie.surfaces.lookup($0, hash: tokens.hashes[i]) }
            walk(from: TermTrie.plainRoot, first: id, at: i, stripped: 0, pronounOnly: false, tokens, trie, english, scratch, consider)
            return best
        }
        tokens.withToken(i) { ArabicClitics.readings($0, into: &scratch.readings) }
        let readings = scratch.readings
        for reading in readings {
            let id = tokens.withToken(i, skip: reading.stripped) { core in
                trie.surfaces.lookup(core, hash: reading.stripped == 0 ? tokens.hashes[i] : SurfaceTable.hash(core))
            }
            if id == nil && !trie.hasInflections { continue }
            if reading.article {
                walk(from: TermTrie.articleRoot, first: id, at: i, stripped: reading.stripped, pronounOnly: false, tokens, trie, false, scratch, consider)
                walk(from: TermTrie.plainRoot, first: id, at: i, stripped: reading.stripped, pronounOnly: false, tokens, trie, false, scratch, consider)
            } else {
                walk(from: TermTrie.plainRoot, first: id, at: i, stripped: reading.stripped, pronounOnly: false, tokens, trie, false, scratch, consider)
                // A pronoun suffix replaces the article: الحكومة + ه = حكومته.
                if trie.hasInflections {
                    walk(from: TermTrie.articleRoot, first: id, at: i, stripped: reading.stripped, pronounOnly: true, tokens, trie, false, scratch, consider)
                }
            }
        }
        return best
    }

    /// Walks the trie from `root` over tokens `start…`; at every word it also tries the word's suffix readings as
    /// the last word of a form.
    private func walk(
        from root: Int32, first: Int32?, at start: Int, stripped: Int, pronounOnly: Bool, _ tokens: TokenBytes,
        _ trie: TermTrie, _ english: Bool, _ scratch: Scratch, _ consider: (Hit) -> Void
    ) {
        var node = root
        var j = start
        var surface = first
        var skip = stripped
        while true {
            if trie.hasInflections {
                suffixed(node: node, token: j, skip: skip, tokens, trie, english, scratch) { form, kind in
                    if pronounOnly && !(kind.contains(.pron) && j == start) { return }
                    consider(Hit(start: start, end: j + 1, ref: form, stripped: stripped, suffixed: true))
                }
            }
            if pronounOnly { return }
            guard let id = surface, let child = trie.child(node, id) else { return }
            if let forms = trie.forms(at: child) {
                consider(Hit(start: start, end: j + 1, ref: forms[0], stripped: stripped, suffixed: false))
            }
            node = child
            j += 1
            skip = 0
            guard j < tokens.count else { return }
            surface = tokens.withToken(j) { trie.surfaces.lookup($0, hash: tokens.hashes[j]) }
            if surface == nil && !trie.hasInflections { return }
        }
    }

    /// Calls `found` for each form ending at `node` + a stem of token `token` whose entry allows the suffix.
    @inline(__always)
    private func suffixed(
        node: Int32, token: Int, skip: Int, _ tokens: TokenBytes, _ trie: TermTrie, _ english: Bool,
        _ scratch: Scratch, _ found: (TermTrie.FormRef, Inflect) -> Void
    ) {
        tokens.withToken(token, skip: skip) { word in
            func check(_ length: Int, _ tail: [UInt8], _ kind: Inflect) {
                var hash = SurfaceTable.hash(UnsafeBufferPointer(rebasing: word[0..<length]))
                if !tail.isEmpty { hash = tail.withUnsafeBufferPointer { SurfaceTable.hash($0, from: hash) } }
                guard trie.surfaces.mayContain(hash) else { return }
                scratch.bytes.removeAll(keepingCapacity: true)
                scratch.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: word[0..<length]))
                scratch.bytes.append(contentsOf: tail)
                let id = scratch.bytes.withUnsafeBufferPointer { trie.surfaces.lookup($0, hash: hash) }
                guard let id, let child = trie.child(node, id), let forms = trie.forms(at: child),
                    let form = forms.first(where: { $0.inflect.isSuperset(of: kind) })
                else { return }
                found(form, kind)
            }
            if english {
                ArabicClitics.englishStems(of: word, into: &scratch.englishStems)
                for stem in scratch.englishStems { check(stem.length, stem.y ? [0x79] : [], .num) }
            } else {
                ArabicClitics.stems(of: word, into: &scratch.stems)
                for stem in scratch.stems { check(stem.length, stem.heh ? ArabicClitics.heh : [], stem.kind) }
            }
        }
    }
}

public import DragomanText

/// Finds glossary concepts in running text: Arabic with clitics and allowed suffixes, English with plurals, and
/// fuzzy spellings of person and organization names.
///
/// Built once from a glossary; matching walks a trie over `match`-normalized tokens (leftmost-longest,
/// non-overlapping), so its cost depends on the text, not on the glossary's size. Reports original offsets.
///
/// Only accepted concepts are matched: `preferred`, `admitted`, and `deprecated` ones (flagged with their
/// replacement). A `proposed` entry (a candidate term imported for review, often without English) is in the glossary
/// but not matched, so it never shows up in a term table, until a terminologist gives it English and status
/// `preferred` or `admitted`.
public struct GlossaryMatcher: Sendable {
    /// The glossary matched against.
    public let glossary: Glossary
    var arabic = TermTrie()
    var english = TermTrie()
    var fuzzy = FuzzyNameMatcher()
    /// The Arabic forms of the proposed entries and variants, as `match` words joined by a space: not matched, but
    /// known (the candidate extractor does not propose them again).
    package private(set) var proposedForms = Set<String>()

    /// `proposedForms` by light lemma (`ArabicNounPhrase.lemma`, word by word), as candidates are keyed.
    package var proposedLemmaKeys: Set<String> { Set(proposedForms.map(Self.lemmaKey)) }

    /// Every Arabic form of the matched concepts by light lemma, with its entry: a candidate with such a key is a
    /// form of that concept (وزراء دفاع of وزير الدفاع). Computed on demand (the candidate extractor needs it
    /// once; matching never does).
    package func conceptLemmaKeys() -> [String: Int] {
        var keys: [String: Int] = [:]
        let normalizer = Normalizer(profile: .match)
        for (index, entry) in glossary.entries.enumerated() where Self.isMatched(entry) {
            for (formIndex, form) in entry.arabicForms.enumerated()
            where entry.statusOfArabicForm(formIndex) != .proposed {
                let words =
                    Self.fastWords(form)
                    ?? TermKey.collapse(normalizer.normalize(form).text).split(
                        separator: " "
                    ).map(String.init)
                let key = Self.lemmaKey(words.joined(separator: " "))
                if keys[key] == nil { keys[key] = index }
            }
        }
        return keys
    }

    /// A form's words (`match` forms joined by a space) as a candidate key.
    static func lemmaKey(_ words: String) -> String {
        CandidateExtractor.lemmaKey(words.split(separator: " ").map(String.init))
    }

    /// Builds the matcher. Throws when ICU cannot create the tokenizer.
    public init(glossary: Glossary) throws(TextError) {
        self.glossary = glossary
        let tokenizer = try Tokenizer(locale: "ar")
        arabic.reserveCapacity(glossary.entries.count * 4)
        english.reserveCapacity(glossary.entries.count * 3)
        for (entryIndex, entry) in glossary.entries.enumerated() {
            func words(_ form: String) -> [String] { Self.fastWords(form) ?? tokenizer.tokens(of: form).map(\.match) }
            guard Self.isMatched(entry) else {
                for form in entry.arabicForms { proposedForms.insert(words(form).joined(separator: " ")) }
                continue
            }
            for form in entry.arProposed { proposedForms.insert(words(form).joined(separator: " ")) }
            let inflect = Inflect(column: entry.extra["inflect"] ?? "") ?? []
            let fuzzyName =
                Self.fuzzyDomains.contains(entry.domain) || Self.fuzzyDomains.contains(entry.domain.lowercased())
            let proper = Self.isName(entry)
            let exactTeh = Self.needsExactTeh(entry)
            for (formIndex, form) in entry.arabicForms.enumerated()
            where entry.statusOfArabicForm(formIndex) != .proposed {
                var tokens = words(form)
                guard !tokens.isEmpty else { continue }
                var ref = TermTrie.FormRef(
                    entry: Int32(entryIndex), form: Int32(formIndex), inflect: inflect, proper: proper)
                if exactTeh { ref.exactTeh = Self.tehMarbutaWords(form) }
                if fuzzyName { fuzzy.add(words: tokens, ref: ref) }
                let (core, article) = ArabicClitics.splitArticle(tokens[0])
                tokens[0] = core
                arabic.insert(tokens: tokens, article: article, ref: ref)
            }
            for phrase in entry.blockedIn {
                var tokens = words(phrase)
                guard !tokens.isEmpty else { continue }
                let ref = TermTrie.FormRef(entry: Int32(entryIndex), form: -1, inflect: [], blocker: true)
                let (core, article) = ArabicClitics.splitArticle(tokens[0])
                tokens[0] = core
                arabic.insert(tokens: tokens, article: article, ref: ref)
            }
            for (formIndex, form) in entry.englishForms.enumerated() {
                let tokens = words(form)
                guard !tokens.isEmpty else { continue }
                let ref = TermTrie.FormRef(entry: Int32(entryIndex), form: Int32(formIndex), inflect: .num)
                english.insert(tokens: tokens, article: false, ref: ref)
            }
        }
        arabic.finish()
        english.finish()
        fuzzy.finish()
    }

    static let fuzzyDomains: Set<String> = ["person", "organization"]
    /// The domains of names (entity types).
    static let nameDomains: Set<String> = ["person", "organization", "place"]

    /// Whether an entry names something (pos `properNoun`, or the domain is an entity type): a name keeps its own
    /// article, and the construct and pronoun rules of common nouns do not apply to it.
    package static func isName(_ entry: GlossaryEntry) -> Bool {
        entry.pos == "properNoun" || nameDomains.contains(entry.domain.lowercased())
    }

    /// Whether the entry asks for the exact ة (column `teh_marbuta` = `exact`): بعثة is a mission, بعثه "he sent
    /// him", so the `match` folding of ة into ه must not join them.
    package static func needsExactTeh(_ entry: GlossaryEntry) -> Bool {
        (entry.extra["teh_marbuta"] ?? "").lowercased() == "exact"
    }

    /// Bit k set when word k of `form` ends with ة (marks aside).
    static func tehMarbutaWords(_ form: String) -> UInt16 {
        var mask: UInt16 = 0
        for (k, word) in form.split(whereSeparator: { $0 == " " }).prefix(16).enumerated()
        where TokenBytes.endsWithTehMarbuta(String(word)) {
            mask |= 1 << UInt16(k)
        }
        return mask
    }

    /// Whether an entry is matched in text: every status but `proposed` (see the type's comment).
    public static func isMatched(_ entry: GlossaryEntry) -> Bool { entry.status != .proposed }

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
        let bytes = TokenBytes(tokens)
        let exact = matchTokens(bytes, english: segment.language == "en")
        return matches(in: segment, tokens: tokens, bytes: bytes, exact: exact)
    }

    /// The matches of one segment whose token bytes and exact hits are already known (`TokenizedBatch`), with the
    /// caller's `WordMemo` if it keeps one.
    func matches(in segment: Segment, tokens: [Token], bytes: TokenBytes, exact: [Hit], memo: WordMemo? = nil)
        -> [TermMatch]
    {
        let english = segment.language == "en"
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
            let entry = glossary.entries[Int(ref.entry)]
            let status =
                english ? entry.statusOfEnglishForm(Int(ref.form)) : entry.statusOfArabicForm(Int(ref.form))
            return TermMatch(
                entry: Int(ref.entry), form: Int(ref.form), kind: kind, score: score, range: range, text: text,
                segment: segment.index, status: status)
        }
        var result: [TermMatch] = []
        for hit in exact {
            for i in hit.start..<hit.end { covered[i] = true }
            // A blocking phrase covers its words and is reported as nothing.
            if hit.ref.blocker { continue }
            result.append(occurrence(hit.start, hit.end, hit.ref, .exact, 1))
        }
        if !english {
            for hit in fuzzy.hits(in: tokens, bytes: bytes, covered: covered, memo: memo) {
                result.append(occurrence(hit.start, hit.end, hit.ref, .fuzzy, hit.score))
            }
            result.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return result
    }
}

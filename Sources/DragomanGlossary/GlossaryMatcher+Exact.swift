package import DragomanText

/// The exact-matching hot loop: leftmost-longest over a segment's tokens. Each text word is read every way Arabic
/// writes a glossary word: with proclitics (first word), with the suffixes the entry allows (last word), in the
/// construct state (iḍāfa: the article dropped before a genitive, the dual and plural without their nūn), with a
/// pronoun in place of the article, and with quotes or brackets around a word inside a multiword term.
extension GlossaryMatcher {
    /// An exact hit over tokens `start..<end` (a closing quote or bracket of the term included).
    package struct Hit: Sendable {
        var start: Int
        var end: Int
        var ref: TermTrie.FormRef
        var stripped: Int
        var suffixed: Bool
        /// How many construct or pronoun readings it took (fewer is preferred on a tie).
        var rules = 0
    }

    /// Exact leftmost-longest matches over tokens (no offsets resolved): the hot loop, also used by the benchmark.
    package func matchTokens(_ tokens: [Token], english: Bool) -> [Hit] {
        matchTokens(TokenBytes(tokens), english: english)
    }

    /// Reused buffers of one matching call.
    /// (One per call, never shared, so its properties skip the runtime's exclusivity checks, which cost a tenth of
    /// the matching time; the hash constants are copied in so that the loop reads no global.)
    final class Scratch {
        @exclusivity(unchecked) var readings: [(stripped: Int, article: Bool)] = []
        @exclusivity(unchecked) var stems: [[ArabicClitics.Stem]] = [[], [], []]
        /// The token and skip each slot of `stems` holds stems of.
        @exclusivity(unchecked) var stemsOf: [(Int, Int)] = [(-1, -1), (-1, -1), (-1, -1)]
        @exclusivity(unchecked) var englishStems: [(length: Int, y: Bool)] = []
        @exclusivity(unchecked) var bytes: [UInt8] = []
        @exclusivity(unchecked) var candidates: [Hit] = []
        /// How many times the walk reached a trie node (`arrive`) since it was last reset: 0 after a word means no
        /// term starts with it.
        @exclusivity(unchecked) var arrivals = 0
        let basis = SurfaceTable.basis
        let articleHash = ArabicClitics.articleHash
        init() {
            readings.reserveCapacity(16)
            bytes.reserveCapacity(64)
            candidates.reserveCapacity(8)
        }
    }

    /// Exact leftmost-longest matches over tokens; `memo`, kept by the caller across calls, skips the words it
    /// knows start no term, and learns new ones (the hits are the same with or without it).
    package func matchTokens(_ tokens: TokenBytes, english: Bool, memo: WordMemo? = nil) -> [Hit] {
        let trie = english ? self.english : self.arabic
        var result: [Hit] = []
        let scratch = Scratch()
        var i = 0
        while i < tokens.count {
            let flags = WordMemo.flags(english: english, arabic: tokens.arabic[i])
            if let memo, memo.knows(.startsNothing, about: i, in: tokens, flags: flags) {
                i += 1
                continue
            }
            scratch.arrivals = 0
            if let hit = longest(at: i, in: tokens, trie: trie, english: english, scratch) {
                result.append(hit)
                i = hit.end
            } else {
                if let memo, scratch.arrivals == 0 { memo.learn(.startsNothing, about: i, in: tokens, flags: flags) }
                i += 1
            }
        }
        return result
    }

    /// How a word was read against a glossary word.
    enum Reading {
        /// As written (with the first word's proclitics and article as the root says).
        case plain
        /// With a suffix the entry must allow (`inflect`): the term's last word only.
        case suffix(Inflect)
        /// A pronoun in place of the article: on the last word as `suffix(.pron)` asks; on an earlier word of a
        /// common noun's term, always (أمينه العام).
        case pronoun
        /// The article dropped in the construct state: the last word, before a genitive (وزير دفاع العراق).
        case construct
        /// A dual or plural construct ending (وزيرا, مدربي, بعثتا): before a genitive on the last word, before the
        /// term's next word otherwise; the entry must allow `num`.
        case constructNumber
        /// The indefinite accusative ending ا (شريكا): a one-word common noun without the article.
        case accusative
    }

    /// Where a walk stands: the term so far, and what its readings ask of the entry it ends in.
    struct Walk {
        var start: Int
        var stripped: Int
        /// The first word was read with an article the form does not have (a name refuses it).
        var articleAdded = false
        /// A reading only common nouns allow was used on a word before the last.
        var commonOnly = false
        /// A construct number ending was used on a word before the last (the entry must allow `num`).
        var needsNumber = false
        var rules = 0
        /// A quote or bracket opened inside the term and not closed yet: its mark kind (1 quote, 2 bracket).
        var openMark: UInt8 = 0
        var quoted = false
        /// Bits over token offsets from `start`: the term's words, and those read with a suffix.
        var words: UInt64 = 0
        var suffixedWords: UInt64 = 0
    }

    private func longest(at i: Int, in tokens: TokenBytes, trie: TermTrie, english: Bool, _ scratch: Scratch) -> Hit? {
        scratch.candidates.removeAll(keepingCapacity: true)
        if english || !tokens.arabic[i] {
            step(
                from: TermTrie.plainRoot, at: i, position: 0, Walk(start: i, stripped: 0), tokens, trie, english,
                scratch)
        } else {
            tokens.withToken(i) { ArabicClitics.readings($0, into: &scratch.readings) }
            let readings = scratch.readings
            for reading in readings {
                let walk = Walk(start: i, stripped: reading.stripped)
                // The core's id, looked up once for both roots.
                let core = tokens.withToken(i, skip: reading.stripped) { core in
                    trie.surfaces.lookup(core, hash: reading.stripped == 0 ? tokens.hashes[i] : SurfaceTable.hash(core))
                }
                if reading.article {
                    // وال/بال/لل…: a form with ال, or a common noun's form without it (البعثة for بعثة).
                    step(
                        from: TermTrie.articleRoot, at: i, position: 0, walk, tokens, trie, false, scratch,
                        article: true, id: core)
                    var added = walk
                    added.articleAdded = true
                    step(
                        from: TermTrie.plainRoot, at: i, position: 0, added, tokens, trie, false, scratch,
                        article: true, id: core)
                } else {
                    step(from: TermTrie.plainRoot, at: i, position: 0, walk, tokens, trie, false, scratch, id: core)
                    // A form with ال read without it: the construct state, or a pronoun in its place.
                    step(
                        from: TermTrie.articleRoot, at: i, position: 0, walk, tokens, trie, false, scratch,
                        articleDropped: true, id: core)
                }
            }
        }
        guard var best = scratch.candidates.first else { return nil }
        for hit in scratch.candidates.dropFirst() where Self.better(hit, than: best) { best = hit }
        return best
    }

    /// Leftmost-longest, then fewer clitics, fewer construct or pronoun readings, no suffix, a form over a blocking
    /// phrase.
    static func better(_ a: Hit, than b: Hit) -> Bool {
        (a.end, -a.stripped, -a.rules, a.suffixed ? 0 : 1, a.ref.blocker ? 0 : 1)
            > (b.end, -b.stripped, -b.rules, b.suffixed ? 0 : 1, b.ref.blocker ? 0 : 1)
    }

    /// Reads token `j` (after any quote mark) as the word at `position` of a form continuing from `node`, every way
    /// it can be read; `article` says the first word's reading has the article, `articleDropped` that it is read
    /// against forms with ال without having it.
    private func step(
        from node: Int32, at j: Int, position: Int, _ walk: Walk, _ tokens: TokenBytes, _ trie: TermTrie,
        _ english: Bool, _ scratch: Scratch, article: Bool = false, articleDropped: Bool = false,
        id known: Int32?? = nil
    ) {
        guard j < tokens.count, j - walk.start < 64 else { return }
        let first = position == 0
        let skip = first ? walk.stripped : 0
        let bit = UInt64(1) << UInt64(j - walk.start)
        var word = walk
        word.words |= bit
        let plainID =
            known
            ?? tokens.withToken(j, skip: skip) { core in
                trie.surfaces.lookup(core, hash: skip == 0 ? tokens.hashes[j] : SurfaceTable.hash(core))
            }
        if !articleDropped, let id = plainID, let child = trie.child(node, id) {
            arrive(at: child, next: j + 1, position: position + 1, word, .plain, tokens, trie, english, scratch)
        }
        if english {
            if trie.hasInflections {
                suffixes(node: node, token: j, skip: 0, word, tokens, trie, true, scratch, withArticle: false)
            }
        } else if tokens.arabic[j] {
            let textArticle = first && article
            if first && articleDropped {
                // The form's first word has ال, the text's has none: article dropped (construct), or a pronoun.
                if let id = plainID, let child = trie.child(node, id) {
                    arrive(at: child, next: j + 1, position: 1, word, .construct, tokens, trie, false, scratch)
                }
                pronouns(node: node, token: j, skip: skip, word, tokens, trie, scratch, addArticle: false)
            } else if first {
                if trie.hasInflections {
                    suffixes(
                        node: node, token: j, skip: skip, word, tokens, trie, false, scratch, withArticle: textArticle)
                    if !textArticle { constructNumbers(node: node, token: j, skip: skip, word, tokens, trie, scratch) }
                }
                if !textArticle, node == TermTrie.plainRoot,
                    tokens.length(j) - skip >= 4 + 2 * ArabicClitics.minimumCore,
                    tokens.withToken(j, { $0[$0.count - 2] == 0xD8 && $0[$0.count - 1] == 0xA7 }),
                    let id = lookupStem(
                        token: j, skip: skip,
                        ArabicClitics.Stem(length: tokens.length(j) - skip - 2, heh: false, kind: []),
                        tokens, trie, scratch), let child = trie.child(node, id)
                {
                    arrive(at: child, next: j + 1, position: 1, word, .accusative, tokens, trie, false, scratch)
                }
            } else {
                // A later word: the glossary word keeps its article in the trie ("الدفاع").
                if trie.hasInflections {
                    suffixes(node: node, token: j, skip: 0, word, tokens, trie, false, scratch, withArticle: false)
                }
                if let id = lookupStem(
                    token: j, skip: 0, ArabicClitics.Stem(length: tokens.length(j), heh: false, kind: []),
                    article: true, tokens, trie, scratch), let child = trie.child(node, id)
                {
                    arrive(
                        at: child, next: j + 1, position: position + 1, word, .construct, tokens, trie, false, scratch)
                }
                pronouns(node: node, token: j, skip: 0, word, tokens, trie, scratch, addArticle: true)
            }
        }
        // A quote or bracket around a word inside the term: skip it and read the word after it.
        if !first, walk.openMark == 0, !walk.quoted, tokens.mark[j] == 1 || tokens.mark[j] == 2 {
            var quoted = walk
            quoted.openMark = tokens.mark[j]
            quoted.quoted = true
            step(from: node, at: j + 1, position: position, quoted, tokens, trie, english, scratch)
        }
    }

    /// After reading a word into `child`: a hit for each form ending there that the readings allow, then the walk
    /// goes on to the next word when the reading lets the term continue.
    private func arrive(
        at child: Int32, next: Int, position: Int, _ walk: Walk, _ reading: Reading, _ tokens: TokenBytes,
        _ trie: TermTrie, _ english: Bool, _ scratch: Scratch
    ) {
        scratch.arrivals += 1
        var walk = walk
        switch reading {
        case .plain, .suffix: break
        case .pronoun, .construct, .constructNumber, .accusative: walk.rules += 1
        }
        if let forms = trie.forms(at: child) {
            for ref in forms where accepts(ref, walk, reading, next: next, tokens) {
                var end = next
                if walk.openMark != 0 { end += 1 }
                scratch.candidates.append(
                    Hit(
                        start: walk.start, end: end, ref: ref, stripped: walk.stripped,
                        suffixed: walk.suffixedWords != 0, rules: walk.rules))
                break
            }
        }
        var onward = walk
        switch reading {
        case .plain: break
        case .pronoun:
            onward.commonOnly = true
        case .constructNumber:
            onward.commonOnly = true
            onward.needsNumber = true
        case .suffix, .construct, .accusative:
            return
        }
        guard trie.hasChildren(child) else { return }
        var j = next
        // The closing mark of a quoted word inside the term.
        if onward.openMark != 0, j < tokens.count, Self.closes(tokens.mark[j], onward.openMark) {
            onward.openMark = 0
            j += 1
        }
        step(from: child, at: j, position: position, onward, tokens, trie, english, scratch)
    }

    /// Whether a form ending here may be matched with these readings.
    private func accepts(_ ref: TermTrie.FormRef, _ walk: Walk, _ reading: Reading, next: Int, _ tokens: TokenBytes)
        -> Bool
    {
        if ref.blocker { return walk.rules == 0 && walk.openMark == 0 }
        if ref.proper && (walk.articleAdded || walk.commonOnly || walk.rules > 0) { return false }
        // An article the form lacks fits a one-word form only (البعثة for بعثة): the head of a construct never
        // takes one (الوزير الدفاع is not وزير الدفاع).
        if walk.articleAdded && walk.words.nonzeroBitCount > 1 { return false }
        if walk.needsNumber && !ref.inflect.contains(.num) { return false }
        switch reading {
        case .plain: break
        case .suffix(let kind):
            if !ref.inflect.isSuperset(of: kind) { return false }
        case .pronoun:
            if !ref.inflect.contains(.pron) { return false }
        case .construct:
            if !isGenitive(at: next, tokens) { return false }
        case .constructNumber:
            if !ref.inflect.contains(.num) || !isGenitive(at: next, tokens) { return false }
        case .accusative:
            break
        }
        if walk.openMark != 0 && !(next < tokens.count && Self.closes(tokens.mark[next], walk.openMark)) {
            return false
        }
        if ref.exactTeh != 0 && !hasExactTeh(ref.exactTeh, walk, tokens) { return false }
        return true
    }

    /// Whether a closing mark of kind `mark` closes `open` (a quote closes a quote, a bracket a bracket).
    static func closes(_ mark: UInt8, _ open: UInt8) -> Bool { open == 1 ? mark == 1 : mark == 3 }

    /// Whether every word of the form that the glossary writes with ة is written with ة in the text (a word read
    /// with a suffix shows its ة as ت, or dropped it before ات, so it passes).
    private func hasExactTeh(_ mask: UInt16, _ walk: Walk, _ tokens: TokenBytes) -> Bool {
        var k = 0
        var offset = 0
        var words = walk.words
        while words != 0 {
            if words & 1 != 0 {
                if mask & (1 << UInt16(min(k, 15))) != 0, walk.suffixedWords & (1 << UInt64(offset)) == 0,
                    !tokens.endsWithTehMarbuta[walk.start + offset]
                {
                    return false
                }
                k += 1
            }
            words >>= 1
            offset += 1
        }
        return true
    }

    /// Suffix readings of token `j` as the form's last word after `node` (`inflect` decides at the terminal); a
    /// later word with a pronoun may also stand for the glossary word with its article (دفاعه for الدفاع).
    private func suffixes(
        node: Int32, token j: Int, skip: Int, _ walk: Walk, _ tokens: TokenBytes, _ trie: TermTrie, _ english: Bool,
        _ scratch: Scratch, withArticle: Bool
    ) {
        var walk = walk
        walk.suffixedWords |= UInt64(1) << UInt64(j - walk.start)
        if english {
            tokens.withToken(j) { ArabicClitics.englishStems(of: $0, into: &scratch.englishStems) }
            for stem in scratch.englishStems {
                if let id = lookupEnglishStem(token: j, length: stem.length, y: stem.y, tokens, trie, scratch),
                    let child = trie.child(node, id), trie.forms(at: child) != nil
                {
                    arriveTerminal(child, next: j + 1, walk, .suffix(.num), tokens, trie, scratch)
                }
            }
            return
        }
        let stems = stemList(0, token: j, skip: skip, tokens, scratch) { ArabicClitics.stems(of: $0, into: &$1) }
        let later = skip == 0 && walk.start != j
        for stem in stems {
            // The article and a pronoun never go together.
            if withArticle && stem.kind.contains(.pron) { continue }
            if let id = lookupStem(token: j, skip: skip, stem, tokens, trie, scratch), let child = trie.child(node, id)
            {
                arriveTerminal(child, next: j + 1, walk, .suffix(stem.kind), tokens, trie, scratch)
            }
            if later && stem.kind.contains(.pron),
                let id = lookupStem(token: j, skip: 0, stem, article: true, tokens, trie, scratch),
                let child = trie.child(node, id)
            {
                arriveTerminal(child, next: j + 1, walk, .suffix(stem.kind), tokens, trie, scratch)
            }
        }
    }

    /// A pronoun suffix in place of the article (الحكومة → حكومته, الأمين العام → أمينه العام): the form's word
    /// has ال, the text's word a pronoun. `addArticle` for a later word (the trie keeps its article).
    private func pronouns(
        node: Int32, token j: Int, skip: Int, _ walk: Walk, _ tokens: TokenBytes, _ trie: TermTrie,
        _ scratch: Scratch, addArticle: Bool
    ) {
        guard trie.hasInflections || trie.hasChildren(node) else { return }
        let stems = stemList(0, token: j, skip: skip, tokens, scratch) { ArabicClitics.stems(of: $0, into: &$1) }
        var walk = walk
        walk.suffixedWords |= UInt64(1) << UInt64(j - walk.start)
        for stem in stems where stem.kind == .pron {
            guard let id = lookupStem(token: j, skip: skip, stem, article: addArticle, tokens, trie, scratch),
                let child = trie.child(node, id)
            else { continue }
            arrive(at: child, next: j + 1, position: 1, walk, .pronoun, tokens, trie, false, scratch)
        }
    }

    /// Dual and plural construct endings on the first word (وزيرا خارجية, مدربي الحلف).
    private func constructNumbers(
        node: Int32, token j: Int, skip: Int, _ walk: Walk, _ tokens: TokenBytes, _ trie: TermTrie,
        _ scratch: Scratch
    ) {
        // Only a word ending in ا, ي, و or ت can carry one of these endings: the rest cost one test.
        let ending = tokens.withToken(j) {
            $0.count >= 2 ? UInt16($0[$0.count - 2]) << 8 | UInt16($0[$0.count - 1]) : 0
        }
        guard ending == 0xD8A7 || ending == 0xD98A || ending == 0xD988 || ending == 0xD8AA else { return }
        let stems = stemList(1, token: j, skip: skip, tokens, scratch) {
            ArabicClitics.constructStems(of: $0, into: &$1)
        }
        var walk = walk
        walk.suffixedWords |= UInt64(1) << UInt64(j - walk.start)
        for stem in stems {
            guard let id = lookupStem(token: j, skip: skip, stem, tokens, trie, scratch),
                let child = trie.child(node, id)
            else { continue }
            arrive(at: child, next: j + 1, position: 1, walk, .constructNumber, tokens, trie, false, scratch)
        }
    }

    /// A hit at a terminal reached by a suffix reading (the walk does not go on).
    private func arriveTerminal(
        _ child: Int32, next: Int, _ walk: Walk, _ reading: Reading, _ tokens: TokenBytes, _ trie: TermTrie,
        _ scratch: Scratch
    ) {
        arrive(at: child, next: next, position: 0, walk, reading, tokens, trie, false, scratch)
    }

    /// The stems of token `j` (from byte `skip`) made by `make`, in scratch slot `slot` (each kind of stems has its
    /// own); kept for the next call on the same token, since a first word's readings are walked from both roots.
    private func stemList(
        _ slot: Int, token j: Int, skip: Int, _ tokens: TokenBytes, _ scratch: Scratch,
        _ make: (UnsafeBufferPointer<UInt8>, inout [ArabicClitics.Stem]) -> Void
    ) -> [ArabicClitics.Stem] {
        if scratch.stemsOf[slot] != (j, skip) {
            tokens.withToken(j, skip: skip) { make($0, &scratch.stems[slot]) }
            scratch.stemsOf[slot] = (j, skip)
        }
        return scratch.stems[slot]
    }

    /// The id of a stem of token `j` (from byte `skip`; see `ArabicClitics.Stem.bytes`), with ال before it when
    /// `article` (a later word of a form keeps its article in the trie), if the trie has it. The hash is computed
    /// over the pieces first: most stems are no glossary word, and the filter says so without copying a byte.
    private func lookupStem(
        token j: Int, skip: Int, _ stem: ArabicClitics.Stem, article: Bool = false, _ tokens: TokenBytes,
        _ trie: TermTrie, _ scratch: Scratch
    ) -> Int32? {
        tokens.withToken(j, skip: skip) { word in
            var hash = article ? scratch.articleHash : scratch.basis
            let kept = stem.hamza ? stem.length - 2 : stem.length
            hash = SurfaceTable.hash(UnsafeBufferPointer(rebasing: word[0..<kept]), from: hash)
            if stem.hamza { hash = SurfaceTable.hash(0xD8, 0xA1, from: hash) }  // ء
            if stem.heh { hash = SurfaceTable.hash(0xD9, 0x87, from: hash) }  // ه
            guard trie.surfaces.mayContain(hash) else { return nil }
            scratch.bytes.removeAll(keepingCapacity: true)
            if article { scratch.bytes.append(contentsOf: [0xD8, 0xA7, 0xD9, 0x84]) }  // ال
            stem.bytes(of: word, into: &scratch.bytes)
            return scratch.bytes.withUnsafeBufferPointer { trie.surfaces.lookup($0, hash: hash) }
        }
    }

    /// The id of a stem of an English word (its first `length` bytes, + y when `y`).
    private func lookupEnglishStem(
        token j: Int, length: Int, y: Bool, _ tokens: TokenBytes, _ trie: TermTrie, _ scratch: Scratch
    ) -> Int32? {
        tokens.withToken(j) { word in
            scratch.bytes.removeAll(keepingCapacity: true)
            scratch.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: word[0..<length]))
            if y { scratch.bytes.append(0x79) }
            return scratch.bytes.withUnsafeBufferPointer { buffer in
                let hash = SurfaceTable.hash(buffer)
                return trie.surfaces.mayContain(hash) ? trie.surfaces.lookup(buffer, hash: hash) : nil
            }
        }
    }
}

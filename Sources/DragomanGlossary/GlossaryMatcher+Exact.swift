package import DragomanText

/// The exact-matching hot loop: leftmost-longest over a segment's tokens, clitic readings of the first word, suffix
/// readings of every word that could end a form.
extension GlossaryMatcher {
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
            if (hit.end, -hit.stripped, hit.suffixed ? 0 : 1) > (
                current.end, -current.stripped, current.suffixed ? 0 : 1
            ) {
                best = hit
            }
        }
        if english || !tokens.arabic[i] {
            let id = tokens.withToken(i) { trie.surfaces.lookup($0, hash: tokens.hashes[i]) }
            walk(
                from: TermTrie.plainRoot, first: id, at: i, stripped: 0, pronounOnly: false, tokens, trie, english,
                scratch, consider)
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
                walk(
                    from: TermTrie.articleRoot, first: id, at: i, stripped: reading.stripped, pronounOnly: false,
                    tokens, trie, false, scratch, consider)
                walk(
                    from: TermTrie.plainRoot, first: id, at: i, stripped: reading.stripped, pronounOnly: false, tokens,
                    trie, false, scratch, consider)
            } else {
                walk(
                    from: TermTrie.plainRoot, first: id, at: i, stripped: reading.stripped, pronounOnly: false, tokens,
                    trie, false, scratch, consider)
                // A pronoun suffix replaces the article: الحكومة + ه = حكومته.
                if trie.hasInflections {
                    walk(
                        from: TermTrie.articleRoot, first: id, at: i, stripped: reading.stripped, pronounOnly: true,
                        tokens, trie, false, scratch, consider)
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

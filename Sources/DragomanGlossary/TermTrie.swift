/// A trie over normalized tokens: every glossary form is a path of interned token ids from one of two roots.
///
/// Root 0 holds forms whose first word has no article, root 1 forms whose first word carries ال (stored without
/// it, so وال/بال/لل… readings of a text word find it). Edges live in one hash table keyed by (node, token id), so a
/// step costs one lookup whatever the glossary's size. Suffixes are peeled from the text word at match time
/// (`ArabicClitics.stems`), so the trie holds only the glossary's own words.
struct TermTrie: Sendable {
    /// What a terminal node stands for: a glossary entry and which of its forms.
    struct FormRef: Sendable, Hashable {
        var entry: Int32
        var form: Int32
        var inflect: Inflect
        /// A name (`properNoun`, or a person, organization or place): it keeps its own article, so the construct
        /// and pronoun rules of common nouns do not apply, and a form without ال is not read with one.
        var proper = false
        /// A blocking phrase (`blocked_in`), matched like a form and reported as nothing.
        var blocker = false
        /// The words of the form (bit k for word k) written with ة in an entry that needs the exact ة
        /// (`teh_marbuta=exact`): the text must write ة there too, not ه.
        var exactTeh: UInt16 = 0
    }

    /// Every word of every form.
    private(set) var surfaces = SurfaceTable()
    private var edges = HashIndex()
    /// Per node, the index of its forms in `terminalLists`, or -1.
    private var nodeTerminal: [Int32] = [-1, -1]
    /// Per node, whether any form goes on past it.
    private var nodeHasChildren: [Bool] = [false, false]
    private var terminalLists: [[FormRef]] = []
    private(set) var nodeCount: Int32 = 2
    /// Whether any form allows suffixes (if not, the matcher never looks for them).
    private(set) var hasInflections = false

    static let plainRoot: Int32 = 0
    static let articleRoot: Int32 = 1

    init() {}

    /// Adds a form: `tokens` are its normalized tokens (the first without its article when `article`).
    mutating func insert(tokens: [String], article: Bool, ref: FormRef) {
        guard !tokens.isEmpty else { return }
        var node = article ? Self.articleRoot : Self.plainRoot
        for token in tokens {
            let id = surfaces.intern(token)
            let key = Self.key(node, id)
            if let child = edges[key] {
                node = child
            } else {
                edges.set(key, nodeCount)
                nodeHasChildren[Int(node)] = true
                node = nodeCount
                nodeCount += 1
                nodeTerminal.append(-1)
                nodeHasChildren.append(false)
            }
        }
        let list = nodeTerminal[Int(node)]
        if list >= 0 {
            if terminalLists[Int(list)].contains(where: { $0.entry == ref.entry && $0.blocker == ref.blocker }) {
                return
            }
            terminalLists[Int(list)].append(ref)
        } else {
            nodeTerminal[Int(node)] = Int32(terminalLists.count)
            terminalLists.append([ref])
        }
        if !ref.inflect.isEmpty { hasInflections = true }
    }

    /// Reserves room for about `count` tokens, so building a large glossary does not rehash repeatedly.
    mutating func reserveCapacity(_ count: Int) {
        edges.reserveCapacity(count)
        nodeTerminal.reserveCapacity(count)
        nodeHasChildren.reserveCapacity(count)
        terminalLists.reserveCapacity(count / 2)
        surfaces.reserveCapacity(count)
    }

    /// Prepares the lookup filters; call once after the last `insert`.
    mutating func finish() { surfaces.finish() }

    @inline(__always) static func key(_ node: Int32, _ token: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: token))
    }

    @inline(__always) func child(_ node: Int32, _ token: Int32) -> Int32? { edges[Self.key(node, token)] }

    /// Whether some form continues past `node`.
    @inline(__always) func hasChildren(_ node: Int32) -> Bool { nodeHasChildren[Int(node)] }

    @inline(__always) func forms(at node: Int32) -> [FormRef]? {
        let list = nodeTerminal[Int(node)]
        return list >= 0 ? terminalLists[Int(list)] : nil
    }

}

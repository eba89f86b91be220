/// A trie over normalized tokens: every glossary form is a path of interned token ids from one of two roots.
///
/// Root 0 holds forms whose first word has no article, root 1 forms whose first word carries ال (stored without
/// it, so وال/بال/لل… readings of a text word find it). Edges live in one hash table keyed by (node, token id), so a
/// step costs one lookup whatever the glossary's size. Suffixed surfaces of a form's last word are interned too,
/// pointing back to the plain word and the kind of suffix, generated once at build time.
struct TermTrie: Sendable {
    /// What a terminal node stands for: a glossary entry and which of its forms.
    struct FormRef: Sendable, Hashable {
        var entry: Int32
        var form: Int32
        var inflect: Inflect
    }

    /// A suffixed surface: the plain token it inflects and the suffix kind.
    struct Inflected: Sendable, Hashable {
        var token: Int32
        var kind: Inflect
    }

    /// Every word the trie knows: glossary tokens and their suffixed surfaces.
    private(set) var surfaces = SurfaceTable()
    private var inflected: [Int32: [Inflected]] = [:]
    private var edges: [UInt64: Int32] = [:]
    private var terminals: [Int32: [FormRef]] = [:]
    private(set) var nodeCount: Int32 = 2
    /// The longest form, in tokens.
    private(set) var maximumLength = 0

    static let plainRoot: Int32 = 0
    static let articleRoot: Int32 = 1

    init() {}

    /// Adds a form: `tokens` are its normalized tokens (the first without its article when `article`), and
    /// `lastInflections` the suffixed surfaces its last token may take.
    mutating func insert(
        tokens: [String], article: Bool, ref: FormRef, lastInflections: [(surface: String, kind: Inflect)]
    ) {
        guard !tokens.isEmpty else { return }
        var node = article ? Self.articleRoot : Self.plainRoot
        var lastID: Int32 = 0
        for token in tokens {
            lastID = surfaces.intern(token)
            let key = Self.key(node, lastID)
            if let child = edges[key] {
                node = child
            } else {
                edges[key] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        if terminals[node]?.contains(where: { $0.entry == ref.entry }) == true { return }
        terminals[node, default: []].append(ref)
        maximumLength = max(maximumLength, tokens.count)
        for (surface, kind) in lastInflections {
            let item = Inflected(token: lastID, kind: kind)
            let id = surfaces.intern(surface)
            if inflected[id]?.contains(item) != true { inflected[id, default: []].append(item) }
        }
    }

    /// Prepares the lookup filters; call once after the last `insert`.
    mutating func finish() { surfaces.finish() }

    @inline(__always) static func key(_ node: Int32, _ token: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: token))
    }

    @inline(__always) func child(_ node: Int32, _ token: Int32) -> Int32? { edges[Self.key(node, token)] }

    @inline(__always) func forms(at node: Int32) -> [FormRef]? { terminals[node] }

    @inline(__always) func inflections(of surface: Int32) -> [Inflected]? { inflected[surface] }
}

import DragomanText

extension CandidateCounts {
    /// The raw n-grams and their counts, each n-gram a node: the node of its words but the last (for two words, the
    /// first word's form) and its last word's form.
    ///
    /// Counting looks up every n-gram of every run, so the table is keyed by two 32-bit ids packed in one integer
    /// and probed in place: no array is made, hashed or retained per n-gram (keyed by `[Int32]`, the dictionary's
    /// hashing and reference counting were a quarter of counting). An n-gram of `k` words is found from its
    /// `k − 1` word prefix in one probe, which counting has at hand. Prefixes that are not counted themselves (read
    /// from JSON, whose n-grams need not have their prefixes) are nodes with a frequency of 0: not n-grams.
    struct GramTable: Sendable {
        /// A node: its prefix (a node, or `~form` for the first word of a two-word n-gram), its last form, its
        /// length in words and its counts (frequency 0 when it is only a prefix).
        private struct Node: Sendable {
            var prefix: Int32
            var last: Int32
            var length: Int32
            var gram: Gram
        }

        /// An occupied slot holds a packed key and its node; `node` is -1 in an empty slot.
        private struct Slot: Sendable {
            var key: UInt64 = 0
            var node: Int32 = -1
        }

        private var nodes: [Node] = []
        private var slots = [Slot](repeating: Slot(), count: 64)
        /// 64 − log2(slots.count): a hash's top bits pick the slot.
        private var shift: UInt64 = 58
        /// The process's seed, so that no input can be built to make keys collide (nothing depends on the order of
        /// slots: nodes are numbered in insertion order).
        private let seed = ByteTable.processSeed

        /// How many n-grams are counted (nodes with a frequency).
        private(set) var count = 0

        /// Nothing counted.
        init() {}

        /// Whether no n-gram is counted.
        var isEmpty: Bool { count == 0 }

        /// The nodes, in the order they were made: a node's prefix comes before it.
        var indices: Range<Int32> { 0..<Int32(nodes.count) }

        /// The prefix code of `form` as the first word of a two-word n-gram.
        static func first(_ form: Int32) -> Int32 { ~form }

        /// The node of `prefix` (a node, or `first(form)`) followed by `form`, made if new.
        mutating func child(_ prefix: Int32, _ form: Int32) -> Int32 {
            let key = Self.key(prefix, form)
            let index = probe(key)
            if slots[index].node >= 0 { return slots[index].node }
            let node = Int32(nodes.count)
            let length = prefix < 0 ? 2 : nodes[Int(prefix)].length + 1
            let none = Gram(at: Position(document: 0, run: 0, offset: 0))
            nodes.append(Node(prefix: prefix, last: form, length: length, gram: none))
            slots[index] = Slot(key: key, node: node)
            if nodes.count * 4 > slots.count * 3 { grow() }
            return node
        }

        /// The node of `prefix` followed by `form`, if there is one.
        func existingChild(_ prefix: Int32, _ form: Int32) -> Int32? {
            let node = slots[probe(Self.key(prefix, form))].node
            return node < 0 ? nil : node
        }

        /// Where `key` is: its slot, or the empty slot it would take.
        @inline(__always)
        private func probe(_ key: UInt64) -> Int {
            var index = slot(of: key)
            while slots[index].node >= 0 && slots[index].key != key { index = (index + 1) & (slots.count - 1) }
            return index
        }

        /// The node of the n-gram `words` (two words or more), made with its prefixes if new.
        mutating func node(for words: ArraySlice<Int32>) -> Int32 {
            precondition(words.count >= 2, "an n-gram has two words or more")
            var node = Self.first(words[words.startIndex])
            for form in words.dropFirst() { node = child(node, form) }
            return node
        }

        /// The node of the counted n-gram `words`, if it is counted.
        func counted(_ words: ArraySlice<Int32>) -> Int32? {
            guard words.count >= 2 else { return nil }
            var node = Self.first(words[words.startIndex])
            for form in words.dropFirst() {
                guard let next = existingChild(node, form) else { return nil }
                node = next
            }
            return self[node].frequency > 0 ? node : nil
        }

        /// The counts of `node` (frequency 0 when it is only a prefix).
        subscript(node: Int32) -> Gram {
            get { nodes[Int(node)].gram }
            set {
                let wasCounted = nodes[Int(node)].gram.frequency > 0
                nodes[Int(node)].gram = newValue
                count += (newValue.frequency > 0 ? 1 : 0) - (wasCounted ? 1 : 0)
            }
        }

        /// Adds `other`'s occurrences to `node`'s (which it takes as they are while the node is only a prefix);
        /// returns the node's counts.
        @discardableResult
        mutating func add(_ other: Gram, to node: Int32) -> Gram {
            var gram = self[node]
            if gram.frequency == 0 { gram = other } else { gram.add(other) }
            self[node] = gram
            return gram
        }

        /// How many words `node` has.
        func length(of node: Int32) -> Int { Int(nodes[Int(node)].length) }

        /// The forms of `node`'s words, in `words` (which it replaces).
        func words(of node: Int32, into words: inout [Int32]) {
            let length = self.length(of: node)
            words.removeAll(keepingCapacity: true)
            words.append(contentsOf: repeatElement(0, count: length))
            var at = node
            for index in stride(from: length - 1, through: 1, by: -1) {
                words[index] = nodes[Int(at)].last
                at = nodes[Int(at)].prefix
            }
            words[0] = ~at
        }

        /// The node's prefix (a node, or `first(form)`) and last form.
        func parts(of node: Int32) -> (prefix: Int32, last: Int32) {
            (nodes[Int(node)].prefix, nodes[Int(node)].last)
        }

        private static func key(_ prefix: Int32, _ form: Int32) -> UInt64 {
            UInt64(UInt32(bitPattern: prefix)) << 32 | UInt64(UInt32(bitPattern: form))
        }

        private func slot(of key: UInt64) -> Int {
            // Fibonacci hashing: the multiplication spreads every bit of the key into the top bits.
            Int(truncatingIfNeeded: ((key ^ seed) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }

        private mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Slot(), count: old.count * 2)
            shift -= 1
            for slot in old where slot.node >= 0 {
                var index = self.slot(of: slot.key)
                while slots[index].node >= 0 { index = (index + 1) & (slots.count - 1) }
                slots[index] = slot
            }
        }
    }
}

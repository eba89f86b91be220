extension DigestState {
    /// The shares of a state, packed: a row of fixed width per document, every document's terms in one array, and
    /// one dictionary entry from a document's number to its row.
    ///
    /// A state holds a share of every document of an archive batch until the digest is made, so its size per
    /// document is what counts. A `[Int: Share]` took about 140 bytes a document at the peak of `prepare` (a
    /// dictionary entry, and an array of terms each); this takes about 85 there (heaptrack, 17,120 articles more),
    /// the terms and the room the arrays and the dictionary keep to grow included. Document numbers, previous
    /// numbers and known-term counts are 32-bit, as the summarizer's term ids are.
    struct ShareTable: Sendable {
        /// One share, its terms `interned[start..<start + count]`.
        private struct Row: Sendable {
            let start: Int
            let number: Int32
            /// -1 for none.
            let previous: Int32
            let known: Int32
            let count: Int32
        }

        /// The rows, in the order the shares were added.
        private var rows: [Row] = []
        /// Every share's terms, one after the other.
        private var interned: [Int32] = []
        /// Document number → its row.
        private var rowOfNumber: [Int32: Int32] = [:]

        /// How many shares.
        var count: Int { rows.count }

        /// Whether the table holds a share of document `number`.
        func contains(_ number: Int) -> Bool { row(of: number) != nil }

        /// The numbers of the documents whose shares the table holds, ascending.
        var numbers: [Int] { rows.map { Int($0.number) }.sorted() }

        /// The row of document `number`'s share, nil when there is none.
        func row(of number: Int) -> Int? {
            guard let key = Int32(exactly: number), let row = rowOfNumber[key] else { return nil }
            return Int(row)
        }

        /// Adds a share; the caller has checked that the table holds none of its document.
        mutating func append(_ share: Share) {
            append(number: share.number, previous: share.previous, known: share.known, interned: share.interned)
        }

        /// Adds the share of document `number`; the caller has checked that the table holds none of it.
        mutating func append(number: Int, previous: Int?, known: Int, interned terms: some Collection<Int32>) {
            guard let number32 = Int32(exactly: number), let known32 = Int32(exactly: known),
                let previous32 = Int32(exactly: previous ?? -1), let count = Int32(exactly: terms.count)
            else {
                preconditionFailure("a share's numbers fit in 32 bits, as the summarizer's term ids do")
            }
            precondition(rowOfNumber[number32] == nil, "one share per document")
            rowOfNumber[number32] = Int32(rows.count)
            rows.append(
                Row(start: interned.count, number: number32, previous: previous32, known: known32, count: count))
            interned.append(contentsOf: terms)
        }

        /// The share in row `row`.
        func share(at row: Int) -> Share {
            let stored = rows[row]
            return Share(
                number: Int(stored.number), previous: stored.previous < 0 ? nil : Int(stored.previous),
                known: Int(stored.known), interned: Array(terms(at: row)))
        }

        /// The terms of the share in row `row`.
        func terms(at row: Int) -> ArraySlice<Int32> {
            let stored = rows[row]
            return interned[stored.start..<(stored.start + Int(stored.count))]
        }

        /// The document number, previous document and known-term count of the share in row `row`.
        func header(at row: Int) -> (number: Int, previous: Int?, known: Int) {
            let stored = rows[row]
            return (Int(stored.number), stored.previous < 0 ? nil : Int(stored.previous), Int(stored.known))
        }
    }
}

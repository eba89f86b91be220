import DragomanText
package import Foundation

/// The state as JSON, for the merge step of another process or machine: integers and strings only, each term
/// written once, in one canonical form.
///
/// `{"documents":[{"interned":[…],"known":0,"number":0}, …],"frequencies":[…],"terms":[…]}`: `terms` sorted by
/// their UTF-8 bytes, `frequencies` beside them, the shares in batch order pointing into `terms` (`interned` in the
/// order the summarizer met the terms); `previous` (the position of the summarizer's share before) is left out for
/// a summarizer's first share. The documents' pools are not part of it (see `DigestPool`).
extension DigestState: Codable, Equatable {
    private enum CodingKeys: String, CodingKey {
        case terms, frequencies, documents
    }

    /// Writes the canonical form: the same shares and counts give the same bytes whatever the order they were
    /// added or merged in.
    package func encode(to encoder: any Encoder) throws {
        let order = terms.indices.sorted { Self.precedes(terms[$0], terms[$1]) }
        var renumbering = [Int32](repeating: 0, count: terms.count)
        for (new, old) in order.enumerated() { renumbering[old] = Int32(new) }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(order.map { terms[$0] }, forKey: .terms)
        try container.encode(order.map { frequencies[$0] }, forKey: .frequencies)
        let documents = shares.numbers.map { shares.share(at: shares.row(of: $0)!).renumbered(renumbering) }
        try container.encode(documents, forKey: .documents)
    }

    /// Reads a state, refusing one that is not in the canonical form `encode(to:)` writes (terms unsorted or
    /// repeated, positions out of the table, two shares of a document), so what is read is written back the same.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let terms = try container.decode([String].self, forKey: .terms)
        let frequencies = try container.decode([Int32].self, forKey: .frequencies)
        let documents = try container.decode([Share].self, forKey: .documents)
        func corrupted(_ key: CodingKeys, _ reason: String) -> DecodingError {
            DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: reason)
        }
        for index in terms.indices.dropFirst() where !Self.precedes(terms[index - 1], terms[index]) {
            throw corrupted(.terms, "terms \(index - 1) and \(index) are not in ascending order of their bytes")
        }
        guard frequencies.count == terms.count, frequencies.allSatisfy({ $0 >= 0 }) else {
            throw corrupted(.frequencies, "\(frequencies.count) counts (each at least 0) for \(terms.count) terms")
        }
        func inRange(_ value: Int) -> Bool { value >= 0 && Int32(exactly: value) != nil }
        var numbers = Set<Int>()
        for share in documents {
            guard inRange(share.number), inRange(share.known), share.previous.map(inRange) ?? true else {
                throw corrupted(
                    .documents, "document \(share.number) has a number out of range (0 to \(Int32.max))")
            }
            guard share.interned.allSatisfy({ terms.indices.contains(Int($0)) }) else {
                throw corrupted(.documents, "document \(share.number) names a term not in the table")
            }
            guard numbers.insert(share.number).inserted else {
                throw corrupted(.documents, "document \(share.number) has two shares")
            }
        }
        self.init(terms: terms, frequencies: frequencies, shares: documents)
    }

    /// The state as compact JSON in its canonical form (keys sorted): the same state always gives the same bytes.
    package func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding cannot fail: there are only strings and integers.
        return try! encoder.encode(self)
    }

    /// A state from `encoded()`'s JSON; throws when the data is not such a state.
    package init(encoded data: Data) throws(SummarizerError) {
        do {
            self = try JSONDecoder().decode(DigestState.self, from: data)
        } catch {
            throw .badDigestState("not a digest state: \(error)")
        }
    }

    /// Whether two states hold the same shares and counts (their canonical forms are the same bytes).
    package static func == (lhs: DigestState, rhs: DigestState) -> Bool {
        lhs.encoded() == rhs.encoded()
    }

    /// Whether `a` sorts before `b` by UTF-8 bytes (terms are told apart byte for byte, as the summarizer's
    /// vocabulary does, not by Unicode equivalence).
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

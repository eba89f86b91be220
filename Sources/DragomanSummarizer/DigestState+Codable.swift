import DragomanText
package import Foundation

/// The state as JSON, for the merge step of another process or machine: the shares in batch order, the document
/// frequencies as two parallel lists sorted by the terms' UTF-8 bytes; no floating-point number.
///
/// `{"documents":[{"interned":[…],"known":0,"number":0,"pool":[{"index":3,"position":1,"range":[120,260],
/// "stems":[…],"text":"…","words":21}]}, …],"frequencies":{"counts":[…],"terms":[…]}}`; `previous` (the
/// position of the summarizer's share before) is left out for a summarizer's first share.
extension DigestState: Codable {
    private enum CodingKeys: String, CodingKey {
        case documents, frequencies
    }

    private enum FrequencyKeys: String, CodingKey {
        case terms, counts
    }

    /// Writes the shares in batch order and the frequencies sorted by term, so one state has one encoding.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(shares.keys.sorted().map { shares[$0]! }, forKey: .documents)
        let terms = frequencies.keys.map(\.string).sorted(by: Self.precedes)
        var counted = container.nestedContainer(keyedBy: FrequencyKeys.self, forKey: .frequencies)
        try counted.encode(terms, forKey: .terms)
        try counted.encode(terms.map { frequencies[UTF8Key($0)]! }, forKey: .counts)
    }

    /// Reads a state, refusing one with two shares of a document, frequency lists of different lengths, a term
    /// counted twice or a count below 1.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var shares: [Int: Share] = [:]
        for share in try container.decode([Share].self, forKey: .documents) {
            guard shares.updateValue(share, forKey: share.number) == nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .documents, in: container, debugDescription: "document \(share.number) has two shares")
            }
        }
        let counted = try container.nestedContainer(keyedBy: FrequencyKeys.self, forKey: .frequencies)
        let terms = try counted.decode([String].self, forKey: .terms)
        let counts = try counted.decode([Int].self, forKey: .counts)
        guard terms.count == counts.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .counts, in: counted, debugDescription: "\(terms.count) terms but \(counts.count) counts")
        }
        var frequencies: [UTF8Key: Int] = [:]
        for (term, count) in zip(terms, counts) {
            guard count > 0, frequencies.updateValue(count, forKey: UTF8Key(term)) == nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .terms, in: counted, debugDescription: "term \(term) is counted twice or below 1")
            }
        }
        self.init(shares: shares, frequencies: frequencies)
    }

    /// The state as compact JSON, keys sorted: the same state always gives the same bytes.
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
}

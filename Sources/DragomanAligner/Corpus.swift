import DragomanText

/// The parallel text read once: every token interned by its spelling, every pair written to a record file as ids.
///
/// Memory holds the two vocabularies and nothing per pair: each pair becomes one record of the working file,
/// `[Arabic count, English count, Arabic ids…, English ids…]`, an id's top bit set when white space precedes the
/// token (to rebuild phrases as written). Later passes read the records back.
final class Corpus {
    /// One language's tokens as written.
    struct Side {
        /// Token text as written → id.
        var surface = Vocabulary()
        /// The `match` form of each surface id.
        var match: [String] = []
        /// Word, number or punctuation, per surface id.
        var kind: [Token.Kind] = []
        /// Occurrences per surface id, and those not opening the sentence (capitals there are the word's own).
        var count: [UInt32] = []
        var inner: [UInt32] = []
    }

    /// The bit of a record id that marks white space before the token.
    static let spaceBit: UInt32 = 1 << 31

    var arabic = Side()
    var english = Side()
    let records: RecordFile
    /// The Arabic text of the first pairs, for candidate terms.
    var candidateText: [String] = []
    /// How many pairs' Arabic text to keep for candidate terms.
    let candidateLimit: Int
    /// The tokenizers of the two sides (terms are tokenized with them too).
    let arabicTokenizer: Tokenizer
    let englishTokenizer: Tokenizer
    private var record: [UInt32] = []

    init(candidateLimit: Int) throws(AlignerError) {
        self.candidateLimit = candidateLimit
        records = try RecordFile(prefix: "corpus")
        do {
            arabicTokenizer = try Tokenizer(locale: "ar")
            englishTokenizer = try Tokenizer(locale: "en")
        } catch {
            throw .textLayer(error.description)
        }
    }

    /// The number of pairs read.
    var pairs: Int { records.count }

    /// Tokenizes a pair and appends its record.
    func add(arabic ar: String, english en: String) throws(AlignerError) {
        if records.count < candidateLimit { candidateText.append(ar) }
        let arabicTokens = arabicTokenizer.tokens(of: ar)
        let englishTokens = englishTokenizer.tokens(of: en)
        record.removeAll(keepingCapacity: true)
        record.append(UInt32(arabicTokens.count))
        record.append(UInt32(englishTokens.count))
        Self.append(arabicTokens, to: &arabic, &record)
        Self.append(englishTokens, to: &english, &record)
        try records.append(record)
    }

    private static func append(_ tokens: [Token], to side: inout Side, _ record: inout [UInt32]) {
        var previousEnd = -1
        for token in tokens {
            let id = side.surface.id(token.text)
            if Int(id) == side.match.count {
                side.match.append(token.match)
                side.kind.append(token.kind)
                side.count.append(0)
                side.inner.append(0)
            }
            side.count[Int(id)] &+= 1
            if previousEnd >= 0 { side.inner[Int(id)] &+= 1 }
            let spaced = previousEnd >= 0 && token.range.lowerBound > previousEnd
            record.append(spaced ? id | spaceBit : id)
            previousEnd = token.range.upperBound
        }
    }
}

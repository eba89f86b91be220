/// One pair of the corpus as the aligner sees it: surface ids from the record, alignment tokens from `TokenMaps`.
struct SentencePair {
    /// Surface ids as stored (top bit: white space before), Arabic then English.
    var arabicSurface: [UInt32] = []
    var englishSurface: [UInt32] = []
    /// Alignment tokens.
    var arabic: [UInt32] = []
    var english: [UInt32] = []
    /// For each Arabic alignment token, the index of the surface word it comes from.
    var arabicWord: [Int32] = []

    init() {
        arabicSurface.reserveCapacity(256)
        englishSurface.reserveCapacity(256)
        arabic.reserveCapacity(256)
        english.reserveCapacity(256)
        arabicWord.reserveCapacity(256)
    }

    /// Loads a corpus record `[Arabic count, English count, ids…]` (anything after the ids is ignored).
    mutating func load(_ record: UnsafeBufferPointer<UInt32>, maps: TokenMaps) {
        let arabicCount = Int(record[0])
        let englishCount = Int(record[1])
        arabicSurface.removeAll(keepingCapacity: true)
        englishSurface.removeAll(keepingCapacity: true)
        arabic.removeAll(keepingCapacity: true)
        english.removeAll(keepingCapacity: true)
        arabicWord.removeAll(keepingCapacity: true)
        arabicSurface.append(contentsOf: record[2..<(2 + arabicCount)])
        englishSurface.append(contentsOf: record[(2 + arabicCount)..<(2 + arabicCount + englishCount)])
        for (word, stored) in arabicSurface.enumerated() {
            let id = Int(stored & ~Corpus.spaceBit)
            for k in Int(maps.arabicStart[id])..<Int(maps.arabicStart[id + 1]) {
                arabic.append(maps.arabicSegments[k])
                arabicWord.append(Int32(word))
            }
        }
        for stored in englishSurface { english.append(maps.englishLemma[Int(stored & ~Corpus.spaceBit)]) }
    }

    /// The length of a record's pair part (what `load` reads).
    static func length(of record: UnsafeBufferPointer<UInt32>) -> Int { 2 + Int(record[0]) + Int(record[1]) }
}

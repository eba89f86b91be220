/// A `match`-form word as its scalars, for the candidate extractor's word rules.
///
/// The rules read letters, not `Character`s: a batch has tens of thousands of distinct words, and `String`'s
/// prefix tests, comparisons and hashing break graphemes and check normalization on every call. A slice, so that
/// dropping clitics and the article copies nothing; sets of slices hash and compare only the scalars.
typealias ArabicLetters = ArraySlice<Unicode.Scalar>

extension ArraySlice where Element == Unicode.Scalar {
    /// The letters of `word`.
    init(_ word: String) { self = Array(word.unicodeScalars)[...] }

    /// Whether the letters end with `suffix`.
    @inline(__always)
    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        count >= suffix.count && self[(endIndex - suffix.count)...].elementsEqual(suffix)
    }

    /// The letters as a `String`, encoded in one go (a `String.UnicodeScalarView` appends scalar by scalar).
    var string: String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * count) { buffer in
            var length = 0
            for scalar in self {
                UTF8.encode(scalar) { byte in
                    buffer[length] = byte
                    length += 1
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
        }
    }

    /// The set of the letters of each of `words`.
    static func set(_ words: some Sequence<String>) -> Set<ArabicLetters> { Set(words.map(ArabicLetters.init)) }
}

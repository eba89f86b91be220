import DragomanGlossary

/// The tokens the word alignment works on, derived from the surface tokens once per vocabulary entry.
///
/// Arabic: a word's proclitics become tokens of their own (و+ ف+ ب+ ك+ ل+) and the article is dropped, read by the
/// glossary's clitic grammar (`ArabicClitics.readings`), so والتحالف, بالتحالف, للتحالف and التحالف share the core
/// تحالف and the clitics can align with "and", "by", "for" (an article token between the words of a term kept the
/// alignment from growing over the whole term, and "the" follows its own rules). A reading is taken, most clitics
/// first, only
/// when the corpus itself supports it: the core of a conjunction or preposition reading must occur as a word of its
/// own (3 letters or more), and an article reading is refused when the corpus also has the word with an article in
/// front (الالتهاب shows that the ال of التهاب is part of the word, so it is not split). English: `match` form
/// (lower case), the possessive 's dropped, and a plural -s/-es/-ies reduced to the singular when the singular
/// occurs in the corpus (cases → case, viruses → virus, studies → study; "its" stays: stems have 3 letters or more).
struct TokenMaps {
    /// Alignment tokens of Arabic; id 0 is the empty word (NULL).
    var arabicTokens = Vocabulary()
    /// Alignment tokens of English; id 0 is the empty word (NULL).
    var englishTokens = Vocabulary()
    /// Whether an Arabic alignment token is a clitic marker.
    var isClitic: [Bool] = []
    /// Per Arabic surface id, its alignment tokens: `arabicSegments[arabicStart[id]..<arabicStart[id + 1]]`.
    var arabicStart: [Int32] = [0]
    var arabicSegments: [UInt32] = []
    /// Per English surface id, its alignment token.
    var englishLemma: [UInt32] = []
    /// The `match` forms of the Arabic and English words of the corpus, for the clitic and plural decisions.
    let arabicWords: Set<String>
    let englishWords: Set<String>

    static let null = "∅"
    static let cliticLetters: Set<Unicode.Scalar> = ["و", "ف", "ب", "ك", "ل"]

    init(corpus: Corpus) {
        arabicWords = Set(zip(corpus.arabic.match, corpus.arabic.kind).filter { $0.1 == .word }.map(\.0))
        englishWords = Set(zip(corpus.english.match, corpus.english.kind).filter { $0.1 == .word }.map(\.0))
        _ = arabicTokens.id(Self.null)
        _ = englishTokens.id(Self.null)
        isClitic = [false]
        arabicSegments.reserveCapacity(corpus.arabic.match.count * 2)
        for (match, kind) in zip(corpus.arabic.match, corpus.arabic.kind) {
            let pieces = kind == .word ? segmentArabic(match) : [match]
            for piece in pieces { arabicSegments.append(arabicID(piece)) }
            arabicStart.append(Int32(arabicSegments.count))
        }
        englishLemma = zip(corpus.english.match, corpus.english.kind).map { match, kind in
            englishTokens.id(kind == .word ? lemma(match) : match)
        }
    }

    private mutating func arabicID(_ piece: String) -> UInt32 {
        let id = arabicTokens.id(piece)
        if Int(id) == isClitic.count { isClitic.append(piece.hasSuffix("+") && piece.unicodeScalars.count > 1) }
        return id
    }

    /// The alignment tokens of an Arabic word (`match` form): clitic markers, then the core.
    func segmentArabic(_ word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3, scalars.allSatisfy(ArabicClitics.isArabicLetter) else { return [word] }
        for reading in ArabicClitics.readings(of: word).reversed() where reading.stripped > 0 {
            let core = String(String.UnicodeScalarView(scalars[reading.stripped...]))
            if reading.article {
                guard !arabicWords.contains("الال" + core) else { continue }
            } else {
                guard scalars.count - reading.stripped >= 3, arabicWords.contains(core) else { continue }
            }
            var letters = scalars[0..<reading.stripped]
            if reading.article {
                // The article (ال, or the ل of لل: ل + ال with the alef dropped) gets no token of its own.
                letters = letters.suffix(2) == ["ا", "ل"] ? letters.dropLast(2) : letters.dropLast(1)
            }
            return letters.map { "\($0)+" } + [core]
        }
        return [word]
    }

    /// The English alignment token of a word (`match` form): possessive dropped, plural reduced when attested.
    func lemma(_ word: String) -> String {
        var word = word
        for possessive in ["'s", "\u{2019}s"] where word.hasSuffix(possessive) && word.count > possessive.count + 1 {
            word = String(word.dropLast(2))
        }
        guard word.hasSuffix("s"), !word.hasSuffix("ss"), word.utf8.count >= 4 else { return word }
        var stems: [(length: Int, y: Bool)] = []
        var bytes = Array(word.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            ArabicClitics.englishStems(of: UnsafeBufferPointer(buffer), into: &stems)
        }
        // -ies → -y first, then -s, then -es: the first whose singular occurs in the corpus.
        let ordered =
            stems.filter(\.y) + stems.filter { !$0.y && $0.length == bytes.count - 1 }
            + stems.filter { !$0.y && $0.length == bytes.count - 2 }
        for stem in ordered where stem.length >= 3 {
            let singular = String(decoding: bytes[0..<stem.length], as: UTF8.self) + (stem.y ? "y" : "")
            if englishWords.contains(singular) { return singular }
        }
        return word
    }
}

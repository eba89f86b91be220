/// Arabic proclitics and suffixes on `match`-normalized words (أإآ→ا, ى→ي, ة→ه already folded).
///
/// ICU keeps `وبالأمن` as one word, so the glossary peels clitics itself: a conjunction (و ف), then a preposition
/// (ب ك ل), then the article ال, where ل+ال is written لل. Suffixes are generated from the glossary side (see
/// `inflections`), so a text word costs one dictionary lookup, not a search over suffix lists.
package enum ArabicClitics {
    /// One way to read a word as proclitics + core.
    package struct Reading: Equatable {
        /// How many leading scalars are clitics.
        package var stripped: Int
        /// Whether the clitics include the article ال (or the لل of ل+ال).
        package var article: Bool
    }

    /// The smallest core left after peeling clitics (so لا, ال… are never emptied).
    static let minimumCore = 2

    private static let conjunctions: [Unicode.Scalar] = ["و", "ف"]
    private static let prepositions: [Unicode.Scalar] = ["ب", "ك", "ل"]
    private static let alef: Unicode.Scalar = "ا"
    private static let lam: Unicode.Scalar = "ل"

    /// Every reading of `word` as [و|ف][ب|ك|ل][ال] + core, fewest clitics first; the bare word comes first.
    package static func readings(of word: String) -> [Reading] {
        readings(of: ArabicLetters(word))
    }

    /// `readings(of:)` on the word's letters.
    static func readings(of word: ArabicLetters) -> [Reading] {
        var result: [Reading] = []
        let count = word.count
        func letter(_ offset: Int) -> Unicode.Scalar? {
            offset < count ? word[word.startIndex + offset] : nil
        }
        func add(_ stripped: Int, _ article: Bool) {
            guard count - stripped >= minimumCore else { return }
            let reading = Reading(stripped: stripped, article: article)
            if !result.contains(reading) { result.append(reading) }
        }
        for conjunction in [nil, conjunctions[0], conjunctions[1]] {
            var position = 0
            if let conjunction {
                guard count > 1, letter(0) == conjunction else { continue }
                position = 1
            }
            for preposition in [nil, prepositions[0], prepositions[1], prepositions[2]] {
                var at = position
                if let preposition {
                    guard letter(at) == preposition else { continue }
                    at += 1
                }
                add(at, false)
                if at + 1 < count, letter(at) == alef, letter(at + 1) == lam { add(at + 2, true) }
                if preposition == lam, letter(at) == lam { add(at + 1, true) }
            }
        }
        return result.sorted { $0.stripped < $1.stripped }
    }

    /// Splits a glossary form's first word into its core and whether it carries the article.
    static func splitArticle(_ word: String) -> (core: String, article: Bool) {
        // ا is D8 A7 and ل is D9 84 in UTF-8; the core must keep at least `minimumCore` letters.
        let utf8 = word.utf8
        if utf8.count >= 4 + 2 * minimumCore, utf8.starts(with: [0xD8, 0xA7, 0xD9, 0x84]),
            word.unicodeScalars.count >= 2 + minimumCore
        {
            return (String(Substring(utf8.dropFirst(4))), true)
        }
        return (word, false)
    }

    /// Whether `scalar` is an Arabic letter (the clitic rules only apply to Arabic words).
    package static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool { (0x0621...0x064A).contains(scalar.value) }

    /// Possessive/object pronoun suffixes (ي and ني only after ة→ت, where they cannot be a nisba ending).
    static let pronouns = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا"].map { Array($0.utf8) }
    static let pronounsAfterT = ["ي", "ني"].map { Array($0.utf8) }
    /// Number suffixes of a word not ending in ة, and of one ending in ة (which drops it: منظمة → منظمات).
    static let plurals = ["ون", "ين", "ات", "ان"].map { Array($0.utf8) }
    static let pluralsAfterTeh = ["ات", "تان", "تين"].map { Array($0.utf8) }
    /// Number forms before a pronoun (the ن of ون/ين/ان drops: مدربيه), without and with ة.
    static let constructs = ["و", "ي", "ات", "ا"].map { Array($0.utf8) }
    static let constructsAfterTeh = ["ات", "تا", "تي"].map { Array($0.utf8) }
    static let teh: [UInt8] = Array("ت".utf8)
    /// The article ال, and its FNV-1a hash (where the hash of a word written with it starts from).
    static let article: [UInt8] = Array("ال".utf8)
    static let articleHash: UInt64 = article.withUnsafeBufferPointer { SurfaceTable.hash($0) }
    static let heh: [UInt8] = Array("ه".utf8)

    /// A way to read a word as stem + suffixes: the stem is the first `length` bytes, plus ه when `heh` (a ة that
    /// became ت or dropped before the suffix), and the suffix is of `kind`.
    struct Stem: Equatable {
        var length: Int
        var heh: Bool
        var kind: Inflect
        /// The stem's last letter, ئ or ؤ, stands for ء: a final hamza on the line takes a seat before a pronoun
        /// (شركائه, شركاؤهم for شركاء).
        var hamza = false

        /// The bytes to look up: the word's first `length` bytes (the last letter as ء when `hamza`), + ه when
        /// `heh`.
        func bytes(of word: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
            if hamza {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: word[0..<(length - 2)]))
                out.append(contentsOf: ArabicClitics.hamza)
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: word[0..<length]))
            }
            if heh { out.append(contentsOf: ArabicClitics.heh) }
        }
    }

    /// ء, the hamza on the line.
    static let hamza: [UInt8] = Array("ء".utf8)

    /// Every stem + suffix reading of `word` (UTF-8 `match` form): the inverse of Arabic suffixation as the
    /// `inflect` column allows it. A stem must keep `minimumCore` letters.
    static func stems(of word: UnsafeBufferPointer<UInt8>, into out: inout [Stem]) {
        out.removeAll(keepingCapacity: true)
        let n = word.count
        let minimum = 2 * minimumCore
        func endsWith(_ suffix: [UInt8], before end: Int) -> Bool {
            guard end - suffix.count >= minimum else { return false }
            for k in 0..<suffix.count where word[end - suffix.count + k] != suffix[k] { return false }
            return true
        }
        func add(_ length: Int, _ heh: Bool, _ kind: Inflect) {
            guard length >= minimum - (heh ? 2 : 0), length > 0 else { return }
            let stem = Stem(length: length, heh: heh, kind: kind)
            if !out.contains(stem) { out.append(stem) }
            // ئ or ؤ before a pronoun may be the seat of a final ء.
            if kind.contains(.pron), !heh, length >= 2, word[length - 2] == 0xD8,
                word[length - 1] == 0xA6 || word[length - 1] == 0xA4
            {
                out.append(Stem(length: length, heh: false, kind: kind, hamza: true))
            }
        }
        // pron: word + pronoun, or word with ة→ت + pronoun.
        for pronoun in pronouns where endsWith(pronoun, before: n) {
            let rest = n - pronoun.count
            add(rest, false, .pron)
            if endsWith(teh, before: rest) { add(rest - 2, true, .pron) }
            // pron+num: a number form before the pronoun.
            for construct in constructs where endsWith(construct, before: rest) {
                add(rest - construct.count, false, [.pron, .num])
            }
            for construct in constructsAfterTeh where endsWith(construct, before: rest) {
                add(rest - construct.count, true, [.pron, .num])
            }
        }
        for pronoun in pronounsAfterT where endsWith(pronoun, before: n) {
            let rest = n - pronoun.count
            if endsWith(teh, before: rest) { add(rest - 2, true, .pron) }
        }
        // num: word + ون ين ات ان, or a ة-word's stem + ات تان تين.
        for plural in plurals where endsWith(plural, before: n) { add(n - plural.count, false, .num) }
        for plural in pluralsAfterTeh where endsWith(plural, before: n) { add(n - plural.count, true, .num) }
    }

    /// Construct-state number endings without a pronoun: the dual and sound masculine plural lose their nūn before
    /// a genitive (وزيرا خارجية, وزيري الخارجية, مدربو الحلف, مدربي الحلف), the dual of a ة-word keeps ت (بعثتا),
    /// and the feminine plural keeps ات (وزارات الخارجية). Stems of `word` read that way (kind `num`).
    static func constructStems(of word: UnsafeBufferPointer<UInt8>, into out: inout [Stem]) {
        out.removeAll(keepingCapacity: true)
        let n = word.count
        let minimum = 2 * minimumCore
        func endsWith(_ suffix: [UInt8]) -> Bool {
            guard n - suffix.count >= minimum else { return false }
            for k in 0..<suffix.count where word[n - suffix.count + k] != suffix[k] { return false }
            return true
        }
        for ending in constructEndings where endsWith(ending) {
            out.append(Stem(length: n - ending.count, heh: false, kind: .num))
        }
        for ending in constructsAfterTeh where endsWith(ending) {
            out.append(Stem(length: n - ending.count, heh: true, kind: .num))
        }
    }

    /// The endings of `constructStems` on a word without ة: dual ا/ي, plural و/ي, feminine plural ات.
    static let constructEndings = ["ا", "ي", "و", "ات"].map { Array($0.utf8) }

    /// English plural readings of a word: -s, -es, -ies (→ y), and the possessive 's.
    package static func englishStems(of word: UnsafeBufferPointer<UInt8>, into out: inout [(length: Int, y: Bool)]) {
        out.removeAll(keepingCapacity: true)
        let n = word.count
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard n - count >= 2 else { return false }
            for k in 0..<count where word[n - count + k] != suffix.utf8Start[k] { return false }
            return true
        }
        if endsWith("s") { out.append((n - 1, false)) }
        if endsWith("es") { out.append((n - 2, false)) }
        if endsWith("ies") { out.append((n - 3, true)) }
        if endsWith("'s") { out.append((n - 2, false)) }
        if endsWith("\u{2019}s") { out.append((n - 4, false)) }
    }
}

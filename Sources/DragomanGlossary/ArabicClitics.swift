/// Arabic proclitics and suffixes on `match`-normalized words (أإآ→ا, ى→ي, ة→ه already folded).
///
/// ICU keeps `وبالأمن` as one word, so the glossary peels clitics itself: a conjunction (و ف), then a preposition
/// (ب ك ل), then the article ال, where ل+ال is written لل. Suffixes are generated from the glossary side (see
/// `inflections`), so a text word costs one dictionary lookup, not a search over suffix lists.
enum ArabicClitics {
    /// One way to read a word as proclitics + core.
    struct Reading: Equatable {
        /// How many leading scalars are clitics.
        var stripped: Int
        /// Whether the clitics include the article ال (or the لل of ل+ال).
        var article: Bool
    }

    /// The smallest core left after peeling clitics (so لا, ال… are never emptied).
    static let minimumCore = 2

    private static let conjunctions: [Unicode.Scalar] = ["و", "ف"]
    private static let prepositions: [Unicode.Scalar] = ["ب", "ك", "ل"]
    private static let alef: Unicode.Scalar = "ا"
    private static let lam: Unicode.Scalar = "ل"

    /// Every reading of `word` as [و|ف][ب|ك|ل][ال] + core, fewest clitics first; the bare word comes first.
    static func readings(of word: String) -> [Reading] {
        let scalars = Array(word.unicodeScalars)
        var result: [Reading] = []
        func add(_ stripped: Int, _ article: Bool) {
            guard scalars.count - stripped >= minimumCore else { return }
            let reading = Reading(stripped: stripped, article: article)
            if !result.contains(reading) { result.append(reading) }
        }
        for conjunction in [nil] + conjunctions.map(Optional.some) {
            var position = 0
            if let conjunction {
                guard scalars.count > 1, scalars[0] == conjunction else { continue }
                position = 1
            }
            for preposition in [nil] + prepositions.map(Optional.some) {
                var at = position
                if let preposition {
                    guard at < scalars.count, scalars[at] == preposition else { continue }
                    at += 1
                }
                add(at, false)
                if at + 1 < scalars.count, scalars[at] == alef, scalars[at + 1] == lam { add(at + 2, true) }
                if preposition == lam, at < scalars.count, scalars[at] == lam { add(at + 1, true) }
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
    static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool { (0x0621...0x064A).contains(scalar.value) }

    /// Possessive/object pronoun suffixes (ي and ني only after ة→ت, where they cannot be a nisba ending).
    static let pronouns = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا"]
    static let pronounsAfterT = ["ي", "ني"]

    /// The suffixed surfaces of a glossary word allowed by `inflect`, with the kind of suffix each carries.
    ///
    /// Final ه stands for ة (match form): it becomes ت before a suffix and is dropped before ات.
    static func inflections(of word: String, allowing inflect: Inflect) -> [(surface: String, kind: Inflect)] {
        guard !inflect.isEmpty, word.unicodeScalars.count >= minimumCore else { return [] }
        var out: [(String, Inflect)] = []
        let tehMarbuta = word.hasSuffix("ه")
        let stem = tehMarbuta ? String(word.dropLast()) : word
        let bound = tehMarbuta ? stem + "ت" : word
        if inflect.contains(.pron) {
            for pronoun in pronouns { out.append((bound + pronoun, .pron)) }
            if tehMarbuta { for pronoun in pronounsAfterT { out.append((bound + pronoun, .pron)) } }
        }
        var plurals: [String] = []  // number forms
        var constructs: [String] = []  // number forms before a pronoun
        if tehMarbuta {
            plurals = [stem + "ات", stem + "تان", stem + "تين"]
            constructs = [stem + "ات", stem + "تا", stem + "تي"]
        } else {
            plurals = [word + "ون", word + "ين", word + "ات", word + "ان"]
            constructs = [word + "و", word + "ي", word + "ات", word + "ا"]
        }
        if inflect.contains(.num) { for plural in plurals { out.append((plural, .num)) } }
        if inflect.contains(.pron), inflect.contains(.num) {
            for construct in constructs {
                for pronoun in pronouns { out.append((construct + pronoun, [.pron, .num])) }
            }
        }
        return out
    }

    static let pronounBytes = pronouns.map { Array($0.utf8) }
    static let plurals = ["ون", "ين", "ات", "ان"].map { Array($0.utf8) }
    static let pluralsAfterTeh = ["ات", "تان", "تين"].map { Array($0.utf8) }
    static let constructs = ["و", "ي", "ات", "ا"].map { Array($0.utf8) }
    static let constructsAfterTeh = ["ات", "تا", "تي"].map { Array($0.utf8) }

    /// The same surfaces as `inflections(of:allowing:)`, written into a reused byte buffer (no strings built).
    static func forEachInflection(
        of word: String, allowing inflect: Inflect, _ body: (UnsafeBufferPointer<UInt8>, Inflect) -> Void
    ) {
        guard !inflect.isEmpty, word.unicodeScalars.count >= minimumCore else { return }
        let base = Array(word.utf8)
        let tehMarbuta = word.hasSuffix("ه")
        let stem = tehMarbuta ? Array(base.dropLast(2)) : base
        let bound = tehMarbuta ? stem + Array("ت".utf8) : base
        var buffer: [UInt8] = []
        buffer.reserveCapacity(base.count + 12)
        func emit(_ first: [UInt8], _ second: [UInt8], _ third: [UInt8] = []) {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: first)
            buffer.append(contentsOf: second)
            buffer.append(contentsOf: third)
        }
        let pronounBytes = Self.pronounBytes
        func call(_ kind: Inflect) { buffer.withUnsafeBufferPointer { body($0, kind) } }
        if inflect.contains(.pron) {
            for pronoun in pronounBytes {
                emit(bound, pronoun)
                call(.pron)
            }
            if tehMarbuta {
                for pronoun in pronounsAfterT {
                    emit(bound, Array(pronoun.utf8))
                    call(.pron)
                }
            }
        }
        let plurals = tehMarbuta ? Self.pluralsAfterTeh : Self.plurals
        let constructs = tehMarbuta ? Self.constructsAfterTeh : Self.constructs
        if inflect.contains(.num) {
            for plural in plurals {
                emit(stem, plural)
                call(.num)
            }
        }
        if inflect.contains(.pron), inflect.contains(.num) {
            for construct in constructs {
                for pronoun in pronounBytes {
                    emit(stem, construct, pronoun)
                    call([.pron, .num])
                }
            }
        }
    }

    /// English plural surfaces of a word: -s, -es after sibilants, -ies for consonant + y.
    static func englishPlurals(of word: String) -> [String] {
        guard let last = word.last, last.isLetter, word.count >= 2 else { return [] }
        var out = [word + "s"]
        if ["s", "x", "z"].contains(last) || word.hasSuffix("ch") || word.hasSuffix("sh") { out.append(word + "es") }
        if last == "y", let before = word.dropLast().last, !"aeiou".contains(before) {
            out.append(String(word.dropLast()) + "ies")
        }
        return out
    }
}

/// Which suffixes a glossary entry allows (its `inflect` column: `pron`, `num`, `pron+num` or empty).
public struct Inflect: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    /// Creates a set from its raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Possessive/object pronoun suffixes (ه ها هم كم نا …).
    public static let pron = Inflect(rawValue: 1)
    /// Number suffixes (ون ين ات ان).
    public static let num = Inflect(rawValue: 2)

    /// Parses the `inflect` column; nil for a value that is not `pron`, `num`, `pron+num` or empty.
    public init?(column: String) {
        if column.isEmpty {
            self = []
            return
        }
        var set: Inflect = []
        for part in column.split(separator: "+") {
            switch part.trimmingCharacters(in: " ") {
            case "pron": set.insert(.pron)
            case "num": set.insert(.num)
            case "": continue
            default: return nil
            }
        }
        self = set
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return s
    }
}

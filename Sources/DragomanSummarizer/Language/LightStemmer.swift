/// A light stemmer: strips a few affixes so that inflected forms count as one term.
enum LightStemmer: Sendable {
    /// Arabic light10.
    case arabic(ArabicLightStemmer)
    /// English S-stemmer.
    case english(EnglishSStemmer)

    /// The stem of a `match`-form word.
    func stem(_ word: String) -> String {
        switch self {
        case .arabic(let stemmer): return stemmer.stem(word)
        case .english(let stemmer): return stemmer.stem(word)
        }
    }
}

/// Larkey, Ballesteros & Connell's light10 Arabic stemmer, on the `match` form, rules from `stemmer-ar.tsv`.
struct ArabicLightStemmer: Sendable {
    struct Rule: Sendable {
        let affix: [Unicode.Scalar]
        let minimumStem: Int
    }

    let prefixes: [Rule]
    let suffixes: [Rule]

    init(rules text: String, file: String) throws(SummarizerError) {
        var prefixes: [Rule] = []
        var suffixes: [Rule] = []
        for (number, line) in LanguageData.dataLines(text) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let minimum = Int(fields[2]), minimum > 0, !fields[1].isEmpty else {
                throw .badData(
                    file: file, line: number, reason: "expected 'prefix|suffix<TAB>affix<TAB>length', got '\(line)'"
                )
            }
            let rule = Rule(affix: Array(fields[1].unicodeScalars), minimumStem: minimum)
            switch fields[0] {
            case "prefix": prefixes.append(rule)
            case "suffix": suffixes.append(rule)
            default:
                throw .badData(
                    file: file, line: number, reason: "unknown rule kind '\(fields[0])'; use prefix or suffix")
            }
        }
        self.prefixes = prefixes.sorted { $0.affix.count > $1.affix.count }
        self.suffixes = suffixes
    }

    func stem(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        guard scalars.count > 2 else { return word }
        for rule in prefixes where scalars.count - rule.affix.count >= rule.minimumStem {
            if scalars.starts(with: rule.affix) {
                scalars.removeFirst(rule.affix.count)
                break
            }
        }
        // One pass over the suffixes in the file's order, as light10 does: each may be removed once.
        for rule in suffixes where scalars.count - rule.affix.count >= rule.minimumStem {
            if scalars.suffix(rule.affix.count).elementsEqual(rule.affix) { scalars.removeLast(rule.affix.count) }
        }
        var result = String()
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }
}

/// Harman's S-stemmer for English plurals, rules from `stemmer-en.tsv`.
struct EnglishSStemmer: Sendable {
    struct Rule: Sendable {
        let suffix: String
        let exceptions: [String]
        let replacement: String
    }

    let rules: [Rule]

    init(rules text: String, file: String) throws(SummarizerError) {
        var rules: [Rule] = []
        for (number, line) in LanguageData.dataLines(text) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty else {
                throw .badData(
                    file: file, line: number,
                    reason: "expected 'suffix<TAB>exceptions<TAB>replacement', got '\(line)'")
            }
            rules.append(
                Rule(
                    suffix: String(fields[0]), exceptions: fields[1].split(separator: ",").map(String.init),
                    replacement: String(fields[2])))
        }
        self.rules = rules
    }

    func stem(_ word: String) -> String {
        for rule in rules where word.hasSuffix(rule.suffix) && word.count > rule.suffix.count + 1 {
            if rule.exceptions.contains(where: { word.hasSuffix($0) }) { continue }
            return String(word.dropLast(rule.suffix.count)) + rule.replacement
        }
        return word
    }
}

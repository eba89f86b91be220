/// What the candidate extractor asks of an Arabic word (`match` form, ة already ه): is it a noun-phrase word, with
/// the article, an adjective, and what is its light lemma.
///
/// No dictionary and no tagger: the rules read the word's shape. They are tuned to keep verbs, pronoun-suffixed
/// words and general vocabulary out of candidate terms, not to analyse Arabic in general.
enum ArabicNounPhrase {
    /// Words ending in a root ه, which is no pronoun (اتجاه, توجيه …), in `match` form.
    static let rootHeh = ArabicLetters.set([
        "اتجاه", "وجه", "انتباه", "مياه", "شبه", "نزيه", "فقيه", "تنبيه", "توجيه", "تشويه", "ترفيه", "تنويه", "رفاه",
        "اشتباه", "تمويه", "الاه", "كراهيه",
    ])
    /// Words ending in نا that are no pronoun, in `match` form.
    static let rootNa = ArabicLetters.set(["كورونا", "فيينا", "استانا", "سينا", "لبنانا", "هنا", "هناك", "اوكرانيا"])

    /// The pronoun suffixes of two letters or more other than نا, longest first.
    private static let pronounSuffixes: [[Unicode.Scalar]] = ["هما", "كما", "هم", "هن", "ها", "كم"].map {
        Array($0.unicodeScalars)
    }
    private static let na: [Unicode.Scalar] = ["ن", "ا"]
    private static let yehHeh: [Unicode.Scalar] = ["ي", "ه"]
    private static let alefLam: [Unicode.Scalar] = ["ا", "ل"]

    /// Whether the word ends with a pronoun suffix (ه ها هم هما هن كم كما نا) after a stem of three letters or
    /// more; `endsWithTehMarbuta` tells a ة the `match` form wrote as ه.
    static func hasPronounSuffix(_ word: ArabicLetters, endsWithTehMarbuta: Bool) -> Bool {
        let core = withoutArticle(word)
        let count = core.count
        for suffix in pronounSuffixes where core.ends(with: suffix) {
            return count - suffix.count >= 3
        }
        if core.ends(with: na) { return count >= 5 && !rootNa.contains(core) }
        if core.last == "ه" { return !endsWithTehMarbuta && count >= 4 && !rootHeh.contains(core) }
        return false
    }

    /// Whether the word looks like an imperfect verb: يـ (not يوم, يد …), or the future سـ before a derived stem
    /// (سيتم, ستستمر, سيستمر), with or without و/ف before it.
    static func isVerb(_ word: ArabicLetters) -> Bool {
        var letters = word
        if let first = letters.first, first == "و" || first == "ف", letters.count > 3 { letters = letters.dropFirst() }
        guard letters.count >= 3 else { return false }
        let start = letters.startIndex
        if letters[start] == "ي" { return !yehNouns.contains(letters) }
        if letters[start] == "س", letters[start + 1] == "ي" || letters[start + 1] == "ت", letters.count >= 4 {
            switch letters[start + 2] {
            case "ت", "س", "ن", "ك": return true
            default: return false
            }
        }
        return false
    }

    /// Nouns that start with ي, in `match` form.
    static let yehNouns = ArabicLetters.set([
        "يوم", "يد", "يمين", "يسار", "يونيو", "يوليو", "يناير", "يهود", "يهودي", "يهوديه",
    ])

    /// Whether the word carries the article (ال and two more letters).
    static func isDefinite(_ word: ArabicLetters) -> Bool {
        word.count >= 2 + ArabicClitics.minimumCore && word.starts(with: alefLam)
    }

    /// The word without its article.
    static func withoutArticle(_ word: ArabicLetters) -> ArabicLetters {
        isDefinite(word) ? word.dropFirst(2) : word
    }

    /// Whether the word reads as an adjective: a nisba (ـي, ـية: دولي, أمنية) or a participle (مـ: مخصصة, مشترك).
    static func isAdjective(_ word: ArabicLetters) -> Bool {
        let core = withoutArticle(word)
        return isNisba(core) || core.count >= 4 && core.first == "م"
    }

    /// Whether a word without its article ends as a nisba (ـي, ـية) after two letters or more.
    static func isNisba(_ core: ArabicLetters) -> Bool {
        core.count >= 3 && (core.last == "ي" || core.ends(with: yehHeh))
    }

    /// A light lemma, so that the forms of one term count together: no article, a sound plural or a feminine
    /// adjective back to the singular (مجموعات → مجموعه, العراقيين → عراقي, أمنية → أمني; after the head, any
    /// feminine ending: مخصصة → مخصص), and the فعلاء plural of a فعيل noun back to it (وزراء → وزير, شركاء → شريك).
    static func lemma(_ word: String, head: Bool = true) -> String {
        lemma(ArabicLetters(word), head: head).string
    }

    /// `lemma(_:head:)` on the word's letters.
    static func lemma(_ word: ArabicLetters, head: Bool = true) -> ArabicLetters {
        var letters = Array(withoutArticle(word))
        // A word after the head agrees with it in gender: its feminine ة (ه here) goes (مخصصة → مخصص).
        if !head, letters.count >= 4, letters[letters.count - 1] == "ه", letters[letters.count - 2] != "ي" {
            letters.removeLast()
        }
        let n = letters.count
        // فعلاء (وزراء), not إفعاء (إجراء, إنهاء), whose ا is no root letter.
        if n == 5, letters[0] != "ا", letters[3] == "ا", letters[4] == "ء" {
            return [letters[0], letters[1], "ي", letters[2]]
        }
        if n >= 5, letters[n - 2] == "ا", letters[n - 1] == "ت" {
            letters.removeLast(2)
            letters.append("ه")
        } else if n >= 6, letters[n - 1] == "ن", letters[n - 2] == "و" || letters[n - 2] == "ي" {
            // A stem of four letters or more: قانون and عشرين are singular.
            letters.removeLast(2)
        }
        if letters.count >= 4, letters[letters.count - 2] == "ي", letters[letters.count - 1] == "ه" {
            letters.removeLast()
        }
        return letters[...]
    }
}

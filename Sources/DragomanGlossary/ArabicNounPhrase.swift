/// What the candidate extractor asks of an Arabic word (`match` form, ة already ه): is it a noun-phrase word, with
/// the article, an adjective, and what is its light lemma.
///
/// No dictionary and no tagger: the rules read the word's shape. They are tuned to keep verbs, pronoun-suffixed
/// words and general vocabulary out of candidate terms, not to analyse Arabic in general.
enum ArabicNounPhrase {
    /// Words ending in a root ه, which is no pronoun (اتجاه, توجيه …), in `match` form.
    static let rootHeh: Set<String> = [
        "اتجاه", "وجه", "انتباه", "مياه", "شبه", "نزيه", "فقيه", "تنبيه", "توجيه", "تشويه", "ترفيه", "تنويه", "رفاه",
        "اشتباه", "تمويه", "الاه", "كراهيه",
    ]
    /// Words ending in نا that are no pronoun, in `match` form.
    static let rootNa: Set<String> = ["كورونا", "فيينا", "استانا", "سينا", "لبنانا", "هنا", "هناك", "اوكرانيا"]

    /// Whether the word ends with a pronoun suffix (ه ها هم هما هن كم كما نا) after a stem of three letters or
    /// more; `endsWithTehMarbuta` tells a ة the `match` form wrote as ه.
    static func hasPronounSuffix(_ word: String, endsWithTehMarbuta: Bool) -> Bool {
        let core = withoutArticle(word)
        let count = core.unicodeScalars.count
        for suffix in ["هما", "كما", "هم", "هن", "ها", "كم"] where core.hasSuffix(suffix) {
            return count - suffix.unicodeScalars.count >= 3
        }
        if core.hasSuffix("نا") { return count >= 5 && !rootNa.contains(core) }
        if core.hasSuffix("ه") { return !endsWithTehMarbuta && count >= 4 && !rootHeh.contains(core) }
        return false
    }

    /// Whether the word looks like an imperfect verb: يـ (not يوم, يد …), or the future سـ before a derived stem
    /// (سيتم, ستستمر, سيستمر), with or without و/ف before it.
    static func isVerb(_ word: String) -> Bool {
        var scalars = Substring(word).unicodeScalars[...]
        if let first = scalars.first, first == "و" || first == "ف", scalars.count > 3 { scalars = scalars.dropFirst() }
        let letters = Array(scalars)
        guard letters.count >= 3 else { return false }
        if letters[0] == "ي" { return !yehNouns.contains(String(String.UnicodeScalarView(letters))) }
        if letters[0] == "س", letters[1] == "ي" || letters[1] == "ت", letters.count >= 4 {
            return ["ت", "س", "ن", "ك"].contains(letters[2])
        }
        return false
    }

    /// Nouns that start with ي, in `match` form.
    static let yehNouns: Set<String> = [
        "يوم", "يد", "يمين", "يسار", "يونيو", "يوليو", "يناير", "يهود", "يهودي", "يهوديه",
    ]

    /// Whether the word carries the article (ال and two more letters).
    static func isDefinite(_ word: String) -> Bool {
        word.hasPrefix("ال") && word.unicodeScalars.count >= 2 + ArabicClitics.minimumCore
    }

    /// The word without its article.
    static func withoutArticle(_ word: String) -> String {
        isDefinite(word) ? String(Substring(word).unicodeScalars.dropFirst(2)) : word
    }

    /// Whether the word reads as an adjective: a nisba (ـي, ـية: دولي, أمنية) or a participle (مـ: مخصصة, مشترك).
    static func isAdjective(_ word: String) -> Bool {
        let core = withoutArticle(word)
        let count = core.unicodeScalars.count
        if count >= 3 && (core.hasSuffix("ي") || core.hasSuffix("يه")) { return true }
        return count >= 4 && core.hasPrefix("م")
    }

    /// A light lemma, so that the forms of one term count together: no article, a sound plural or a feminine
    /// adjective back to the singular (مجموعات → مجموعه, العراقيين → عراقي, أمنية → أمني; after the head, any
    /// feminine ending: مخصصة → مخصص), and the فعلاء plural of a فعيل noun back to it (وزراء → وزير, شركاء → شريك).
    static func lemma(_ word: String, head: Bool = true) -> String {
        var letters = Array(withoutArticle(word).unicodeScalars)
        // A word after the head agrees with it in gender: its feminine ة (ه here) goes (مخصصة → مخصص).
        if !head, letters.count >= 4, letters[letters.count - 1] == "ه", letters[letters.count - 2] != "ي" {
            letters.removeLast()
        }
        let n = letters.count
        // فعلاء (وزراء), not إفعاء (إجراء, إنهاء), whose ا is no root letter.
        if n == 5, letters[0] != "ا", letters[3] == "ا", letters[4] == "ء" {
            return String(String.UnicodeScalarView([letters[0], letters[1], "ي", letters[2]]))
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
        return String(String.UnicodeScalarView(letters))
    }
}
